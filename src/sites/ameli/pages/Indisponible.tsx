/** « Service momentanément indisponible » (incident `service-indisponible`), with « Réessayer ». */
import { TargetButton } from '../../framework/TargetButton.tsx';

/** The error page of a service that does not answer. */
export function Indisponible({ onRetry }: { onRetry(): void }) {
  return (
    <section className="am-card am-narrow" aria-labelledby="am-indisponible-title">
      <h1 id="am-indisponible-title" tabIndex={-1}>
        Service momentanément indisponible
      </h1>
      <p>
        Le service que vous demandez est momentanément indisponible. Veuillez nous excuser pour la gêne occasionnée.
      </p>
      <p>Veuillez réessayer dans quelques instants.</p>
      <TargetButton target="ameli.indisponible.reessayer" className="am-button am-button--primary" onPress={onRetry}>
        Réessayer
      </TargetButton>
    </section>
  );
}
