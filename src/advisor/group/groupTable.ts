/**
 * The group's table, from its learners' progress codes: each learner's levels (or why their code
 * cannot be read), their next lesson as « Mon carnet » recommends it, duplicates flagged, and what
 * the group has in common to work on. Pure: the page passes the catalogues.
 */
import {
  learnerModel,
  modes,
  nextLessons,
  type CatalogueEntry,
  type NextLesson,
} from '../../engine/learner/learnerModel.ts';
import { levelIndex } from '../../engine/learner/levelIndex.ts';
import type { Level } from '../../engine/learner/types.ts';
import type { Mode } from '../../lesson/types.ts';
import { decodeProgressCode, normaliseProgressCode, type ProgressCodeError } from '../../progress/progressCode.ts';
import { restoredBaseline } from '../../progress/restoredBaseline.ts';
import type { GroupLearner } from './groupStore.ts';

/** How a learner's code was read. */
export type RowStatus =
  | { ok: true; levels: Record<string, Level>; next: NextLesson | undefined }
  | { ok: false; error: ProgressCodeError; character?: string };

/** One learner's row. */
export interface GroupRow {
  learner: GroupLearner;
  status: RowStatus;
  /** Names of the other learners whose code is the same (readable codes only). */
  sameCodeAs: string[];
  /** Whether another learner has the same name (case and spaces aside). */
  sameName: boolean;
}

/** A skill most of the group has not mastered yet. */
export interface CommonSkill {
  skill: string;
  /** How many readable learners are not Autonome in it. */
  notYet: number;
}

/** What the group has in common to work on. */
export interface Together {
  /** Learners whose code could be read. */
  readable: number;
  /** Skills met by someone where more than half the readable learners are not Autonome, most first. */
  skills: CommonSkill[];
  /** The lesson most learners have among their next lessons, with the mode most of them need. */
  lesson?: { lessonId: string; mode: Mode; learners: number };
}

/** The group's table. */
export interface GroupTable {
  rows: GroupRow[];
  /** The skills shown as columns: those a readable learner has met (beyond Découverte), in catalogue order. */
  skills: string[];
  together: Together;
}

/** How many next lessons of each learner count for the lesson to do together. */
const NEXT_FOR_GROUP = 3;

const sameNameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');

/**
 * The group's table.
 * @param learners the stored learners, in the order they were added
 * @param skillIds the skill catalogue, in its order (`virtual:pas-a-pas/skills`)
 * @param catalogue the lesson catalogue (`virtual:pas-a-pas/lessons`)
 */
export function groupTable(
  learners: readonly GroupLearner[],
  skillIds: readonly string[],
  catalogue: readonly CatalogueEntry[],
): GroupTable {
  const nextOf = new Map<string, NextLesson[]>();
  const decoded = learners.map((learner) => {
    const result = decodeProgressCode(learner.code, skillIds);
    if (!result.ok) {
      const status: RowStatus = {
        ok: false,
        error: result.error,
        ...(result.character === undefined ? {} : { character: result.character }),
      };
      return { learner, status };
    }
    const model = learnerModel([], restoredBaseline(result.levels, 0));
    const next = nextLessons(catalogue, [], model, NEXT_FOR_GROUP, learner.lessons);
    nextOf.set(learner.id, next);
    const status: RowStatus = { ok: true, levels: result.levels, next: next[0] };
    return { learner, status };
  });

  const readable = decoded.filter((row) => row.status.ok);
  const codeKey = (learner: GroupLearner) => normaliseProgressCode(learner.code);
  const rows: GroupRow[] = decoded.map(({ learner, status }) => ({
    learner,
    status,
    sameCodeAs: status.ok
      ? readable
          .filter((other) => other.learner.id !== learner.id && codeKey(other.learner) === codeKey(learner))
          .map((other) => other.learner.name)
      : [],
    sameName: learners.some(
      (other) => other.id !== learner.id && sameNameKey(other.name) === sameNameKey(learner.name),
    ),
  }));

  const levelsOf = readable.map((row) => (row.status.ok ? row.status.levels : {}));
  const skills = skillIds.filter((skill) =>
    levelsOf.some((levels) => (levels[skill] ?? 'decouverte') !== 'decouverte'),
  );
  const commonSkills = skills
    .map((skill) => ({
      skill,
      notYet: levelsOf.filter((levels) => levelIndex(levels[skill] ?? 'decouverte') < levelIndex('autonome')).length,
    }))
    .filter((entry) => entry.notYet * 2 > readable.length)
    .sort((a, b) => b.notYet - a.notYet || skillIds.indexOf(a.skill) - skillIds.indexOf(b.skill));

  return { rows, skills, together: { readable: readable.length, skills: commonSkills, lesson: lessonTogether() } };

  /**
   * The lesson most readable learners have among their next ones (not counting a learner already
   * Autonome in all its skills); ties: more common skills, then catalogue order.
   */
  function lessonTogether(): Together['lesson'] {
    const common = new Set(commonSkills.map((entry) => entry.skill));
    const candidates = catalogue
      .map((entry, index) => {
        // A learner Autonome in every skill of the lesson has nothing to learn from it with the group.
        const picks = readable.flatMap(({ learner, status }) => {
          const levels = status.ok ? status.levels : {};
          if (entry.skills.every((skill) => levels[skill] === 'autonome')) return [];
          return (nextOf.get(learner.id) ?? []).filter((item) => item.lessonId === entry.id);
        });
        const covered = entry.skills.filter((skill) => common.has(skill)).length;
        return { entry, index, picks, covered };
      })
      .filter((candidate) => candidate.picks.length > 0)
      .sort((a, b) => b.picks.length - a.picks.length || b.covered - a.covered || a.index - b.index);
    const best = candidates[0];
    if (!best) return undefined;
    const count = (mode: Mode) => best.picks.filter((pick) => pick.mode === mode).length;
    // The mode most of them need; on a tie, the one with more help (modes go from the most help).
    const mode = [...modes].sort((a, b) => count(b) - count(a) || modes.indexOf(a) - modes.indexOf(b))[0] ?? 'watch';
    return { lessonId: best.entry.id, mode, learners: best.picks.length };
  }
}
