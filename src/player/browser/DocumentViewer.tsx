/**
 * The practice browser's document viewer: a document a site generated (a convocation, a receipt)
 * shown as a page, with « Télécharger » (the real PDF, `renderPdf`), « Imprimer » and « Fermer »,
 * drawn over the practice sites like a PDF opened in a new tab.
 */
import { useId, useRef, useState } from 'react';
import type { PracticeFile } from '../../lesson/practiceFiles.ts';
import type { SiteEvent } from '../../lesson/types.ts';
import { practiceDocumentNotice, type PracticeDocument } from '../../sites/framework/documents/practiceDocument.ts';
import { downloadFile } from './downloadFile.ts';
import { useFocusTrap } from '../../ui/useFocusTrap.ts';
import './documentViewer.css';

export interface DocumentViewerProps {
  doc: PracticeDocument;
  /** Reports the viewer's clicks (harmless). */
  emit(event: SiteEvent): void;
  onClose(): void;
  /** The downloaded file, for the « Téléchargements » folder of the « Ouvrir » dialog. */
  onDownloaded?(file: PracticeFile): void;
}

/** A document opened in the practice browser. */
export function DocumentViewer({ doc, emit, onClose, onDownloaded }: DocumentViewerProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const close = () => {
    emit({ action: 'click', target: 'browser.document.fermer', neutral: true });
    onClose();
  };
  const onKeyDown = useFocusTrap(box, close, { initial: () => heading.current });
  const download = async () => {
    emit({ action: 'click', target: 'browser.document.telecharger', neutral: true });
    setStatus('saving');
    try {
      const { renderPdfFile } = await import('../../sites/framework/documents/renderPdf.ts');
      const { bytes, pages } = await renderPdfFile(doc);
      downloadFile(bytes, doc.fileName);
      setStatus('saved');
      onDownloaded?.({
        name: doc.fileName,
        format: 'pdf',
        sizeKb: Math.max(1, Math.ceil(bytes.length / 1024)),
        pages,
        quality: 'nette',
        description: doc.title,
      });
    } catch (error) {
      console.error('Pas à pas: the document could not be made', error);
      setStatus('failed');
    }
  };
  const print = () => {
    emit({ action: 'click', target: 'browser.document.imprimer', neutral: true });
    window.print();
  };
  return (
    <div
      ref={box}
      className="document-viewer"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-name`}
      lang="fr"
      onKeyDown={onKeyDown}
    >
      <div className="document-viewer-bar">
        <h2 id={`${id}-name`} ref={heading} tabIndex={-1} className="document-viewer-name">
          {doc.fileName}
        </h2>
        <div className="document-viewer-buttons">
          <button
            type="button"
            data-target="browser.document.telecharger"
            disabled={status === 'saving'}
            onClick={() => void download()}
          >
            Télécharger
          </button>
          <button type="button" data-target="browser.document.imprimer" onClick={print}>
            Imprimer
          </button>
          <button type="button" data-target="browser.document.fermer" onClick={close}>
            Fermer
          </button>
        </div>
        <p role="status" className="document-viewer-status">
          {status === 'saved' && `${doc.fileName} a été téléchargé.`}
          {status === 'failed' && 'Le téléchargement n’a pas pu se faire. Réessayez.'}
        </p>
      </div>
      {/* Focusable so that a long document scrolls from the keyboard (arrows, Page Down). */}
      <div className="document-viewer-pages" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <article className="document-viewer-sheet" aria-labelledby={`${id}-title`}>
          <p className="document-viewer-issuer">{doc.issuer}</p>
          <h3 id={`${id}-title`} className="document-viewer-title">
            {doc.title}
          </h3>
          {doc.sections.map((section, index) => (
            <section key={index}>
              {section.heading !== undefined && <h4>{section.heading}</h4>}
              {section.lines.map((line, n) => (line.trim() === '' ? <br key={n} /> : <p key={n}>{line}</p>))}
            </section>
          ))}
          <p className="document-viewer-notice">{practiceDocumentNotice}</p>
        </article>
      </div>
    </div>
  );
}
