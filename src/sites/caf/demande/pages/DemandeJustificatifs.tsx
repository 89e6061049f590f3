/**
 * « Vos justificatifs »: the payslips, each chosen in the practice « Ouvrir » dialog (« Ajouter un
 * fichier »), checked (format, size) and listed with « Supprimer ».
 */
import { useState } from 'react';
import { formatFileSize, type PracticeFile } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { FileChooserButton } from '../../../framework/upload/FileChooserButton.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { checkJustificatif } from '../checkJustificatif.ts';
import type { DemandePageProps } from '../DemandePageProps.ts';
import { maxFiles } from '../demandeReducer.ts';
import type { DemandeTarget } from '../demandeTargets.ts';
import { DemandeHeading } from '../ui/DemandeHeading.tsx';
import { DemandeNav } from '../ui/DemandeNav.tsx';
import { useDemandeForm } from '../useDemandeForm.ts';

const filesId = 'caf-demande-fichiers';
const formatsId = 'caf-demande-formats';

export function DemandeJustificatifs({ state, dispatch, months, step, previous, next }: DemandePageProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  const { errors, onSubmit } = useDemandeForm(
    () => [state.fichiers.length ? null : { field: filesId, message: 'Ajoutez au moins un justificatif.' }],
    () => dispatch({ type: 'go', page: next }),
  );
  const chosen = (file: PracticeFile) => {
    const problem = checkJustificatif(file);
    setFileError(problem);
    if (problem) return false;
    dispatch({ type: 'add-file', file });
  };
  const listError = errorOf(errors, filesId);
  const describedBy = [formatsId, fileError && `${filesId}-file-error`, listError && `${filesId}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <DemandeHeading title="Vos justificatifs" step={step} />
      <ErrorSummary errors={errors} />
      <fieldset className={`caf-sim-month${listError || fileError ? ' caf-field--error' : ''}`}>
        <legend>Bulletins de salaire</legend>
        <p>
          Joignez un bulletin de salaire de {months[0].toLowerCase()}, {months[1].toLowerCase()} ou{' '}
          {months[2].toLowerCase()}.
        </p>
        <p id={formatsId} className="caf-muted">
          Formats acceptés : PDF, JPG, PNG. Taille maximale : 5 Mo par fichier.
        </p>
        {listError && (
          <p id={`${filesId}-error`} className="caf-field__error">
            {listError}
          </p>
        )}
        {fileError && (
          <p id={`${filesId}-file-error`} className="caf-field__error" role="alert">
            {fileError}
          </p>
        )}
        {state.fichiers.length > 0 && (
          <ul className="caf-demande-files" aria-label="Fichiers ajoutés">
            {state.fichiers.map((file, i) => (
              <li key={`${i}-${file.name}`}>
                <span>
                  {file.name} ({formatFileSize(file.sizeKb)})
                </span>
                <TargetButton
                  target={`caf.demande.justificatifs.fichier.${i + 1}.supprimer` as DemandeTarget}
                  className="caf-link"
                  onPress={() => dispatch({ type: 'remove-file', index: i })}
                >
                  Supprimer <span className="caf-sr-only">{file.name}</span>
                </TargetButton>
              </li>
            ))}
          </ul>
        )}
        {state.fichiers.length < maxFiles && (
          <span id={filesId} tabIndex={-1}>
            <FileChooserButton
              target="caf.demande.justificatifs.ajouter"
              className="caf-button caf-button--secondary"
              describedBy={describedBy}
              onChosen={chosen}
            >
              Ajouter un fichier
            </FileChooserButton>
          </span>
        )}
      </fieldset>
      <DemandeNav onPrevious={() => dispatch({ type: 'go', page: previous })} />
    </form>
  );
}
