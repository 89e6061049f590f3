/**
 * Real progress codes for the group tests: run records of real lessons, through the real learner
 * model and the real encoder, as « Mon carnet » makes them on a learner's computer.
 */
import { skills } from 'virtual:pas-a-pas/skills';
import { codeLevels } from '../../../src/progress/codeLevels.ts';
import { encodeProgressCode } from '../../../src/progress/progressCode.ts';
import type { RunRecord } from '../../../src/engine/learner/types.ts';
import { day, run } from '../../engine/learnerRuns.ts';

export const skillIds = skills.map((skill) => skill.id);

/** The code a learner with `runs` takes from « Mon code de progrès ». */
export const codeOf = (runs: RunRecord[]) => encodeProgressCode(codeLevels(runs, undefined, skillIds), skillIds);

const login = ['se-connecter', 'trouver-identifiant', 'code-unique', 'utiliser-messagerie', 'se-deconnecter'];
const all = (how: 'guided' | 'alone' | 'watched') => Object.fromEntries(login.map((skill) => [skill, how]));

/** « Me connecter à Mon Compte CAF » done once with the guide (On fait ensemble). */
export const guidedOnce = codeOf([run(day(1, 10), all('guided'), 'caf-se-connecter')]);
/** The same lesson guided, then twice alone without help on two days. */
export const aloneTwice = codeOf([
  run(day(1, 10), all('guided'), 'caf-se-connecter'),
  run(day(2, 10), all('alone'), 'caf-se-connecter'),
  run(day(3, 10), all('alone'), 'caf-se-connecter'),
]);
/** « Créer un mot de passe solide » done with the guide. */
export const passwordGuided = codeOf([
  run(
    day(1, 10),
    {
      'trouver-rubrique': 'guided',
      'repondre-oui-non': 'guided',
      'remplir-champ': 'guided',
      'creer-mot-de-passe': 'guided',
    },
    'mot-de-passe-solide',
  ),
]);

/** `code` with its last character changed: a typing mistake the checksum catches. */
export function mistyped(code: string): string {
  return code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
}
