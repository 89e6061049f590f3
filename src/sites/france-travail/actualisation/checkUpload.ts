/**
 * The site's checks on a chosen file, before it is added to the sending: the formats France
 * Travail takes (PDF, JPG, PNG) and a size limit of 5 Mo a file, with the real site's kind of
 * message. A blurred photo passes these checks: the preview then asks whether it is readable.
 */
import { formatFileSize, type PracticeFile } from '../../../lesson/practiceFiles.ts';

/** Formats accepted, as the page lists them. */
export const acceptedFormats = ['pdf', 'jpg', 'png'] as const;
/** The largest file taken: 5 Mo (in Ko, as `PracticeFile.sizeKb`). */
export const maxFileKb = 5_000;
/** The most pages (files) one sending holds. */
export const maxPages = 5;

/** The message for a file the site refuses, or `null` when it takes it. */
export function checkUpload(file: PracticeFile): string | null {
  if (!(acceptedFormats as readonly string[]).includes(file.format))
    return `Le format du fichier « ${file.name} » n’est pas accepté. Formats acceptés : PDF, JPG, PNG.`;
  if (file.sizeKb > maxFileKb)
    return `Le fichier « ${file.name} » est trop volumineux (${formatFileSize(file.sizeKb)}). La taille maximale est de 5 Mo par fichier.`;
  return null;
}
