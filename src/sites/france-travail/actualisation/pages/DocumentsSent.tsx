/** « Votre document a bien été transmis »: when, what, the files sent, and what next. */
import { frenchDate, frenchTime } from '../../../../french/index.ts';
import { formatFileSize } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { documentKindLabels, monthText } from '../documentKinds.ts';
import type { Sending } from '../documentsReducer.ts';

export interface DocumentsSentProps {
  sending: Sending;
  onAnother(): void;
  onExit(): void;
}

/** The confirmation of a sending. */
export function DocumentsSent({ sending, onAnother, onExit }: DocumentsSentProps) {
  return (
    <>
      <div className="ft-alert ft-alert--success fta-alert--big">
        <h1 tabIndex={-1}>Votre document a bien été transmis</h1>
        <p>
          Votre document a été transmis le {frenchDate(sending.at)} à {frenchTime(sending.at)}.
        </p>
      </div>
      <dl className="fta-summary">
        <div>
          <dt>Type de document</dt>
          <dd>{documentKindLabels[sending.kind]}</dd>
        </div>
        <div>
          <dt>Mois concerné</dt>
          <dd>{monthText(sending.month)}</dd>
        </div>
      </dl>
      <h2>Fichiers transmis</h2>
      <ol className="fta-files">
        {sending.files.map((file, i) => (
          <li key={`${i}-${file.name}`}>
            Page {i + 1} : {file.name} ({formatFileSize(file.sizeKb)})
          </li>
        ))}
      </ol>
      <div className="ft-actions">
        <TargetButton
          target="france-travail.documents.autre"
          className="ft-button ft-button--primary"
          onPress={onAnother}
        >
          Transmettre un autre document
        </TargetButton>
        <TargetButton target="france-travail.documents.retour" className="ft-link" onPress={onExit}>
          Retour à mon espace
        </TargetButton>
      </div>
    </>
  );
}
