/**
 * The preview of the file just chosen, before it is added: the page as it will be received, and
 * « Votre document est-il lisible ? » (a blurred photo passes the site's checks, so the learner
 * judges it here).
 */
import { useEffect, useRef } from 'react';
import { formatFileSize, type PracticeFile } from '../../../../lesson/practiceFiles.ts';
import { TargetButton } from '../../../framework/TargetButton.tsx';

export interface DocumentPreviewProps {
  file: PracticeFile;
  /** The page it would be (1-based). */
  page: number;
  onKeep(): void;
  onDrop(): void;
}

/** « Aperçu de votre document ». */
export function DocumentPreview({ file, page, onKeep, onDrop }: DocumentPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const photo = file.format === 'jpg' || file.format === 'png' || file.format === 'heic';
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="ft-panel fta-preview" data-place="documents-apercu" aria-labelledby="fta-preview-title">
      <h2 id="fta-preview-title" tabIndex={-1} ref={heading}>
        Aperçu de votre document (page {page})
      </h2>
      <figure className="fta-preview__figure">
        <div
          className={`fta-scan${photo ? ' fta-scan--photo' : ''}${file.quality === 'floue' ? ' fta-scan--floue' : ''}`}
          role="img"
          aria-label={`Aperçu : ${file.description}${file.quality === 'floue' ? ' (image floue, difficile à lire)' : ''}`}
        >
          <div className="fta-scan__page" aria-hidden="true">
            <span className="fta-scan__head" />
            <span className="fta-scan__title">{file.description}</span>
            <span className="fta-scan__lines" />
            <span className="fta-scan__table" />
            <span className="fta-scan__lines fta-scan__lines--short" />
          </div>
        </div>
        <figcaption>
          {file.name} ({file.format.toUpperCase()}, {formatFileSize(file.sizeKb)})
        </figcaption>
      </figure>
      <p className="fta-preview__question">Votre document est-il lisible ?</p>
      <p className="ft-muted">Le texte doit être net et la page entière visible.</p>
      <div className="ft-actions">
        <TargetButton
          target="france-travail.documents.apercu.autre"
          className="ft-button ft-button--secondary"
          onPress={onDrop}
        >
          Non, choisir un autre fichier
        </TargetButton>
        <TargetButton
          target="france-travail.documents.apercu.lisible"
          className="ft-button ft-button--primary"
          onPress={onKeep}
        >
          Oui, ajouter ce fichier
        </TargetButton>
      </div>
    </section>
  );
}
