/**
 * A small drawing of what to look for on the site: the step's target drawn as a look-alike of
 * its control (a button, a field, a list, a box to tick…) with the words written on it. Made in
 * CSS, black on white, so that it prints; it is no screenshot of the site. Screen readers read
 * the target's full label instead.
 */
import { useTranslation } from 'react-i18next';
import type { StepData } from '../../lesson/types.ts';
import { targetSketch } from './targetSketch.ts';

/** The look-alike of `step`'s target, introduced by « Cherchez : ». */
export function TargetDrawing({ step, lang }: { step: Pick<StepData, 'targetLabel' | 'action'>; lang: string }) {
  const { t } = useTranslation();
  const sketch = targetSketch(step.targetLabel, step.action);
  return (
    <p className="target-drawing">
      <span className="target-drawing-intro">{t('advisor.handouts.lesson.lookFor')}</span>{' '}
      <span className="visually-hidden" lang={lang}>
        {step.targetLabel}
      </span>
      <span className={`sketch sketch-${sketch.kind}`} lang={lang} data-kind={sketch.kind} aria-hidden="true">
        {sketch.kind === 'checkbox' && <span className="sketch-box" />}
        {sketch.kind === 'choice' && <span className="sketch-radio" />}
        <span className="sketch-text">{sketch.text}</span>
        {sketch.kind === 'list' && <span className="sketch-arrow">▾</span>}
      </span>
      {sketch.detail && (
        <span className="sketch-detail" lang={lang} aria-hidden="true">
          {' '}
          {sketch.detail}
        </span>
      )}
    </p>
  );
}
