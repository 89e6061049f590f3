/** « Votre attestation de droits est prête »: the PDF to open (then download or print), and the way back. */
import { frenchDate } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface AttestationPreteProps {
  /** When it was made (practice clock). */
  at: number;
  onTelecharger(): void;
  onBack(): void;
}

/** The page shown once the attestation is made. */
export function AttestationPrete({ at, onTelecharger, onBack }: AttestationPreteProps) {
  return (
    <section className="am-card" aria-labelledby="am-prete-title">
      <TargetButton target="ameli.attestation.demarches" className="am-link am-back" onPress={onBack}>
        Retour à mes démarches
      </TargetButton>
      <h1 id="am-prete-title" tabIndex={-1}>
        Votre attestation de droits est prête
      </h1>
      <p>Attestation de droits à l’assurance maladie, établie le {frenchDate(at)}.</p>
      <TargetButton
        target="ameli.attestation.telecharger"
        className="am-button am-button--primary am-download"
        onPress={onTelecharger}
      >
        Télécharger l’attestation (PDF)
      </TargetButton>
    </section>
  );
}
