/**
 * The inactivity timer, without React or the DOM: after `idleMs` with no activity it warns, counts
 * down `warningMs` second by second, then expires. Times are read from the clock, never
 * accumulated, so a throttled background tab or a computer waking from sleep expires on time:
 * late is never later than the deadline.
 */

/** The clock and timers (default: the global ones, which Vitest's fake timers replace). */
export interface InactivityClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Where the timer stands. */
export type InactivityPhase =
  { phase: 'waiting' } | { phase: 'counting' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/** Options of `createInactivityTimer`. */
export interface InactivityTimerOptions {
  /** Time without activity before the warning, in ms. */
  idleMs: number;
  /** Length of the warning's countdown, in ms (default: 60 000). */
  warningMs?: number;
  /** Start counting only at the first activity: a computer nobody touches is left alone (default: false). */
  waitForActivity?: boolean;
  /** Called on every change of phase and every second of the countdown. */
  onChange(state: InactivityPhase): void;
  /** Called once, when the countdown reaches zero. */
  onExpire(): void;
  /** (default: `Date.now` and the global timers) */
  clock?: InactivityClock;
}

/** The controls of an inactivity timer. */
export interface InactivityTimer {
  /** Someone did something (ignored during the warning: only `stillHere` ends it). */
  activity(): void;
  /** « Je suis encore là »: ends the warning and counts again from now. */
  stillHere(): void;
  /** Checks the deadlines now (the tab became visible again). */
  check(): void;
  /** Stops every timer. */
  dispose(): void;
}

/**
 * The longest delay a browser timer keeps (2^31 − 1 ms, about 24.8 days): above it, it fires at
 * once. A longer wait is cut into such delays; each wake checks the clock and sleeps again.
 */
const longestTimerMs = 2 ** 31 - 1;

const globalClock: InactivityClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Creates and starts an inactivity timer. */
export function createInactivityTimer({
  idleMs,
  warningMs = 60_000,
  waitForActivity = false,
  onChange,
  onExpire,
  clock = globalClock,
}: InactivityTimerOptions): InactivityTimer {
  let phase: InactivityPhase['phase'] = 'waiting';
  let lastActivity = clock.now();
  let timer: unknown;
  let lastSeconds = -1;

  const schedule = (ms: number) => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        check();
      },
      Math.min(longestTimerMs, Math.max(0, ms)),
    );
  };

  const check = () => {
    if (phase !== 'counting' && phase !== 'warning') return;
    const now = clock.now();
    const warnAt = lastActivity + idleMs;
    const deadline = warnAt + warningMs;
    if (phase === 'counting' && now < warnAt) return schedule(warnAt - now);
    if (now >= deadline) {
      phase = 'expired';
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      onChange({ phase: 'expired' });
      onExpire();
      return;
    }
    phase = 'warning';
    const left = deadline - now;
    const secondsLeft = Math.ceil(left / 1000);
    if (secondsLeft !== lastSeconds) {
      lastSeconds = secondsLeft;
      onChange({ phase: 'warning', secondsLeft });
    }
    // Wake when the shown number of seconds drops, or at the deadline.
    schedule(left - (secondsLeft - 1) * 1000);
  };

  const start = () => {
    phase = 'counting';
    lastActivity = clock.now();
    lastSeconds = -1;
    onChange({ phase: 'counting' });
    schedule(idleMs);
  };

  if (!waitForActivity) start();

  return {
    activity() {
      if (phase === 'waiting') start();
      else if (phase === 'counting') lastActivity = clock.now(); // the pending timer re-arms itself
    },
    stillHere() {
      if (phase === 'warning' || phase === 'counting') start();
    },
    check,
    dispose() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      phase = 'expired';
    },
  };
}
