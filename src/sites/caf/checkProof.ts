/**
 * The CAF's checks on a proof (justificatif) chosen for a changed amount: PDF, JPG or PNG, 5 Mo at
 * most (the usual limits of the CAF's forms; docs/practice-sites.md).
 */
import { formatFileSize, type PracticeFile } from '../../lesson/practiceFiles.ts';

const accepted: readonly string[] = ['pdf', 'jpg', 'png'];
/** 5 Mo, in Ko as `PracticeFile.sizeKb`. */
const maxKb = 5_000;

/** The message for a file the site refuses, or `null` when it takes it. */
export function checkProof(file: PracticeFile): string | null {
  if (!accepted.includes(file.format))
    return 'Ce format de fichier n’est pas accepté. Formats acceptés : PDF, JPG, PNG.';
  if (file.sizeKb > maxKb)
    return `Ce fichier est trop volumineux (${formatFileSize(file.sizeKb)}). La taille maximale est de 5 Mo.`;
  return null;
}
