/** « Mes attestations »: the attestation de droits (copied) and the others (not copied). */
import { useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { InfoStatus } from '../ui/InfoStatus.tsx';
import { BackToAccount } from './BackToAccount.tsx';

export interface AttestationsProps {
  onAttestation(): void;
  onBack(): void;
}

/** The list of attestations. */
export function Attestations({ onAttestation, onBack }: AttestationsProps) {
  const [info, setInfo] = useState<string | null>(null);
  return (
    <section className="am-card" aria-labelledby="am-attestations-title">
      <BackToAccount onPress={onBack} />
      <h1 id="am-attestations-title" tabIndex={-1}>
        Mes attestations
      </h1>
      <ul className="am-links">
        <li>
          <TargetButton target="ameli.attestations.droits" className="am-item" onPress={onAttestation}>
            <span className="am-item__title">Attestation de droits</span>
            <span className="am-item__text">Elle justifie de vos droits à l’assurance maladie</span>
          </TargetButton>
        </li>
        <li>
          <TargetButton
            target="ameli.attestations.indemnites"
            className="am-item"
            onPress={() => setInfo('Site d’entraînement : cette attestation n’est pas reproduite.')}
          >
            <span className="am-item__title">Attestation de paiement des indemnités journalières</span>
            <span className="am-item__text">En cas d’arrêt de travail, de maternité ou de paternité</span>
          </TargetButton>
        </li>
      </ul>
      <InfoStatus info={info} />
    </section>
  );
}
