/**
 * The practice computer's « Ouvrir » dialog, as a real operating system shows it when a site asks
 * for a file: « Ordinateur › Documents » (the persona's scans and photos) and « Téléchargements »
 * (what the learner downloaded in this run), the files with their type and size, a preview of the
 * selected one (a sharp or blurred page, drawn), « Ouvrir » and « Annuler ». Nothing here touches
 * the real computer's files. Double-click or Enter opens a file; Escape cancels.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatFileSize, type PracticeFile } from '../../lesson/practiceFiles.ts';
import type { SiteEvent, TargetId } from '../../lesson/types.ts';
import { fileTarget } from '../../sites/framework/siteRegistry.ts';
import { useFocusTrap } from '../../ui/useFocusTrap.ts';
import './fileDialog.css';

export interface FileDialogProps {
  /** The « Documents » folder: the persona's files. */
  documents: readonly PracticeFile[];
  /** The « Téléchargements » folder: what was downloaded in this run. */
  downloads: readonly PracticeFile[];
  /** Reports the dialog's clicks (all harmless: the file sent is judged by the site's `upload`). */
  emit(event: SiteEvent): void;
  /** The file opened, or `null` when cancelled. */
  onClose(file: PracticeFile | null): void;
  /** Tells which file is selected (the guide points at « Ouvrir » once it is the right one). */
  onSelect?(name: string | null): void;
}

/** The type column, as a French file manager words it. */
const typeLabels: Readonly<Record<PracticeFile['format'], string>> = {
  pdf: 'Document PDF',
  jpg: 'Image JPEG',
  png: 'Image PNG',
  docx: 'Document Microsoft Word',
  heic: 'Image HEIC',
};

const folders = [
  { id: 'documents', label: 'Documents' },
  { id: 'telechargements', label: 'Téléchargements' },
] as const;
type Folder = (typeof folders)[number]['id'];

const click = (target: TargetId): SiteEvent => ({ action: 'click', target, neutral: true });

/** The « Ouvrir » dialog, drawn over the practice browser. */
export function FileDialog({ documents, downloads, emit, onClose, onSelect }: FileDialogProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [folder, setFolder] = useState<Folder>('documents');
  const [selected, setSelected] = useState<string | null>(null);
  const files = folder === 'documents' ? documents : downloads;
  const file = files.find((f) => f.name === selected) ?? null;
  const cancel = () => {
    emit(click('browser.fichiers.annuler'));
    onClose(null);
  };
  const onKeyDown = useFocusTrap(box, cancel, {
    initial: () => list.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]'),
  });

  const select = (name: string | null, focus = false) => {
    if (name !== null && name !== selected) emit(click(fileTarget(name)));
    setSelected(name);
    onSelect?.(name);
    if (focus && name !== null)
      [...(list.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])]
        .find((option) => option.dataset.target === fileTarget(name))
        ?.focus();
  };
  const open = (chosen: PracticeFile | null) => {
    if (!chosen) return;
    emit(click('browser.fichiers.ouvrir'));
    onClose(chosen);
  };
  const changeFolder = (next: Folder) => {
    setFolder(next);
    select(null);
  };
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = files.findIndex((f) => f.name === selected);
    const move = (to: number) => {
      event.preventDefault();
      const next = files[Math.max(0, Math.min(files.length - 1, to))];
      if (next) select(next.name, true);
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index === -1 ? 0 : index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(files.length - 1);
    else if (event.key === 'Enter' && file) {
      event.preventDefault();
      open(file);
    } else if (event.key === ' ' && index === -1 && files[0]) move(0);
  };
  const focusIndex = Math.max(
    0,
    files.findIndex((f) => f.name === selected),
  );

  return (
    <div className="file-dialog-backdrop">
      <div
        ref={box}
        className="file-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        lang="fr"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="file-dialog-title">
          Ouvrir
        </h2>
        <div className="file-dialog-body">
          <nav className="file-dialog-places" aria-label="Emplacements">
            <p className="file-dialog-computer">
              <span aria-hidden="true" className="file-dialog-icon-computer" />
              Ordinateur
            </p>
            <ul>
              {folders.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    data-folder={f.id}
                    aria-current={folder === f.id ? 'true' : undefined}
                    onClick={() => changeFolder(f.id)}
                  >
                    <span aria-hidden="true" className="file-dialog-icon-folder" />
                    {f.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="file-dialog-files">
            <p className="file-dialog-path" id={`${id}-path`}>
              Ordinateur › {folders.find((f) => f.id === folder)?.label}
            </p>
            <div className="file-dialog-columns" aria-hidden="true">
              <span>Nom</span>
              <span>Type</span>
              <span>Taille</span>
            </div>
            {files.length === 0 ? (
              <p className="file-dialog-empty">Ce dossier est vide.</p>
            ) : (
              <div
                ref={list}
                role="listbox"
                className="file-dialog-list"
                aria-labelledby={`${id}-path`}
                onKeyDown={onListKey}
              >
                {files.map((f, index) => (
                  <div
                    key={f.name}
                    role="option"
                    aria-selected={f.name === selected}
                    tabIndex={index === focusIndex ? 0 : -1}
                    data-target={fileTarget(f.name)}
                    className="file-dialog-file"
                    onClick={() => select(f.name, true)}
                    onDoubleClick={() => open(f)}
                  >
                    <span className={`file-dialog-icon file-dialog-icon-${f.format}`} aria-hidden="true" />
                    <span className="file-dialog-name">{f.name}</span>
                    <span className="file-dialog-type">{typeLabels[f.format]}</span>
                    <span className="file-dialog-size">{formatFileSize(f.sizeKb)}</span>
                  </div>
                ))}
              </div>
            )}
          </div>
          <FilePreview file={file} />
        </div>
        <div className="file-dialog-footer">
          <p className="file-dialog-chosen">
            <span>Nom du fichier :</span> <output>{file?.name ?? ''}</output>
          </p>
          <div className="file-dialog-buttons">
            <button
              type="button"
              className="file-dialog-open"
              data-target="browser.fichiers.ouvrir"
              disabled={!file}
              onClick={() => open(file)}
            >
              Ouvrir
            </button>
            <button type="button" data-target="browser.fichiers.annuler" onClick={cancel}>
              Annuler
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

/** The preview pane: a drawn page, sharp or blurred, and what the file is. */
function FilePreview({ file }: { file: PracticeFile | null }) {
  if (!file)
    return (
      <div className="file-dialog-preview">
        <p className="file-dialog-no-preview">Sélectionnez un fichier pour afficher son aperçu.</p>
      </div>
    );
  const photo = file.format === 'jpg' || file.format === 'png' || file.format === 'heic';
  return (
    <div className="file-dialog-preview" aria-label="Aperçu" role="group">
      <div
        className={`file-thumb file-thumb-${file.format}${photo ? ' file-thumb-photo' : ''}${
          file.quality === 'floue' ? ' file-thumb-floue' : ''
        }`}
        aria-hidden="true"
      >
        <div className="file-thumb-page">
          <span className="file-thumb-head" />
          <span className="file-thumb-lines" />
          <span className="file-thumb-table" />
          <span className="file-thumb-lines file-thumb-lines-short" />
        </div>
      </div>
      <p className="file-dialog-description">{file.description}</p>
      <p className="file-dialog-details">
        {typeLabels[file.format]} · {file.pages} page{file.pages > 1 ? 's' : ''} · {formatFileSize(file.sizeKb)}
      </p>
    </div>
  );
}
