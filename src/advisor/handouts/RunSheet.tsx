/**
 * The advisor's run sheet of a session: title, audience, duration, what to prepare, then each
 * segment with its times from 0 (« 0:10 – 0:30 »), its length, its lesson and mode, what to
 * say, the questions for the group with their good answers, and a checklist with boxes to tick
 * on paper.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useTranslation } from 'react-i18next';
import { findLesson, textsOf } from '../../app/catalogue.ts';
import type { CompiledSession, SessionSegment } from '../sessionTypes.ts';
import { segmentTimes } from './segmentTimes.ts';
import { SessionText } from '../SessionText.tsx';

/** The run sheet of a compiled session. */
export function RunSheet({ session }: { session: CompiledSession }) {
  const { t } = useTranslation();
  const { meta, segments } = session;
  const times = segmentTimes(segments.map((segment) => segment.duration));
  return (
    <>
      <p className="handout-kind">{t('advisor.handouts.run.kind')}</p>
      <h1 {...textLanguage(meta.locale)}>{meta.title}</h1>
      <p>
        <strong>{t('advisor.handouts.run.audience')}</strong>{' '}
        <span {...textLanguage(meta.locale)}>{meta.audience}</span>
      </p>
      <p>{t('advisor.handouts.run.duration', { count: meta.duration })}</p>
      <section aria-labelledby="deroule-preparer" className="run-prepare">
        <h2 id="deroule-preparer">{t('advisor.handouts.run.prepare')}</h2>
        <ul className="paper-checklist" {...textLanguage(meta.locale)}>
          {meta.prepare.map((item, index) => (
            <li key={index}>
              <span className="paper-box" aria-hidden="true" />
              {item}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="deroule-segments">
        <h2 id="deroule-segments">{t('advisor.handouts.run.segments')}</h2>
        <ol className="run-segments">
          {segments.map((segment, index) => (
            <SegmentItem key={segment.id} session={session} segment={segment} time={times[index]?.label ?? ''} />
          ))}
        </ol>
      </section>
    </>
  );
}

/** One segment of the run sheet. */
function SegmentItem({ session, segment, time }: { session: CompiledSession; segment: SessionSegment; time: string }) {
  const { t, i18n } = useTranslation();
  const entry = segment.lesson ? findLesson(segment.lesson) : undefined;
  const lessonTexts = entry && textsOf(entry, i18n.resolvedLanguage ?? 'fr');
  const headingId = `deroule-${segment.id}`;
  return (
    <li className="run-segment" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="run-time">{time}</span> <span {...textLanguage(session.meta.locale)}>{segment.title}</span>
      </h3>
      <p className="run-facts">
        <span>{t('advisor.handouts.run.minutes', { count: segment.duration })}</span>
        {segment.lesson && (
          <>
            {' · '}
            <span>
              {t('advisor.handouts.run.lesson')}{' '}
              <span {...textLanguage(lessonTexts?.locale)}>{lessonTexts?.title ?? segment.lesson}</span>
            </span>
            {' · '}
            <span>{t('advisor.handouts.run.mode', { mode: t(`modes.${segment.mode ?? 'watch'}`) })}</span>
          </>
        )}
      </p>
      {segment.text && (
        <div className="run-say">
          <h4>{t('advisor.handouts.run.say')}</h4>
          <SessionText session={session} slot={segment.slot} />
        </div>
      )}
      {segment.asks.length > 0 && (
        <div className="run-asks">
          <h4>{t('advisor.handouts.run.asks')}</h4>
          <ul>
            {segment.asks.map((ask) => (
              <li key={ask.slot}>
                <SessionText session={session} slot={ask.slot} className="run-ask" />
                <p className="run-answer-label">{t('advisor.handouts.run.goodAnswers')}</p>
                <SessionText session={session} slot={ask.answerSlot} className="run-answer" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {segment.checklist.length > 0 && (
        <div className="run-checklist">
          <h4>{t('advisor.handouts.run.checklist')}</h4>
          <ul className="paper-checklist">
            {segment.checklist.map((check) => (
              <li key={check.slot}>
                <span className="paper-box" aria-hidden="true" />
                <SessionText session={session} slot={check.slot} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
