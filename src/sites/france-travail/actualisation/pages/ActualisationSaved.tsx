/**
 * Once « Valider » is accepted, and each time « M'actualiser » is opened again: the update is
 * recorded and can no longer be changed online. From here: the receipt, the documents to send,
 * Mon espace, and (practice only) the update made again.
 */
import { frenchDate, frenchTime } from '../../../../french/index.ts';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { actualisationDocument } from '../actualisationDocument.ts';
import type { SentActualisation } from '../actualisationReducer.ts';

export interface ActualisationSavedProps {
  sent: SentActualisation;
  /** « Prénom NOM », on the receipt. */
  name: string;
  email: string;
  onDocuments(): void;
  onExit(): void;
  onRedo(): void;
}

/** « Votre actualisation est enregistrée ». */
export function ActualisationSaved({ sent, name, email, onDocuments, onExit, onRedo }: ActualisationSavedProps) {
  const { openDocument } = useSiteBridge();
  const monthOnly = sent.month.split(' ')[0] ?? sent.month;
  const endsSearch = sent.answers.recherche === 'non';
  return (
    <>
      <div className="ft-alert ft-alert--success fta-alert--big">
        <h1 tabIndex={-1}>Votre actualisation est enregistrée</h1>
        <p>
          Votre actualisation de {monthOnly} a bien été enregistrée le {frenchDate(sent.at)} à {frenchTime(sent.at)}.
        </p>
      </div>
      {endsSearch && (
        <div className="ft-alert ft-alert--warning">
          <p>
            Vous avez déclaré ne plus être à la recherche d’un emploi : votre inscription sur la liste des demandeurs
            d’emploi prend fin le {frenchDate(sent.at)}.
          </p>
        </div>
      )}
      <p>Un courriel de confirmation vous a été envoyé à l’adresse {email}.</p>
      <p>
        Les informations déclarées ne peuvent plus être modifiées en ligne. Pour les corriger, contactez votre
        conseiller.
      </p>
      {sent.answers.travail === 'oui' && (
        <section className="ft-panel" aria-labelledby="fta-justificatifs">
          <h2 id="fta-justificatifs">Vos justificatifs</h2>
          <p>Vous avez déclaré avoir travaillé en {sent.month} : transmettez vos bulletins de salaire.</p>
          <TargetButton
            target="france-travail.actualisation.justificatifs"
            className="ft-button ft-button--primary"
            onPress={onDocuments}
          >
            Transmettre vos justificatifs
          </TargetButton>
        </section>
      )}
      <div className="ft-actions">
        {openDocument && (
          <TargetButton
            target="france-travail.actualisation.telecharger"
            className="ft-button ft-button--secondary"
            onPress={() => openDocument(actualisationDocument(name, sent))}
          >
            Télécharger le justificatif d’actualisation
          </TargetButton>
        )}
        <TargetButton target="france-travail.actualisation.retour" className="ft-link" onPress={onExit}>
          Retour à mon espace
        </TargetButton>
      </div>
      <div className="fta-practice-only">
        <p>Sur le vrai site, une actualisation validée ne peut plus être faite à nouveau.</p>
        <TargetButton target="france-travail.actualisation.refaire" className="ft-link" onPress={onRedo}>
          Refaire l’actualisation (site d’entraînement)
        </TargetButton>
      </div>
    </>
  );
}
