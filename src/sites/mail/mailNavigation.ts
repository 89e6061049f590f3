/**
 * Where the learner is in the practice mailbox (a folder's list, or a message) and the views
 * they came through, for the practice browser's « Précédent »: from a message, back to its list.
 */
import * as z from 'zod/mini';
import type { PracticeMail } from '../../lesson/world.ts';

/** What the mailbox shows: a folder's list, or one of its messages. */
export interface MailView {
  folder: PracticeMail['folder'];
  /** The open message's id, or `null` for the folder's list. */
  openId: string | null;
}

export interface MailNavigation {
  view: MailView;
  /** The views shown before, oldest first (at most 30). */
  history: readonly MailView[];
}

export type MailNavAction = { type: 'show'; view: MailView } | { type: 'back' };

export const initialMailNavigation: MailNavigation = { view: { folder: 'inbox', openId: null }, history: [] };

const historyLimit = 30;

const view = z.object({ folder: z.enum(['inbox', 'spam']), openId: z.nullable(z.string()) });
/** Checks a mailbox state restored after a reload (`useSiteReducer`). */
export const mailNavigationSchema = z.object({ view, history: z.array(view).check(z.maxLength(historyLimit)) });

/** Shows a view (remembering the one left, unless it is the same), or goes back to the previous one. */
export function mailNavigationReducer(state: MailNavigation, action: MailNavAction): MailNavigation {
  if (action.type === 'back') {
    const previous = state.history.at(-1);
    return previous ? { view: previous, history: state.history.slice(0, -1) } : state;
  }
  const { view } = state;
  if (view.folder === action.view.folder && view.openId === action.view.openId) return state;
  return { view: action.view, history: [...state.history, view].slice(-historyLimit) };
}
