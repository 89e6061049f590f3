/**
 * The group's store: a round trip through jsdom's real `localStorage`; a damaged document, one of a
 * newer version and a refusing browser are reported and never overwritten by reading; the app's
 * wipe (« Terminer et tout effacer ») erases it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_STORE_KEY, readGroup, writeGroup, type GroupLearner } from '../../../src/advisor/group/groupStore.ts';
import { browserEnvironment, wipeEverything } from '../../../src/progress/wipeEverything.ts';
import { FakeStorage } from '../../progress/fixtures.ts';
import { guidedOnce } from './groupCodes.ts';

const amina: GroupLearner = { id: 'a', name: 'Amina', code: guidedOnce, lessons: ['caf-se-connecter'] };
const karim: GroupLearner = { id: 'k', name: 'Karim', code: 'ABCD', lessons: [] };

afterEach(() => localStorage.clear());

describe('groupStore', () => {
  it('keeps the list under its own key, version 1, and reads it back as it was', () => {
    expect(readGroup(localStorage)).toEqual({ kind: 'ok', learners: [] });
    expect(writeGroup(localStorage, [amina, karim])).toBe(true);
    expect(JSON.parse(localStorage.getItem(GROUP_STORE_KEY)!)).toEqual({ version: 1, learners: [amina, karim] });
    expect(readGroup(localStorage)).toEqual({ kind: 'ok', learners: [amina, karim] });
  });

  it.each([
    ['not JSON', '{"version":1,"learners":['],
    ['not an object', '"hello"'],
    ['a learner without a name', JSON.stringify({ version: 1, learners: [{ ...amina, name: '' }] })],
    ['a name too long', JSON.stringify({ version: 1, learners: [{ ...amina, name: 'x'.repeat(41) }] })],
    ['no version', JSON.stringify({ learners: [] })],
    ['version 0', JSON.stringify({ version: 0, learners: [] })],
  ])('reports a damaged document (%s) and leaves it in place', (_, raw) => {
    localStorage.setItem(GROUP_STORE_KEY, raw);
    expect(readGroup(localStorage)).toEqual({ kind: 'damaged', raw });
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBe(raw);
  });

  it('reports a document of a newer version with its number, and leaves it in place', () => {
    const raw = JSON.stringify({ version: 2, people: [{ nickname: 'Amina' }] });
    localStorage.setItem(GROUP_STORE_KEY, raw);
    expect(readGroup(localStorage)).toEqual({ kind: 'newer', version: 2, raw });
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBe(raw);
  });

  it('says so when the browser refuses to read or to write', () => {
    const storage = new FakeStorage();
    storage.refuseReads = true;
    expect(readGroup(storage)).toEqual({ kind: 'unavailable' });
    expect(readGroup(undefined)).toEqual({ kind: 'unavailable' });
    storage.refuseWrites = true;
    expect(writeGroup(storage, [amina])).toBe(false);
  });

  it('« Terminer et tout effacer » erases the group list', async () => {
    writeGroup(localStorage, [amina, karim]);
    const report = await wipeEverything(browserEnvironment());
    expect(report.erased).toContain('localStorage');
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBeNull();
    expect(readGroup(localStorage)).toEqual({ kind: 'ok', learners: [] });
  });
});
