/**
 * A document a practice site generates (a convocation, a receipt): plain data, so that it goes
 * into the practice world (a mail's attachment) and sessionStorage. The practice browser shows it
 * (`SiteBridgeValue.openDocument`) and downloads it as a real PDF (`renderPdf`).
 */

/** One part of a document: an optional heading and its lines. */
export interface PracticeDocumentSection {
  heading?: string;
  lines: readonly string[];
}

export interface PracticeDocument {
  /** Stable id (« ft-convocation »). */
  id: string;
  /** The file name it downloads as (« convocation-france-travail.pdf »). */
  fileName: string;
  title: string;
  /** Who issued it, on every page (« France Travail — site d'entraînement »). */
  issuer: string;
  sections: readonly PracticeDocumentSection[];
}

/** The line every page of a practice document carries. */
export const practiceDocumentNotice = "Document d'entraînement — sans valeur officielle";
