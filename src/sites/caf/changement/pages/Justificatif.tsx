/** « Justificatif »: the proof of the change, chosen in the practice file chooser, then « Suivant ». */
import { useState, type Dispatch } from 'react';
import { formatFileSize, type PracticeFile } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { FileChooserButton } from '../../../framework/upload/FileChooserButton.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { ChangementAction, ChangementType } from '../changementReducer.ts';
import type { ChangementTarget } from '../changementTargets.ts';
import { checkProof } from '../checkProof.ts';
import { ChangementHeading } from '../ui/ChangementHeading.tsx';
import { ChangementNav } from '../ui/ChangementNav.tsx';
import { useChangementForm } from '../useChangementForm.ts';

export interface JustificatifProps {
  type: ChangementType;
  proof: PracticeFile | undefined;
  dispatch: Dispatch<ChangementAction>;
}

/** The document each change asks for, as the page names it. */
export const proofNames: Record<ChangementType, string> = {
  demenagement: 'Justificatif de domicile : bail, quittance de loyer ou attestation d’hébergement',
  naissance: 'Acte de naissance de l’enfant',
  couple: 'Pièce d’identité de votre conjoint',
  emploi: 'Contrat de travail ou bulletin de salaire',
};

const chooserId = 'caf-chg-fichier';
const formatsId = 'caf-chg-formats';

/** The proof page. */
export function Justificatif({ type, proof, dispatch }: JustificatifProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  const next = `caf.changement.${type}.justificatif.suivant` as ChangementTarget;
  const { errors, onSubmit } = useChangementForm(
    next,
    () => [proof ? null : { field: chooserId, message: 'Ajoutez votre justificatif.' }],
    () => dispatch({ type: 'to-recap' }),
  );
  const chosen = (file: PracticeFile) => {
    const problem = checkProof(file);
    setFileError(problem);
    if (problem) return false;
    dispatch({ type: 'proof', file });
  };
  const missing = errors.find((e) => e.field === chooserId)?.message;
  const describedBy = [formatsId, (fileError || missing) && `${chooserId}-error`].filter(Boolean).join(' ');
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <ChangementHeading title="Justificatif" step={3} />
      <ErrorSummary errors={errors} />
      <fieldset className={`caf-sim-question${fileError || missing ? ' caf-field--error' : ''}`}>
        <legend>{proofNames[type]}</legend>
        <p id={formatsId} className="caf-muted">
          Formats acceptés : PDF, JPG, PNG. Taille maximale : 5 Mo.
        </p>
        {(fileError || missing) && (
          <p id={`${chooserId}-error`} className="caf-field__error" role={fileError ? 'alert' : undefined}>
            {fileError ?? missing}
          </p>
        )}
        {proof ? (
          <p className="caf-chg-file">
            <span>
              {proof.name} ({formatFileSize(proof.sizeKb)})
            </span>{' '}
            <TargetButton
              target={`caf.changement.${type}.justificatif.supprimer` as ChangementTarget}
              className="caf-link"
              onPress={() => dispatch({ type: 'proof', file: null })}
            >
              Supprimer <span className="visually-hidden">{proof.name}</span>
            </TargetButton>
          </p>
        ) : (
          <span id={chooserId} tabIndex={-1}>
            <FileChooserButton
              target={`caf.changement.${type}.justificatif.parcourir`}
              className="caf-button caf-button--secondary"
              describedBy={describedBy}
              onChosen={chosen}
            >
              Ajouter un justificatif
            </FileChooserButton>
          </span>
        )}
      </fieldset>
      <ChangementNav next={next} onPrevious={() => dispatch({ type: 'previous' })} />
    </form>
  );
}
