/**
 * The quarterly declaration (DTR) being filled in: per member and month, the resource lines
 * (pre-filled by the CAF, one per payer, modified or added by the learner), the answer to « …
 * d'autres ressources ? » per member, and the submission once validated.
 */
import {
  dtrEditReasons,
  dtrLineKey,
  dtrMaxLinesPerType,
  dtrMonths,
  dtrResourceTypes,
  type DtrEditReason,
  type DtrMember,
  type DtrMonth,
  type DtrResourceType,
} from './targets.ts';
import { isCouple, type CafPersona } from './cafPersona.ts';
import { parseFrenchDate } from '../../french/index.ts';
import * as z from 'zod/mini';
import { parseAmount } from '../../french/index.ts';

/** One resource of one member for one month. */
export interface DtrLine {
  /** `salaire`, `salaire-2` for the second salary of the month: the key of its « Modifier » target. */
  key: string;
  type: DtrResourceType;
  /** The amount to declare, in cents. */
  cents: number;
  /** The CAF's pre-filled amount in cents, `null` for a line the learner added. */
  prefilled: number | null;
  /** Who paid it (the employer), as the CAF knows it. */
  payer?: string | undefined;
  /** Why a pre-filled amount was changed, and the name of the proof sent with it. */
  change?: { reason: DtrEditReason; proof: string } | undefined;
}

export type DtrLines = Record<DtrMember, Record<DtrMonth, DtrLine[]>>;

export interface DtrState {
  lines: DtrLines;
  /** Per member, the answer to « … perçu d'autres ressources … ? » (absent until answered). */
  others: Partial<Record<DtrMember, 'oui' | 'non'>>;
  /** Set once « Valider ma déclaration » is accepted. */
  submitted: { reference: string; at: number } | null;
}

export type DtrAction =
  | {
      type: 'modify';
      member: DtrMember;
      month: DtrMonth;
      key: string;
      cents: number;
      reason: DtrEditReason;
      proof: string;
    }
  | {
      type: 'add';
      member: DtrMember;
      month: DtrMonth;
      resource: DtrResourceType;
      cents: number;
      /** The employer or payer the learner typed, if any. */
      payer?: string | undefined;
    }
  /** « Supprimer » on a line the learner added (a pre-filled line is never removed: « Modifier » it). */
  | { type: 'remove'; member: DtrMember; month: DtrMonth; key: string }
  | { type: 'others'; member: DtrMember; answer: 'oui' | 'non' }
  | { type: 'submit'; reference: string; at: number };

const cents = z.int().check(z.gte(0), z.lt(100_000_000));
const monthLines = z.array(
  z.object({
    key: z.string(),
    type: z.enum(dtrResourceTypes),
    cents,
    prefilled: z.nullable(cents),
    payer: z.optional(z.string()),
    change: z.optional(z.object({ reason: z.enum(dtrEditReasons), proof: z.string() })),
  }),
);
const memberLines = z.object({ m1: monthLines, m2: monthLines, m3: monthLines });
const answer = z.optional(z.enum(['oui', 'non']));

/** Checks a declaration restored after a reload (`useSiteReducer`). */
export const dtrSchema = z.object({
  lines: z.object({ vous: memberLines, conjoint: memberLines, enfant1: memberLines, enfant2: memberLines }),
  others: z.object({ vous: answer, conjoint: answer, enfant1: answer, enfant2: answer }),
  submitted: z.nullable(z.object({ reference: z.string(), at: z.number() })),
});

/** The age a child born on `birth` (`14/03/2009`) has on `day` (`25/11/2026`), or `null`. */
function ageOn(birth: string, day: string): number | null {
  const b = parseFrenchDate(birth);
  const d = parseFrenchDate(day);
  if (!b || !d) return null;
  return d.year - b.year - (d.month < b.month || (d.month === b.month && d.day < b.day) ? 1 : 0);
}

/** The household's children aged 16 or more on the deadline, who have a page (two at most). */
export function dtrChildrenOf(p: CafPersona): { prenom: string }[] {
  return (p.enfants ?? []).filter((child) => (ageOn(child.naissance, p.dtr.date_limite) ?? 0) >= 16).slice(0, 2);
}

/** The members whose page the declaration shows, in order. */
export function dtrMembersOf(p: CafPersona): DtrMember[] {
  const children = (['enfant1', 'enfant2'] as const).slice(0, dtrChildrenOf(p).length);
  return [...(isCouple(p) ? (['vous', 'conjoint'] as const) : (['vous'] as const)), ...children];
}

