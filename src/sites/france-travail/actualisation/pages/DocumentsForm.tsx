/**
 * « Transmettre un document »: the kind and month, the files (« Parcourir », then « Ajouter une
 * page »), each checked (format, size) and shown before it is added, the list of pages, and
 * « Envoyer ».
 */
import { useState, type Dispatch, type FormEvent } from 'react';
import { formatFileSize, type PracticeFile } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { FileChooserButton } from '../../../framework/upload/FileChooserButton.tsx';
import { checkUpload, maxPages } from '../checkUpload.ts';
import { documentKindLabels, documentKinds, monthText, type DocumentKind } from '../documentKinds.ts';
import type { DocumentsAction, DocumentsState } from '../documentsReducer.ts';
import type { ActualisationTarget } from '../targets.ts';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { DocumentPreview } from './DocumentPreview.tsx';

export interface DocumentsFormProps {
  state: DocumentsState;
  dispatch: Dispatch<DocumentsAction>;
  /** The months the list offers (`2026-11`…), newest first. */
  months: readonly string[];
  /** « Envoyer » with every field right; returns the server's refusal, or `null` when sent. */
  onSend(): string | null;
  /** A refused « Envoyer » (a field missing): reported with `ok: false`. */
  onRefused(): void;
  onExit(): void;
}

const filesId = 'fta-doc-fichier';
const formatsId = 'fta-doc-formats';

/** The form of « Transmettre un document ». */
export function DocumentsForm({ state, dispatch, months, onSend, onRefused, onExit }: DocumentsFormProps) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message ?? null;
  const full = state.files.length >= maxPages;

  /** A refused file (format, size) is reported as a refused upload (`false`). */
  const chosen = (file: PracticeFile) => {
    const problem = checkUpload(file);
    setFileError(problem);
    if (problem) return false;
    dispatch({ type: 'preview', file });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [
      ...(state.kind ? [] : [{ field: 'fta-doc-type', message: 'Sélectionnez le type de document.' }]),
      ...(state.month ? [] : [{ field: 'fta-doc-mois', message: 'Sélectionnez le mois concerné.' }]),
      ...(state.files.length ? [] : [{ field: filesId, message: 'Ajoutez au moins un fichier.' }]),
    ];
    setErrors(found);
    setSendError(null);
    if (found.length) return onRefused();
    setSendError(onSend());
  };

  const fileDescribedBy = [formatsId, fileError && `${filesId}-error`].filter(Boolean).join(' ');
  return (
    <form noValidate onSubmit={submit}>
      <h1 tabIndex={-1}>Transmettre un document</h1>
      <ErrorSummary errors={errors} />
      {sendError && (
        <div className="ft-alert ft-alert--error" role="alert">
          <p className="ft-alert__title">{sendError}</p>
        </div>
      )}
      <SelectField
        id="fta-doc-type"
        target="france-travail.documents.type"
        label="Type de document"
        placeholder="Sélectionnez un type de document"
        options={documentKinds.map((kind) => ({ value: kind, label: documentKindLabels[kind] }))}
        value={state.kind}
        onValue={(kind) => dispatch({ type: 'kind', kind: kind as DocumentKind | '' })}
        error={errorOf('fta-doc-type')}
      />
      <SelectField
        id="fta-doc-mois"
        target="france-travail.documents.mois"
        label="Mois concerné"
        placeholder="Sélectionnez un mois"
        options={months.map((month) => ({ value: month, label: monthText(month) }))}
        value={state.month}
        onValue={(month) => dispatch({ type: 'month', month })}
        error={errorOf('fta-doc-mois')}
      />
      <fieldset className={`ft-panel${errorOf(filesId) || fileError ? ' ft-field--error' : ''}`}>
        <legend>Votre document</legend>
        <p id={formatsId} className="ft-muted">
          Formats acceptés : PDF, JPG, PNG. Taille maximale : 5 Mo par fichier. Si votre document a plusieurs pages,
          ajoutez-les une par une.
        </p>
        {errorOf(filesId) && <p className="ft-field__error">{errorOf(filesId)}</p>}
        {fileError && (
          <p id={`${filesId}-error`} className="ft-field__error" role="alert">
            {fileError}
          </p>
        )}
        {state.files.length > 0 && (
          <>
            <h2 className="fta-h3">Pages ajoutées ({state.files.length})</h2>
            <ol className="fta-files">
              {state.files.map((file, i) => (
                <li key={`${i}-${file.name}`}>
                  <span>
                    Page {i + 1} : {file.name} ({formatFileSize(file.sizeKb)})
                  </span>
                  <TargetButton
                    target={`france-travail.documents.fichier.${i + 1}.supprimer` as ActualisationTarget}
                    className="ft-link"
                    onPress={() => dispatch({ type: 'remove', index: i })}
                  >
                    Supprimer <span className="visually-hidden">la page {i + 1}</span>
                  </TargetButton>
                </li>
              ))}
            </ol>
          </>
        )}
        {state.preview ? (
          <DocumentPreview
            file={state.preview}
            page={state.files.length + 1}
            onKeep={() => dispatch({ type: 'keep-preview' })}
            onDrop={() => dispatch({ type: 'drop-preview' })}
          />
        ) : (
          !full && (
            <span id={filesId} tabIndex={-1} className="fta-chooser">
              <FileChooserButton
                target={
                  state.files.length ? 'france-travail.documents.ajouter-page' : 'france-travail.documents.parcourir'
                }
                className="ft-button ft-button--secondary"
                describedBy={fileDescribedBy}
                onChosen={chosen}
              >
                {state.files.length ? 'Ajouter une page' : 'Parcourir'}
              </FileChooserButton>
            </span>
          )
        )}
      </fieldset>
      <div className="ft-actions fta-actions--nav">
        <TargetButton target="france-travail.documents.retour" className="ft-link" onPress={onExit}>
          Retour à mon espace
        </TargetButton>
        <button type="submit" className="ft-button ft-button--primary" data-target="france-travail.documents.envoyer">
          Envoyer
        </button>
      </div>
    </form>
  );
}
