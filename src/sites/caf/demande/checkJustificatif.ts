/**
 * The claim's checks on a chosen file before it is added: PDF, JPG or PNG, 5 Mo at most, with
 * the kind of message the CAF's upload shows. A blurred photo passes them: the site cannot tell.
 */
import { formatFileSize, type PracticeFile } from '../../../lesson/practiceFiles.ts';

export const acceptedFormats = ['pdf', 'jpg', 'png'] as const;
/** The largest file taken, in Ko (as `PracticeFile.sizeKb`). */
export const maxFileKb = 5_000;

/** The message for a file refused, or `null` when it is taken. */
export function checkJustificatif(file: PracticeFile): string | null {
  if (!(acceptedFormats as readonly string[]).includes(file.format))
    return `Le fichier « ${file.name} » n’est pas dans un format accepté. Formats acceptés : PDF, JPG, PNG.`;
  if (file.sizeKb > maxFileKb)
    return `Le fichier « ${file.name} » (${formatFileSize(file.sizeKb)}) dépasse la taille maximale de 5 Mo.`;
  return null;
}
