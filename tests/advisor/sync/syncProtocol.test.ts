// @vitest-environment node
/**
 * The presenter ↔ projector protocol as pure functions: a projector follows its session's
 * presenter, newest revision first; stale, foreign-session and malformed messages change nothing;
 * the presenter answers a projector's hello with its current state.
 */
import { describe, expect, it } from 'vitest';
import {
  helloMessage,
  presenterReply,
  projectorReceive,
  projectorSync,
  readMessage,
  stateMessage,
} from '../../../src/advisor/sync/syncProtocol.ts';

const state = (revision: number, segment: number, step = 0, presenter = 'tab-a', session = 'caf-declarer') =>
  stateMessage(session, presenter, revision, { segment, step });

describe('readMessage', () => {
  it('reads hello and state messages', () => {
    expect(readMessage({ type: 'hello', session: 'caf-declarer' })).toEqual(helloMessage('caf-declarer'));
    expect(readMessage(JSON.parse(JSON.stringify(state(3, 2, 4))))).toEqual(state(3, 2, 4));
  });

  it.each([
    ['null', null],
    ['a string', 'state'],
    ['an unknown type', { type: 'bye', session: 'caf-declarer' }],
    ['a hello without a session', { type: 'hello' }],
    ['a state without a position', { type: 'state', session: 's', presenter: 'p', revision: 1 }],
    ['a negative step', { ...state(1, 0), position: { segment: 0, step: -1 } }],
    ['a fractional revision', { ...state(1, 0), revision: 1.5 }],
    ['a segment given as text', { ...state(1, 0), position: { segment: '1', step: 0 } }],
  ])('refuses %s', (_, data) => {
    expect(readMessage(data)).toBeNull();
  });
});

describe('the projector', () => {
  it('has no position until the presenter speaks', () => {
    expect(projectorSync('caf-declarer').last).toBeNull();
  });

  it('follows each newer state of its presenter', () => {
    let sync = projectorSync('caf-declarer');
    sync = projectorReceive(sync, state(1, 0));
    sync = projectorReceive(sync, state(2, 1));
    sync = projectorReceive(sync, state(3, 1, 2));
    expect(sync.last?.position).toEqual({ segment: 1, step: 2 });
  });

  it('ignores a state older than, or as old as, the last one from the same presenter', () => {
    const followed = projectorReceive(projectorSync('caf-declarer'), state(5, 3));
    expect(projectorReceive(followed, state(4, 1))).toBe(followed);
    expect(projectorReceive(followed, state(5, 2))).toBe(followed);
  });

  it('ignores another session, malformed data and hellos', () => {
    const followed = projectorReceive(projectorSync('caf-declarer'), state(1, 1));
    expect(projectorReceive(followed, state(9, 4, 0, 'tab-a', 'impots-declarer'))).toBe(followed);
    expect(projectorReceive(followed, { type: 'state', session: 'caf-declarer' })).toBe(followed);
    expect(projectorReceive(followed, 'next')).toBe(followed);
    expect(projectorReceive(followed, helloMessage('caf-declarer'))).toBe(followed);
  });

  it('follows a new presenter (another tab, or one started afresh) from its first revision', () => {
    const followed = projectorReceive(projectorSync('caf-declarer'), state(12, 4, 0, 'tab-a'));
    expect(projectorReceive(followed, state(0, 0, 0, 'tab-b')).last?.position).toEqual({ segment: 0, step: 0 });
  });

  it('starts from the state it kept before a reload, only for its own session', () => {
    expect(projectorSync('caf-declarer', state(7, 2)).last).toEqual(state(7, 2));
    expect(projectorSync('caf-declarer', state(7, 2, 0, 'tab-a', 'impots-declarer')).last).toBeNull();
    // Kept revision 7: an older one that arrives late is still ignored.
    const reloaded = projectorSync('caf-declarer', state(7, 2));
    expect(projectorReceive(reloaded, state(6, 1))).toBe(reloaded);
  });
});

describe('the presenter', () => {
  it('answers a hello of its session with its current state', () => {
    const current = state(4, 2, 3);
    expect(presenterReply(current, helloMessage('caf-declarer'))).toEqual(current);
  });

  it('answers nothing to another session, a state or malformed data', () => {
    const current = state(4, 2, 3);
    expect(presenterReply(current, helloMessage('impots-declarer'))).toBeNull();
    expect(presenterReply(current, state(9, 0))).toBeNull();
    expect(presenterReply(current, { type: 'hello' })).toBeNull();
    expect(presenterReply(current, undefined)).toBeNull();
  });
});
