/** A provider without a practice copy (La Poste, MSA, France Identité): its name, and the way to another account. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { Provider } from '../providers.ts';

export interface NonCopieProps {
  provider: Provider;
  service: string;
  onOtherAccount(): void;
  onCancel(): void;
}

export function NonCopie({ provider, service, onOtherAccount, onCancel }: NonCopieProps) {
  return (
    <section className="fcp-panel" aria-labelledby="fcp-non-copie-title">
      <p className="fcp-pretitle fcp-pretitle--start">{provider.name}</p>
      <h1 id="fcp-non-copie-title" tabIndex={-1}>
        Ce compte n’est pas disponible ici
      </h1>
      <p>
        Le site d’entraînement ne contient pas de copie de {provider.name}. Vous pouvez choisir un autre compte pour
        vous connecter sur {service}.
      </p>
      <p className="fcp-actions">
        <TargetButton
          target="franceconnect.non-copie.autre-compte"
          className="fcp-button fcp-button--primary"
          onPress={onOtherAccount}
        >
          Choisir un autre compte
        </TargetButton>
      </p>
      <p className="fcp-links">
        <TargetButton target="franceconnect.non-copie.retour" className="fcp-link" onPress={onCancel}>
          ← Revenir sur {service}
        </TargetButton>
      </p>
    </section>
  );
}
