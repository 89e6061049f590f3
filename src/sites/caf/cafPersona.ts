/**
 * The persona fields the CAF site reads (content/personas/<id>.yaml), typed, with a check that
 * names the missing field and the fix.
 */
import type { Persona } from '../../lesson/types.ts';
import type { DtrMember, DtrMonth } from './targets.ts';

/** Pre-filled amounts of one member: per month, resource type → amount (`"1012,40"`). */
export type PrefilledMonths = Partial<Record<DtrMonth, Record<string, string | number>>>;

/** What the CAF site needs of a persona. */
export interface CafPersona {
  prenom: string;
  email: string;
  /** The 15-character NIR of the Vitale card (a practice number). */
  nir?: string;
  /** The 13 first characters, the CAF login. */
  nir13: string;
  /** `couple` shows the partner's page of the declaration. */
  situation: string;
  caf: { mot_de_passe: string; prestation?: string };
  conjoint?: { prenom: string; nir?: string };
  dtr: {
    /** `juillet, août et septembre 2026`. */
    periode: string;
    /** `25/11/2026`. */
    date_limite: string;
    /** Month labels, oldest first: `Juillet 2026`… */
    mois: Record<DtrMonth, string>;
    pre_rempli?: Partial<Record<DtrMember, PrefilledMonths>>;
  };
}

const required = ['prenom', 'email', 'nir13', 'caf.mot_de_passe', 'dtr.periode', 'dtr.date_limite', 'dtr.mois.m1', 'dtr.mois.m2', 'dtr.mois.m3'];

function read(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** The persona as the CAF site reads it; throws naming the missing field and how to fix it. */
export function cafPersona(persona: Persona): CafPersona {
  for (const path of required) {
    if (read(persona, path) === undefined) {
      throw new Error(`The CAF practice site needs \`${path}\` in persona "${persona.id}": add it to content/personas/${persona.id}.yaml.`);
    }
  }
  return persona as unknown as CafPersona;
}

/** Whether the declaration has a page for the partner. */
export function isCouple(p: CafPersona): boolean {
  return p.situation === 'couple' && !!p.conjoint;
}

/** `a•••@messagerie-entrainement.fr`: the e-mail address as the site shows it, masked. */
export function maskedEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? email : `${email[0]}•••${email.slice(at)}`;
}
