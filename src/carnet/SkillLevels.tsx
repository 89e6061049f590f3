/**
 * « Ce que je sais faire »: each skill the learner has met, in catalogue order, with its level
 * (staircase and name) and why, in plain words; and a legend of the four levels.
 */
import { useTranslation } from 'react-i18next';
import type { SkillState } from '../engine/learner/learnerModel.ts';
import { levelIndex } from '../engine/learner/levelIndex.ts';
import { levels } from '../engine/learner/types.ts';
import { LevelSteps } from './LevelSteps.tsx';
import { skillLabel, type SkillLabel } from './texts.ts';

export interface SkillLevelsProps {
  /** The skills to show, in the order to show them. */
  states: SkillState[];
  /** The skill catalogue, for the labels. */
  skills: SkillLabel[];
}

/** The learner's skills with their level and its explanation. */
export function SkillLevels({ states, skills }: SkillLevelsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  return (
    <section className="carnet-section" aria-labelledby="carnet-skills">
      <h2 id="carnet-skills">{t('carnet.skills.title')}</h2>
      <p id="carnet-legend">{t('carnet.skills.legend')}</p>
      <ol className="level-legend" aria-labelledby="carnet-legend">
        {levels.map((level) => (
          <li key={level}>
            <LevelSteps level={level} />
            {t(`levels.${level}`)}
          </li>
        ))}
      </ol>
      <ul className="skill-list">
        {states.map((state) => {
          const index = levelIndex(state.level) + 1;
          return (
            <li key={state.skill} className={`skill-item level-${state.level}`}>
              <h3>
                {skillLabel(
                  skills.find((s) => s.id === state.skill),
                  state.skill,
                  language,
                )}
              </h3>
              <p className="skill-level">
                <LevelSteps level={state.level} />
                <strong>{t(`levels.${state.level}`)}</strong>
                <span className="visually-hidden">
                  {', '}
                  {t('levels.step', { index, total: levels.length })}
                </span>
              </p>
              <p className="skill-explanation">
                {t(`levels.explanation.${state.explanation.key}`, state.explanation.params)}
                {state.explanation.restored && <> {t('levels.restored')}</>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
