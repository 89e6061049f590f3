/** The site's checks on a proof before it is kept: PDF, JPG or PNG, 5 Mo at most, with its kind of message. */
import { formatFileSize, type PracticeFile } from '../../../lesson/practiceFiles.ts';

/** The largest file taken, in Ko. */
export const maxProofKb = 5_000;

/** The message for a refused file, or `null` when it is taken. */
export function checkProof(file: PracticeFile): string | null {
  if (!['pdf', 'jpg', 'png'].includes(file.format))
    return `Le format du fichier « ${file.name} » n’est pas accepté. Formats acceptés : PDF, JPG, PNG.`;
  if (file.sizeKb > maxProofKb)
    return `Le fichier « ${file.name} » est trop volumineux (${formatFileSize(file.sizeKb)}). Taille maximale : 5 Mo.`;
  return null;
}
