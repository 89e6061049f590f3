/**
 * A level as a staircase of four steps, the reached ones filled: it reads by shape and count,
 * not only by colour. Decorative: the level's name is always written next to it.
 */
import { levelIndex } from '../engine/learner/levelIndex.ts';
import { levels, type Level } from '../engine/learner/types.ts';

/** The staircase of `level` (hidden from screen readers: pair it with the level's name). */
export function LevelSteps({ level }: { level: Level }) {
  const reached = levelIndex(level);
  return (
    <span className="level-steps" aria-hidden="true">
      {levels.map((step, index) => (
        <span key={step} className={index <= reached ? 'level-step reached' : 'level-step'} />
      ))}
    </span>
  );
}
