/**
 * Saves bytes as a real file through the browser's download (a Blob URL on a link with
 * `download`): the one place where something leaves the practice world, on purpose (a document
 * the learner wants to keep or print).
 */

/** Starts the download of `bytes` as `fileName`; returns the Blob it saved. */
export function downloadFile(bytes: Uint8Array, fileName: string, type = 'application/pdf'): Blob {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return blob;
}
