/** Living abroad: the registration cannot be made online; the 3949 helps. */
import { TargetButton } from '../../../framework/TargetButton.tsx';

/** « Vous ne pouvez pas vous inscrire en ligne ». */
export function InscriptionImpossible({ onHome }: { onHome(): void }) {
  return (
    <section className="ft-panel" aria-labelledby="ft-impossible-title">
      <h1 id="ft-impossible-title" tabIndex={-1}>
        Vous ne pouvez pas vous inscrire en ligne
      </h1>
      <div className="ft-alert ft-alert--info">
        <p>Votre situation ne permet pas de faire votre inscription sur internet.</p>
        <p>
          Contactez France Travail au <strong>3949</strong> (service gratuit + prix d’un appel), du lundi au vendredi.
        </p>
      </div>
      <TargetButton
        target="france-travail.inscription.impossible.accueil"
        className="ft-button ft-button--primary"
        onPress={onHome}
      >
        Retour à l’accueil
      </TargetButton>
    </section>
  );
}
