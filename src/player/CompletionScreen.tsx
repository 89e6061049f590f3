/**
 * The end of a lesson: « Bravo ! », the mission accomplished, a summary of how the steps were
 * done (without help, corrected after a mistake, with hints, shown; and how many values were
 * left wrong, if any), and the way on (start again, back to the lessons). Focus moves to its
 * heading.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UnitEvidence } from '../engine/evidence.ts';
import { stepHelps } from '../engine/learner/learnerModel.ts';
import type { CompiledLesson } from '../lesson/types.ts';
import { summarise } from './summarise.ts';

export interface CompletionScreenProps {
  lesson: CompiledLesson;
  evidence: Readonly<Record<string, UnitEvidence>>;
  /** Starts the lesson again from the beginning. */
  onRestart(): void;
}

/** What the learner sees once the lesson is done. */
export function CompletionScreen({ lesson, evidence, onRestart }: CompletionScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = summarise(evidence);
  return (
    <section className="completion page" aria-labelledby="completion-title">
      <h1 id="completion-title" ref={heading} tabIndex={-1}>
        {t('completion.title')}
      </h1>
      <p className="completion-goal">
        {t('completion.goal')} <strong {...textLanguage(lesson.meta.locale)}>{lesson.meta.goal}</strong>
      </p>
      <h2>{t('completion.summary')}</h2>
      <ul className="completion-summary">
        {stepHelps.map((help) => (
          <li key={help}>{t(`stepsDone.${help}`, { count: summary[help] })}</li>
        ))}
      </ul>
      {summary.leftWrong > 0 && (
        <p className="completion-left-wrong">
          <strong>{t('stepsDone.leftWrong', { count: summary.leftWrong })}</strong>
        </p>
      )}
      <p className="completion-actions">
        <button type="button" className="button primary" onClick={onRestart}>
          {t('completion.restart')}
        </button>
        <Link href="/carnet" className="button">
          {t('completion.carnet')}
        </Link>
        <Link href="/" className="button">
          {t('completion.back')}
        </Link>
      </p>
    </section>
  );
}
