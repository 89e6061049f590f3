/**
 * « Mon carnet »: what the learner can do (each skill's level and why), the lessons done (mode,
 * help used) and what to do next. Pure props: the app wires it to the progress store.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { learnerModel, nextLessons } from '../engine/learner/learnerModel.ts';
import type { Baseline, RunRecord } from '../engine/learner/types.ts';
import type { LessonEntry } from '../lesson/types.ts';
import { LessonsDone } from './LessonsDone.tsx';
import { NextSteps } from './NextSteps.tsx';
import { SkillLevels } from './SkillLevels.tsx';
import type { SkillLabel } from './texts.ts';
import './carnet.css';

export interface CarnetPageProps {
  /** The finished lesson runs on this computer. */
  runs: RunRecord[];
  /** Levels restored from a progress code, if any. */
  baseline?: Baseline;
  /** The lesson catalogue. */
  lessons: LessonEntry[];
  /** The skill catalogue, in its stable order (the order skills are listed in). */
  skills: SkillLabel[];
  /** Lessons done on another computer, from a progress code's QR code (default: none). */
  restoredLessons?: readonly string[];
}

/** The learner's record page (`/carnet`). */
export function CarnetPage({ runs, baseline, lessons, skills, restoredLessons = [] }: CarnetPageProps) {
  const { t } = useTranslation();
  const title = t('carnet.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const model = learnerModel(runs, baseline);
  const order = new Map(skills.map((skill, index) => [skill.id, index]));
  const states = Object.values(model.skills).sort(
    (a, b) => (order.get(a.skill) ?? Infinity) - (order.get(b.skill) ?? Infinity) || a.skill.localeCompare(b.skill),
  );
  const next = nextLessons(lessons, runs, model, 3, restoredLessons);
  const empty = runs.length === 0 && states.length === 0;
  return (
    <div className="page carnet">
      <h1>{t('carnet.title')}</h1>
      <p className="lead">{empty ? t('carnet.empty') : t('carnet.intro')}</p>
      {(next.length > 0 || runs.length > 0) && <NextSteps next={next} lessons={lessons} />}
      {states.length > 0 && <SkillLevels states={states} skills={skills} />}
      {(runs.length > 0 || restoredLessons.length > 0) && (
        <LessonsDone runs={runs} lessons={lessons} before={restoredLessons} />
      )}
    </div>
  );
}
