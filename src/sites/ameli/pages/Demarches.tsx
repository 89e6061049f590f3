/** « Mes démarches »: the services of the account; « Attestation de droits » is the one copied. */
import { useState } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { AmeliTarget } from '../targets.ts';
import { InfoStatus } from '../ui/InfoStatus.tsx';
import { BackToAccount } from './BackToAccount.tsx';

export interface DemarchesProps {
  onAttestation(): void;
  onBack(): void;
}

const notCopied = 'Site d’entraînement : cette démarche n’est pas reproduite.';

const others = [
  { target: 'ameli.demarches.carte-vitale', title: 'Déclarer la perte ou le vol de ma carte Vitale' },
  { target: 'ameli.demarches.carte-europeenne', title: 'Commander ma carte européenne d’assurance maladie' },
  { target: 'ameli.demarches.adresse', title: 'Changer d’adresse' },
] as const satisfies readonly { target: AmeliTarget; title: string }[];

/** The list of démarches. */
export function Demarches({ onAttestation, onBack }: DemarchesProps) {
  const [info, setInfo] = useState<string | null>(null);
  return (
    <section className="am-card" aria-labelledby="am-demarches-title">
      <BackToAccount onPress={onBack} />
      <h1 id="am-demarches-title" tabIndex={-1}>
        Mes démarches
      </h1>
      <h2 className="am-list-title">Obtenir un document</h2>
      <ul className="am-links">
        <li>
          <TargetButton target="ameli.demarches.attestation-droits" className="am-item" onPress={onAttestation}>
            <span className="am-item__title">Attestation de droits</span>
            <span className="am-item__text">Télécharger une attestation de vos droits à l’assurance maladie</span>
          </TargetButton>
        </li>
      </ul>
      <h2 className="am-list-title">Autres démarches</h2>
      <ul className="am-links">
        {others.map((item) => (
          <li key={item.target}>
            <TargetButton target={item.target} className="am-item" onPress={() => setInfo(notCopied)}>
              <span className="am-item__title">{item.title}</span>
            </TargetButton>
          </li>
        ))}
      </ul>
      <InfoStatus info={info} />
    </section>
  );
}
