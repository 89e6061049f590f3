/**
 * The level of one skill from its outcomes, in time order: each new outcome moves the level as
 * the table of docs/independence.md says (« What each result does »). Also the explanation of
 * the level, as an i18n key under `levels.explanation.*` with its parameters.
 */
import { dayKey } from './dayKey.ts';
import { levelIndex } from './levelIndex.ts';
import type { Outcome } from './outcome.ts';
import type { Level } from './types.ts';

/** One outcome of a skill: one lesson run, or a past run stood for by a progress code. */
export interface OutcomeEntry {
  outcome: Outcome;
  /** When the run ended (ms since the epoch). */
  at: number;
  /** The lesson of the run (`''` for an outcome restored from a progress code). */
  lessonId: string;
  /** A `shown` outcome that only comes from choosing « Je regarde » (no « Montre-moi », no advisor). */
  watched: boolean;
  /** Stands for past runs restored from a progress code (`Baseline`). */
  restored: boolean;
}

/** The explanations of a level, each a key under `levels.explanation.*` (docs/independence.md). */
export type ExplanationKey =
  | 'decouverte'
  | 'decouverteVu'
  | 'avecAide'
  | 'avecAideRevu'
  | 'avecAideErreur'
  | 'presqueSeul'
  | 'presqueSeulAide'
  | 'autonome';

/** The level each explanation belongs to. */
export const explanationLevel: Readonly<Record<ExplanationKey, Level>> = {
  decouverte: 'decouverte',
  decouverteVu: 'decouverte',
  avecAide: 'avec-aide',
  avecAideRevu: 'avec-aide',
  avecAideErreur: 'avec-aide',
  presqueSeul: 'presque-seul',
  presqueSeulAide: 'presque-seul',
  autonome: 'autonome',
};

/**
 * Why a skill is at its level, in plain words once translated:
 * `t(\`levels.explanation.${key}\`, params)`.
 * - `decouverte`: not tried yet; `decouverteVu` `{ count }`: seen `count` times, never done;
 * - `avecAide` `{ count }`: done in Guided mode (`count` times in all); `avecAideRevu`: done
 *   before, but the last time it had to be shown (« Montre-moi », an advisor);
 *   `avecAideErreur`: the last time, a value was left wrong at the end of the lesson;
 * - `presqueSeul` `{ count }`: done alone, without help, `count` times, all on one day;
 *   `presqueSeulAide`: the last time, done alone but with a hint or after many wrong actions;
 * - `autonome` `{ count, days, lessons }`: done alone, without help, `count` times since help
 *   was last needed, on `days` different days, in `lessons` different lessons (a progress
 *   code counts as one).
 */
export interface Explanation {
  key: ExplanationKey;
  params: Record<string, string | number>;
  /** The outcome that set the level comes from a progress code, not from a run on this computer. */
  restored: boolean;
}

/** What `skillLevel()` finds. */
export interface SkillLevel {
  level: Level;
  explanation: Explanation;
}

const distinct = (values: readonly string[]) => new Set(values).size;

/**
 * The level of a skill and its explanation, from its outcomes (sorted here by `at`; equal
 * times keep their order). What each outcome does:
 * - `shown`: before the learner has done the skill themselves, it stays Découverte (seen);
 *   after, « Montre-moi » or an advisor brings it back to Avec aide, while a run merely
 *   watched (« Je regarde », chosen) changes nothing;
 * - `leftWrong`: Avec aide, from any level (a way up from Découverte, down from Presque seul
 *   or Autonome): a lesson that ends with a wrong value cannot count for more;
 * - `guided`: Avec aide, unless the skill is already Presque seul or Autonome (then nothing:
 *   a lesson is guided because of its weakest skill, which says nothing about this one);
 * - `hinted`: Presque seul (a way up, or down from Autonome);
 * - `alone`: Autonome once the `alone` outcomes since help was last needed fall on two
 *   different calendar days, else Presque seul.
 */
export function skillLevel(entries: readonly OutcomeEntry[]): SkillLevel {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  let key: ExplanationKey = 'decouverte';
  let decidedBy: OutcomeEntry | undefined;
  let seen = 0;
  let guided = 0;
  let streak: OutcomeEntry[] = [];
  for (const entry of sorted) {
    const level = explanationLevel[key];
    switch (entry.outcome) {
      case 'shown':
        if (level === 'decouverte') {
          seen += 1;
          key = 'decouverteVu';
        } else if (entry.watched) {
          continue;
        } else {
          key = 'avecAideRevu';
          streak = [];
        }
        break;
      case 'leftWrong':
        key = 'avecAideErreur';
        streak = [];
        break;
      case 'guided':
        guided += 1;
        if (levelIndex(level) >= levelIndex('presque-seul')) continue;
        key = 'avecAide';
        break;
      case 'hinted':
        key = 'presqueSeulAide';
        streak = [];
        break;
      case 'alone':
        streak.push(entry);
        key = distinct(streak.map((e) => dayKey(e.at))) >= 2 ? 'autonome' : 'presqueSeul';
        break;
    }
    decidedBy = entry;
  }
  const params: Record<ExplanationKey, Explanation['params']> = {
    decouverte: {},
    decouverteVu: { count: seen },
    avecAide: { count: guided },
    avecAideRevu: {},
    avecAideErreur: {},
    presqueSeul: { count: streak.length },
    presqueSeulAide: {},
    autonome: {
      count: streak.length,
      days: distinct(streak.map((e) => dayKey(e.at))),
      lessons: distinct(streak.map((e) => e.lessonId)),
    },
  };
  return {
    level: explanationLevel[key],
    explanation: { key, params: params[key], restored: decidedBy?.restored ?? false },
  };
}
