/**
 * « Transmettre un document » being filled in: the kind and month chosen, the file shown in the
 * preview, the pages added, and the sendings made (newest first).
 */
import * as z from 'zod/mini';
import { practiceFileFormats, type PracticeFile } from '../../../lesson/practiceFiles.ts';
import { documentKinds, type DocumentKind } from './documentKinds.ts';
import { maxPages } from './checkUpload.ts';

/** One sending, as the confirmation and the list of sendings show it. */
export interface Sending {
  /** Practice time it was received. */
  at: number;
  kind: DocumentKind;
  /** `2026-11`. */
  month: string;
  files: PracticeFile[];
}

export interface DocumentsState {
  page: 'formulaire' | 'envoye';
  kind: DocumentKind | '';
  month: string;
  /** The file chosen and shown, not added yet (« Votre document est-il lisible ? »). */
  preview: PracticeFile | null;
  /** The pages added to this sending, in order. */
  files: PracticeFile[];
  sent: Sending[];
}

export type DocumentsAction =
  | { type: 'kind'; kind: DocumentKind | '' }
  | { type: 'month'; month: string }
  | { type: 'preview'; file: PracticeFile }
  | { type: 'keep-preview' }
  | { type: 'drop-preview' }
  | { type: 'remove'; index: number }
  | { type: 'sent'; at: number }
  /** « Transmettre un autre document »: a new sending (the kind, month and pages chosen stay). */
  | { type: 'new' }
  /** The learner left the page: the form again, with the file shown in the preview still there. */
  | { type: 'leave' };

export const initialDocuments: DocumentsState = {
  page: 'formulaire',
  kind: '',
  month: '',
  preview: null,
  files: [],
  sent: [],
};

export function documentsReducer(state: DocumentsState, action: DocumentsAction): DocumentsState {
  switch (action.type) {
    case 'kind':
      return { ...state, kind: action.kind };
    case 'month':
      return { ...state, month: action.month };
    case 'preview':
      return { ...state, preview: action.file };
    case 'keep-preview':
      if (!state.preview || state.files.length >= maxPages) return { ...state, preview: null };
      return { ...state, files: [...state.files, state.preview], preview: null };
    case 'drop-preview':
      return { ...state, preview: null };
    case 'remove':
      return { ...state, files: state.files.filter((_, i) => i !== action.index) };
    case 'sent': {
      if (state.kind === '' || state.files.length === 0) return state;
      const sending: Sending = { at: action.at, kind: state.kind, month: state.month, files: state.files };
      return { ...state, page: 'envoye', preview: null, files: [], sent: [sending, ...state.sent] };
    }
    case 'new':
      return state.page === 'formulaire' && state.preview === null
        ? state
        : { ...state, page: 'formulaire', preview: null };
    case 'leave':
      return state.page === 'formulaire' ? state : { ...state, page: 'formulaire' };
  }
}

const file = z.object({
  name: z.string(),
  format: z.enum(practiceFileFormats),
  sizeKb: z.number(),
  pages: z.number(),
  quality: z.enum(['nette', 'floue']),
  description: z.string(),
});

/** Checks the documents' state restored after a reload (`useSiteReducer`). */
export const documentsSchema = z.object({
  page: z.enum(['formulaire', 'envoye']),
  kind: z.union([z.enum(documentKinds), z.literal('')]),
  month: z.string(),
  preview: z.nullable(file),
  files: z.array(file).check(z.maxLength(maxPages)),
  sent: z.array(z.object({ at: z.number(), kind: z.enum(documentKinds), month: z.string(), files: z.array(file) })),
});

/** The key the documents' state is kept under with the run. */
export const documentsKey = 'france-travail.documents';
