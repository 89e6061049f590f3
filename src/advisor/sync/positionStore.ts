/**
 * The presenter's position kept in `sessionStorage` (this tab only): a reload of the presenter
 * takes it up, and the app's wipe, which clears storage, removes it. The projector keeps the last
 * state it followed the same way, to show it at once after a reload. A damaged value is ignored.
 */
import { z } from 'zod';
import { readMessage, type StateMessage } from './syncProtocol.ts';

/** What the presenter keeps: its last state, and when the session and the segment started (ms). */
export interface PresenterKept {
  state: StateMessage;
  sessionStartedAt: number;
  segmentStartedAt: number;
}

const kept = z.object({
  state: z.unknown(),
  sessionStartedAt: z.number(),
  segmentStartedAt: z.number(),
});

/** The storage key of the presenter's position in session `session`. */
export const presenterKey = (session: string) => `pas-a-pas.advisor.presenter.${session}`;
/** The storage key of the projector's last followed state in session `session`. */
export const projectorKey = (session: string) => `pas-a-pas.advisor.projector.${session}`;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // A full or locked storage: the position is simply not kept.
  }
}

/** The presenter's kept position in `session`, or `null`. */
export function readPresenter(session: string): PresenterKept | null {
  const parsed = kept.safeParse(readJson(presenterKey(session)));
  if (!parsed.success) return null;
  const state = readMessage(parsed.data.state);
  if (state?.type !== 'state' || state.session !== session) return null;
  return { state, sessionStartedAt: parsed.data.sessionStartedAt, segmentStartedAt: parsed.data.segmentStartedAt };
}

/** Keeps the presenter's position. */
export function keepPresenter(value: PresenterKept): void {
  write(presenterKey(value.state.session), value);
}

/** The last state the projector of `session` followed, or `null`. */
export function readProjector(session: string): StateMessage | null {
  const state = readMessage(readJson(projectorKey(session)));
  return state?.type === 'state' && state.session === session ? state : null;
}

/** Keeps the state the projector follows. */
export function keepProjector(state: StateMessage): void {
  write(projectorKey(state.session), state);
}
