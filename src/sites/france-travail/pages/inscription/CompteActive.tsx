/** « Votre espace personnel est activé »: the identifier the site gave, then the registration form. */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface CompteActiveProps {
  identifiant: string;
  onContinue(): void;
}

/** The page shown once the activation link was opened. */
export function CompteActive({ identifiant, onContinue }: CompteActiveProps) {
  return (
    <section className="ft-panel ft-narrow" aria-labelledby="ft-active-title">
      <h1 id="ft-active-title" tabIndex={-1}>
        Votre espace personnel est activé
      </h1>
      <div className="ft-alert ft-alert--success">
        <p>
          Votre identifiant France Travail : <strong className="ft-identifier">{identifiant}</strong>
        </p>
        <p>Notez-le : il vous servira à vous connecter à votre espace personnel, avec votre mot de passe.</p>
      </div>
      <TargetButton
        target="france-travail.inscription.compte-active.continuer"
        className="ft-button ft-button--primary"
        onPress={onContinue}
      >
        Continuer mon inscription
      </TargetButton>
    </section>
  );
}
