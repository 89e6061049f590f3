/**
 * « Faire une demande de prestation »: where an account is created, as on the real site (there is
 * no stand-alone « create an account »): « Créer un compte », or « J'ai déjà un compte ».
 */
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface DemandeProps {
  onCreate(): void;
  onLogin(): void;
}

/** The start of a first request. */
export function Demande({ onCreate, onLogin }: DemandeProps) {
  return (
    <section className="caf-panel caf-narrow" aria-labelledby="caf-demande-title">
      <h1 id="caf-demande-title" tabIndex={-1}>
        Faire une demande de prestation
      </h1>
      <p>Pour faire une demande en ligne, vous devez avoir un compte caf.fr.</p>
      <h2>Vous n’avez pas encore de compte ?</h2>
      <p>Munissez-vous de votre carte Vitale et de votre pièce d’identité.</p>
      <TargetButton
        target="caf.compte.demande.creer"
        className="caf-button caf-button--primary caf-button--wide"
        onPress={onCreate}
      >
        Créer un compte
      </TargetButton>
      <h2>Vous avez déjà un compte ?</h2>
      <TargetButton
        target="caf.compte.demande.connexion"
        className="caf-button caf-button--secondary caf-button--wide"
        onPress={onLogin}
      >
        J’ai déjà un compte : me connecter
      </TargetButton>
    </section>
  );
}
