/** FranceConnect's error page when the chosen provider does not answer (incident `fournisseur-indisponible`). */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { Provider } from '../providers.ts';

export interface IndisponibleProps {
  provider: Provider | undefined;
  service: string;
  onOtherAccount(): void;
  onCancel(): void;
}

export function Indisponible({ provider, service, onOtherAccount, onCancel }: IndisponibleProps) {
  return (
    <section className="fcp-panel" aria-labelledby="fcp-erreur-title">
      <h1 id="fcp-erreur-title" tabIndex={-1}>
        Une erreur est survenue
      </h1>
      <div className="fcp-alert fcp-alert--error" role="alert">
        <p className="fcp-alert__title">Le service {provider?.name ?? ''} est momentanément indisponible.</p>
        <p>Veuillez réessayer plus tard ou choisir un autre compte pour vous connecter.</p>
      </div>
      <p className="fcp-actions">
        <TargetButton
          target="franceconnect.erreur.autre-compte"
          className="fcp-button fcp-button--primary"
          onPress={onOtherAccount}
        >
          Choisir un autre compte
        </TargetButton>
      </p>
      <p className="fcp-links">
        <TargetButton target="franceconnect.erreur.retour" className="fcp-link" onPress={onCancel}>
          ← Revenir sur {service}
        </TargetButton>
      </p>
      <p className="fcp-muted">Si le problème persiste, vous pouvez contacter le support FranceConnect.</p>
    </section>
  );
}