/** How the declaration names a member: `Vous : Amina`, `Votre conjoint : Karim`, `Votre enfant : Yanis`. */
export function memberName(p: CafPersona, member: DtrMember): string {
  if (member === 'vous') return `Vous : ${p.prenom}`;
  if (member === 'conjoint') return `Votre conjoint : ${p.conjoint?.prenom ?? ''}`;
  return `Votre enfant : ${dtrChildrenOf(p)[member === 'enfant1' ? 0 : 1]?.prenom ?? ''}`;
}

const isResourceType = (t: string): t is DtrResourceType => (dtrResourceTypes as readonly string[]).includes(t);

/** The pre-filled entries of one kind, as `{ cents, payer }` (a persona writes one or a list). */
function prefilledEntries(raw: unknown): { cents: number | null; payer?: string }[] {
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return list.map((entry) => {
    if (entry && typeof entry === 'object' && 'montant' in entry) {
      const { montant, payeur } = entry as { montant: unknown; payeur?: unknown };
      return {
        cents: parseAmount(String(montant)),
        ...(typeof payeur === 'string' ? { payer: payeur } : {}),
      };
    }
    return { cents: parseAmount(String(entry)) };
  });
}

/** The declaration as the CAF pre-fills it from the persona's `dtr.pre_rempli`. */
export function initialDtr(p: CafPersona): DtrState {
  const empty = () => ({ m1: [], m2: [], m3: [] }) as Record<DtrMonth, DtrLine[]>;
  const lines: DtrLines = { vous: empty(), conjoint: empty(), enfant1: empty(), enfant2: empty() };
  for (const member of dtrMembersOf(p)) {
    for (const month of dtrMonths) {
      for (const [type, raw] of Object.entries(p.dtr.pre_rempli?.[member]?.[month] ?? {})) {
        const entries = prefilledEntries(raw);
        entries.forEach(({ cents, payer }, index) => {
          if (!isResourceType(type) || cents === null || index >= dtrMaxLinesPerType) {
            throw new Error(
              `dtr.pre_rempli.${member}.${month}.${type}: use a type among ${dtrResourceTypes.join(', ')}, an amount such as "1012,40" or { montant: "1012,40", payeur: "…" }, at most ${dtrMaxLinesPerType} per month.`,
            );
          }
          lines[member][month].push({ key: dtrLineKey(type, index + 1), type, cents, prefilled: cents, payer });
        });
      }
    }
  }
  return { lines, others: {}, submitted: null };
}

/** How many lines of `type` the month lists. */
export function countLines(lines: readonly DtrLine[], type: DtrResourceType): number {
  return lines.filter((line) => line.type === type).length;
}

/** `ajoute` for an added line, `modifie` for a changed pre-filled one, else `null`. */
export function lineChange(line: DtrLine): 'ajoute' | 'modifie' | null {
  if (line.prefilled === null) return 'ajoute';
  return line.cents === line.prefilled && !line.change ? null : 'modifie';
}

/** Whether `member` answered « … d'autres ressources ? ». */
export function answered(state: DtrState, member: DtrMember): boolean {
  return state.others[member] !== undefined;
}

function withLines(state: DtrState, member: DtrMember, month: DtrMonth, lines: DtrLine[]): DtrState {
  return { ...state, lines: { ...state.lines, [member]: { ...state.lines[member], [month]: lines } } };
}

/**
 * Applies a learner's change: a modified line keeps its reason and proof; an added one comes after
 * the others, and can be removed.
 */
export function dtrReducer(state: DtrState, action: DtrAction): DtrState {
  switch (action.type) {
    case 'submit':
      return { ...state, submitted: { reference: action.reference, at: action.at } };
    case 'others':
      return { ...state, others: { ...state.others, [action.member]: action.answer } };
    case 'modify': {
      const { member, month, key, cents, reason, proof } = action;
      const current = state.lines[member][month];
      if (!current.some((line) => line.key === key)) return state;
      return withLines(
        state,
        member,
        month,
        current.map((line) => (line.key === key ? { ...line, cents, change: { reason, proof } } : line)),
      );
    }
    case 'remove': {
      const { member, month, key } = action;
      const current = state.lines[member][month];
      const gone = current.find((line) => line.key === key && line.prefilled === null);
      if (!gone) return state;
      // The lines of that kind after it take the keys before them (`salaire-3` becomes `salaire-2`).
      let n = 0;
      const lines = current
        .filter((line) => line !== gone)
        .map((line) => (line.type === gone.type ? { ...line, key: dtrLineKey(line.type, ++n) } : line));
      return withLines(state, member, month, lines);
    }
    case 'add': {
      const { member, month, resource, cents, payer } = action;
      const current = state.lines[member][month];
      const n = countLines(current, resource) + 1;
      if (n > dtrMaxLinesPerType) return state;
      return withLines(state, member, month, [
        ...current,
        { key: dtrLineKey(resource, n), type: resource, cents, prefilled: null, ...(payer ? { payer } : {}) },
      ]);
    }
  }
}
