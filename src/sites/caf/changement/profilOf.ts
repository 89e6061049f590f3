/**
 * What « Mon profil » shows: the persona's address, family and children (content/personas), with
 * the changes declared since (the latest move's address, children born, a partner, a new job).
 */
import * as z from 'zod/mini';
import type { Persona } from '../../../lesson/types.ts';
import type { SentChangement } from './changementReducer.ts';

const personaPart = z.looseObject({
  nom: z.optional(z.string()),
  adresse: z.optional(z.string()),
  situation: z.optional(z.string()),
  conjoint: z.optional(z.looseObject({ prenom: z.optional(z.string()), nom: z.optional(z.string()) })),
  enfants: z.optional(z.array(z.looseObject({ prenom: z.string(), naissance: z.optional(z.string()) }))),
});

/** Mon profil's content. */
export interface Profil {
  adresse: string;
  /** `En couple avec Karim Benali`, `Seul(e)`. */
  situation: string;
  enfants: { prenom: string; naissance: string }[];
  /** The latest job declared, `Supermarché… depuis le 02/11/2026`. */
  activite: string | null;
}

/** The persona's address before any move declared here. */
export function initialAddress(persona: Persona): string {
  const read = personaPart.safeParse(persona);
  return read.success ? (read.data.adresse ?? '') : '';
}

/** Mon profil for `persona` after the declarations `sent` (newest first). */
export function profilOf(persona: Persona, sent: readonly SentChangement[]): Profil {
  const read = personaPart.safeParse(persona);
  const p = read.success ? read.data : {};
  const oldestFirst = [...sent].reverse();
  let adresse = p.adresse ?? '';
  let situation =
    p.situation === 'couple'
      ? `En couple${p.conjoint?.prenom ? ` avec ${p.conjoint.prenom} ${p.conjoint.nom ?? ''}` : ''}`
      : 'Seul(e)';
  const enfants = (p.enfants ?? []).map((e) => ({ prenom: e.prenom, naissance: e.naissance ?? '' }));
  let activite: string | null = null;
  for (const s of oldestFirst) {
    const d = s.details;
    if (s.type === 'demenagement') adresse = `${d.adresse ?? ''}, ${d.codePostal ?? ''} ${d.commune ?? ''}`;
    if (s.type === 'naissance') enfants.push({ prenom: d.prenoms ?? '', naissance: d.date ?? '' });
    if (s.type === 'couple') situation = `En couple avec ${d.prenom ?? ''} ${d.nom ?? ''} depuis le ${d.date ?? ''}`;
    if (s.type === 'emploi') activite = `${d.employeur ?? ''}, depuis le ${d.date ?? ''}`;
  }
  return { adresse: adresse.trim(), situation: situation.trim(), enfants, activite };
}
