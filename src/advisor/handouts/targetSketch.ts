/**
 * What a step's target looks like, read from its registry label (« Bouton « Mon Compte » »,
 * « Champ « Montant » », « Case « Je certifie… » »): the kind of control to draw and the words
 * written on it.
 */
import type { SiteAction } from '../../lesson/types.ts';

/** The kinds of control a step sheet draws. */
export type SketchKind = 'button' | 'link' | 'tab' | 'menu' | 'message' | 'field' | 'list' | 'checkbox' | 'choice';

/** A control to draw: its kind, the words on it, and what the label adds after them. */
export interface TargetSketch {
  kind: SketchKind;
  /** The words written on the control (the label's quoted part, or the whole label). */
  text: string;
  /** The rest of the label after the quoted words (« de la CAF », « (vous, m2) »), if any. */
  detail?: string;
}

const kindsByWord: Record<string, SketchKind> = {
  bouton: 'button',
  lien: 'link',
  onglet: 'tab',
  menu: 'menu',
  message: 'message',
  champ: 'field',
  liste: 'list',
  case: 'checkbox',
  question: 'choice',
};

const kindsByAction: Record<SiteAction, SketchKind> = {
  click: 'button',
  fill: 'field',
  choose: 'list',
  check: 'checkbox',
  upload: 'button',
};

/** The control a step's target label describes; the action decides when the label's first word does not. */
export function targetSketch(label: string, action: SiteAction): TargetSketch {
  const [, text, rest] = /«\s*(.+?)\s*»(.*)$/u.exec(label) ?? [];
  const word = label.split(/\s/u)[0]?.toLowerCase() ?? '';
  const kind = kindsByWord[word] ?? kindsByAction[action];
  if (!text) return { kind, text: label };
  const detail = rest?.trim();
  return { kind, text, ...(detail ? { detail } : {}) };
}
