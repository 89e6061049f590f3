/**
 * The presenter's side of the sync: its position (kept for the tab, so a reload takes it up),
 * broadcast at each move with a growing revision, and sent again to any projector of the session
 * that says hello. Also keeps when the session and the current segment started, for the timers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { keepPresenter, readPresenter, type PresenterKept } from './positionStore.ts';
import { openSyncChannel, type SyncChannel } from './syncChannel.ts';
import { presenterReply, stateMessage, type SyncPosition } from './syncProtocol.ts';

/** A new presenter id: one per tab and session, so that revisions of two presenters never mix. */
function newPresenterId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function startKept(session: string, now: number): PresenterKept {
  return {
    state: stateMessage(session, newPresenterId(), 0, { segment: 0, step: 0 }),
    sessionStartedAt: now,
    segmentStartedAt: now,
  };
}

/** What the presenter page gets. */
export interface PresenterSync {
  position: SyncPosition;
  sessionStartedAt: number;
  segmentStartedAt: number;
  /** Goes to `to` (a new segment restarts the segment's timer) and tells the projector. */
  moveTo(to: SyncPosition): void;
}

/** The presenter's position in session `session`, synced with its projector windows. */
export function usePresenterSync(session: string, now: () => number = Date.now): PresenterSync {
  const [kept, setKept] = useState<PresenterKept>(() => readPresenter(session) ?? startKept(session, now()));
  const keptRef = useRef(kept);
  const channel = useRef<SyncChannel | null>(null);

  useEffect(() => {
    const open = openSyncChannel((data) => {
      const reply = presenterReply(keptRef.current.state, data);
      if (reply) open.post(reply);
    });
    channel.current = open;
    // A projector already open (the presenter was reloaded) follows at once.
    open.post(keptRef.current.state);
    return () => {
      channel.current = null;
      open.close();
    };
  }, []);

  useEffect(() => keepPresenter(kept), [kept]);

  const moveTo = useCallback(
    (to: SyncPosition) => {
      const before = keptRef.current;
      const next: PresenterKept = {
        ...before,
        state: stateMessage(session, before.state.presenter, before.state.revision + 1, to),
        segmentStartedAt: to.segment === before.state.position.segment ? before.segmentStartedAt : now(),
      };
      keptRef.current = next;
      setKept(next);
      channel.current?.post(next.state);
    },
    [session, now],
  );

  return {
    position: kept.state.position,
    sessionStartedAt: kept.sessionStartedAt,
    segmentStartedAt: kept.segmentStartedAt,
    moveTo,
  };
}
