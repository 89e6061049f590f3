/** A segment as the advisor reads it: what to say, the questions for the group with good answers, the checklist. */
import { useTranslation } from 'react-i18next';
import type { CompiledSession, SessionSegment } from '../sessionTypes.ts';
import { SessionText } from '../SessionText.tsx';

export interface SegmentNotesProps {
  session: CompiledSession;
  segment: SessionSegment;
}

/** What to say, ask and check in `segment`. */
export function SegmentNotes({ session, segment }: SegmentNotesProps) {
  const { t } = useTranslation();
  return (
    <>
      {segment.text && (
        <div className="presenter-say">
          <h3>{t('advisor.presenter.say')}</h3>
          <SessionText session={session} slot={segment.slot} />
        </div>
      )}
      {segment.asks.length > 0 && (
        <div className="presenter-asks">
          <h3>{t('advisor.presenter.asks')}</h3>
          <ul>
            {segment.asks.map((ask) => (
              <li key={ask.slot}>
                <SessionText session={session} slot={ask.slot} className="presenter-ask" />
                <div className="presenter-answer">
                  <strong>{t('advisor.presenter.answer')}</strong>
                  <SessionText session={session} slot={ask.answerSlot} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {segment.checklist.length > 0 && (
        <div className="presenter-checklist">
          <h3>{t('advisor.presenter.checklist')}</h3>
          <ul>
            {segment.checklist.map((check) => (
              <SessionText key={check.slot} session={session} slot={check.slot} as="li" />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
