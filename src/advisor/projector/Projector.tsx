/**
 * The projector window of a loaded session, in large type for a room: the presenter's segment
 * title and its questions (never the answers, never the advisor's notes), and in a lesson segment
 * the real player in « Je regarde », led to the presenter's step. Going back within a lesson
 * plays it again from the start up to that step.
 */
import { textLanguage } from '../../i18n/textLanguage.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson } from '../../lesson/types.ts';
import { Player } from '../../player/Player.tsx';
import { SessionText } from '../SessionText.tsx';
import type { CompiledSession } from '../sessionTypes.ts';
import type { SyncPosition } from '../sync/syncProtocol.ts';
import './projector.css';

export interface ProjectorProps {
  session: CompiledSession;
  lessons: Readonly<Record<string, CompiledLesson>>;
  /** The presenter's position, `null` until it speaks. */
  at: SyncPosition | null;
  /** How long Watch mode's pointer travels (default: the player's). */
  watchTravelMs?: number;
}

/** What the group sees. */
export function Projector({ session, lessons, at, watchTravelMs }: ProjectorProps) {
  const { t } = useTranslation();
  // A step before the one already asked for, or a restart, needs a fresh run of the lesson.
  const [played, setPlayed] = useState({ segment: -1, step: 0, run: 0 });
  if (at && (played.segment !== at.segment || played.step !== at.step)) {
    const back = played.segment === at.segment && at.step < played.step;
    setPlayed({ segment: at.segment, step: at.step, run: back ? played.run + 1 : played.run });
  }
  const segment = at ? session.segments[Math.min(at.segment, session.segments.length - 1)] : undefined;
  if (!at || !segment) {
    return (
      <div className="page projector">
        <h1 {...textLanguage(session.meta.locale)}>{session.meta.title}</h1>
        <p role="status">{t('advisor.presenter.projector.waiting')}</p>
      </div>
    );
  }
  const lesson = segment.lesson ? lessons[segment.lesson] : undefined;
  // In a lesson segment, the lesson comes first: the questions follow it.
  const asks = segment.asks.length > 0 && (
    <section className="projector-asks" aria-labelledby="projector-asks">
      <h2 id="projector-asks">{t('advisor.presenter.projector.asks')}</h2>
      <ul>
        {segment.asks.map((ask) => (
          <SessionText key={ask.slot} session={session} slot={ask.slot} as="li" />
        ))}
      </ul>
    </section>
  );
  return (
    <div className={`page projector${segment.lesson ? ' projector-lesson' : ''}`}>
      <h1 {...textLanguage(session.meta.locale)}>{segment.title}</h1>
      {!segment.lesson && asks}
      {segment.lesson &&
        (lesson ? (
          <Player
            key={`${at.segment}-${played.run}`}
            lesson={lesson}
            mode="watch"
            watchUntil={at.step}
            onRestart={() => setPlayed((p) => ({ ...p, run: p.run + 1 }))}
            {...(watchTravelMs === undefined ? {} : { watchTravelMs })}
          />
        ) : (
          <p role="alert">{t('advisor.presenter.projector.lessonMissing', { id: segment.lesson })}</p>
        ))}
      {segment.lesson && asks}
    </div>
  );
}
