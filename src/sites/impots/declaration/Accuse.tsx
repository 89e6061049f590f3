/**
 * The acknowledgement on screen once « Signer » is pressed: « Votre déclaration a bien été
 * signée », the numéro de déclaration, the date and time (practice clock), and the avis de
 * situation déclarative to download.
 */
import { frenchDate, frenchTime } from '../../../french/index.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { Signature } from '../impotsReducer.ts';

export interface AccuseProps {
  incomeYear: number;
  signature: Signature;
  email: string;
  onAsdir(): void;
  onHome(): void;
}

/** « Accusé de réception ». */
export function Accuse({ incomeYear, signature, email, onAsdir, onHome }: AccuseProps) {
  return (
    <section className="impots-panel" aria-labelledby="impots-accuse-title">
      <p className="impots-declaration__kicker">Déclaration des revenus {incomeYear}</p>
      <h1 id="impots-accuse-title" tabIndex={-1}>
        Accusé de réception
      </h1>
      <p className="impots-alert impots-alert--success">Votre déclaration a bien été signée.</p>
      <dl className="impots-receipt">
        <div>
          <dt>Numéro de déclaration</dt>
          <dd>{signature.numero}</dd>
        </div>
        <div>
          <dt>Date et heure de signature</dt>
          <dd>
            le {frenchDate(signature.at)} à {frenchTime(signature.at)}
          </dd>
        </div>
      </dl>
      <p>Un courriel de confirmation vous a été envoyé à l’adresse {email}.</p>
      <p>Votre avis de situation déclarative est disponible dès maintenant.</p>
      <div className="impots-actions">
        <TargetButton target="impots.accuse.asdir" className="impots-button impots-button--primary" onPress={onAsdir}>
          Télécharger l’avis de situation déclarative
        </TargetButton>
        <TargetButton target="impots.accuse.accueil" className="impots-link" onPress={onHome}>
          Retour à l’accueil
        </TargetButton>
      </div>
    </section>
  );
}
