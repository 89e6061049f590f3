/**
 * The quarterly declaration (DTR) being filled in: per member and month, the resource lines
 * (pre-filled by the CAF, modified or added by the learner), and the submission once validated.
 */
import { dtrMonths, dtrResourceTypes, type DtrMember, type DtrMonth, type DtrResourceType } from './targets.ts';
import { isCouple, type CafPersona } from './cafPersona.ts';
import * as z from 'zod/mini';
import { parseAmount } from '../../french/index.ts';

/** One resource of one member for one month. */
export interface DtrLine {
  type: DtrResourceType;
  /** The amount to declare, in cents. */
  cents: number;
  /** The CAF's pre-filled amount in cents, `null` for a line the learner added. */
  prefilled: number | null;
}

export type DtrLines = Record<DtrMember, Record<DtrMonth, DtrLine[]>>;

export interface DtrState {
  lines: DtrLines;
  /** Set once « Valider ma déclaration » is accepted. */
  submitted: { reference: string; at: number } | null;
}

export type DtrAction =
  | { type: 'modify'; member: DtrMember; month: DtrMonth; resource: DtrResourceType; cents: number }
  | { type: 'add'; member: DtrMember; month: DtrMonth; resource: DtrResourceType; cents: number }
  | { type: 'submit'; reference: string; at: number };

const cents = z.int().check(z.gte(0), z.lt(100_000_000));
const monthLines = z.array(z.object({ type: z.enum(dtrResourceTypes), cents, prefilled: z.nullable(cents) }));
const memberLines = z.object({ m1: monthLines, m2: monthLines, m3: monthLines });

/** Checks a declaration restored after a reload (`useSiteReducer`). */
export const dtrSchema = z.object({
  lines: z.object({ vous: memberLines, conjoint: memberLines }),
  submitted: z.nullable(z.object({ reference: z.string(), at: z.number() })),
});

/** The members whose page the declaration shows, in order. */
export function dtrMembersOf(p: CafPersona): DtrMember[] {
  return isCouple(p) ? ['vous', 'conjoint'] : ['vous'];
}

const isResourceType = (t: string): t is DtrResourceType => (dtrResourceTypes as readonly string[]).includes(t);

/** The declaration as the CAF pre-fills it from the persona's `dtr.pre_rempli`. */
export function initialDtr(p: CafPersona): DtrState {
  const empty = () => ({ m1: [], m2: [], m3: [] }) as Record<DtrMonth, DtrLine[]>;
  const lines: DtrLines = { vous: empty(), conjoint: empty() };
  for (const member of dtrMembersOf(p)) {
    for (const month of dtrMonths) {
      for (const [type, raw] of Object.entries(p.dtr.pre_rempli?.[member]?.[month] ?? {})) {
        const cents = parseAmount(String(raw));
        if (!isResourceType(type) || cents === null) {
          throw new Error(
            `dtr.pre_rempli.${member}.${month}.${type}: use a type among ${dtrResourceTypes.join(', ')} and an amount such as "1012,40" (got "${raw}").`,
          );
        }
        lines[member][month].push({ type, cents, prefilled: cents });
      }
    }
  }
  return { lines, submitted: null };
}

/** Whether `member` already has a line of `type` in `month`. */
export function hasLine(state: DtrState, member: DtrMember, month: DtrMonth, type: DtrResourceType): boolean {
  return state.lines[member][month].some((line) => line.type === type);
}

/** `ajoute` for an added line, `modifie` for a changed pre-filled one, else `null`. */
export function lineChange(line: DtrLine): 'ajoute' | 'modifie' | null {
  if (line.prefilled === null) return 'ajoute';
  return line.cents === line.prefilled ? null : 'modifie';
}

function withLines(state: DtrState, member: DtrMember, month: DtrMonth, lines: DtrLine[]): DtrState {
  return { ...state, lines: { ...state.lines, [member]: { ...state.lines[member], [month]: lines } } };
}

/** Applies a learner's change; adding a type already listed changes its amount instead. */
export function dtrReducer(state: DtrState, action: DtrAction): DtrState {
  if (action.type === 'submit') return { ...state, submitted: { reference: action.reference, at: action.at } };
  const { member, month, resource, cents } = action;
  const current = state.lines[member][month];
  if (hasLine(state, member, month, resource)) {
    return withLines(
      state,
      member,
      month,
      current.map((line) => (line.type === resource ? { ...line, cents } : line)),
    );
  }
  if (action.type === 'modify') return state;
  return withLines(state, member, month, [...current, { type: resource, cents, prefilled: null }]);
}
