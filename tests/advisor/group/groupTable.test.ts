/**
 * The group's table from real progress codes (real runs → real learner model → real encoder):
 * levels per learner, next lessons as « Mon carnet » recommends them, bad codes with their own
 * reason while the others still show, duplicate codes and names flagged, what to work on together.
 */
import { describe, expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { groupTable } from '../../../src/advisor/group/groupTable.ts';
import { readLearnerInput } from '../../../src/advisor/group/readLearnerInput.ts';
import type { GroupLearner } from '../../../src/advisor/group/groupStore.ts';
import { resumeUrl } from '../../../src/progress/resumeUrl.ts';
import { otherVersionCode } from '../../progress/fixtures.ts';
import { aloneTwice, guidedOnce, mistyped, passwordGuided, skillIds } from './groupCodes.ts';

let next = 0;
const learner = (name: string, code: string, lessonsDone: string[] = []): GroupLearner => ({
  id: `l${(next += 1)}`,
  name,
  code,
  lessons: lessonsDone,
});

const login = ['utiliser-messagerie', 'trouver-identifiant', 'se-connecter', 'code-unique', 'se-deconnecter'];
const password = ['creer-mot-de-passe', 'trouver-rubrique', 'remplir-champ', 'repondre-oui-non'];

describe('groupTable', () => {
  const amina = learner('Amina', guidedOnce);
  const karim = learner('Karim', aloneTwice);
  const ines = learner('Inès', passwordGuided);
  const typo = learner('Sofia', mistyped(guidedOnce));
  const short = learner('Paul', guidedOnce.slice(0, -2));
  const letter = learner('Léa', `${guidedOnce.slice(0, -1)}U`);
  const future = learner('Marc', otherVersionCode);
  const table = groupTable([amina, karim, typo, ines, short, letter, future], skillIds, lessons);
  const row = (who: GroupLearner) => table.rows.find((r) => r.learner.id === who.id)!;

  it('reads each good code into the levels « Mon carnet » had', () => {
    const levels = (who: GroupLearner) => {
      const { status } = row(who);
      if (!status.ok) throw new Error(`${who.name}'s code should read`);
      return status.levels;
    };
    for (const skill of login) {
      expect(levels(amina)[skill]).toBe('avec-aide');
      expect(levels(karim)[skill]).toBe('autonome');
      expect(levels(ines)[skill]).toBe('decouverte');
    }
    for (const skill of password) expect(levels(ines)[skill]).toBe('avec-aide');
  });

  it('gives each bad code its own reason, and keeps every learner in the order added', () => {
    expect(table.rows.map((r) => r.learner.name)).toEqual(['Amina', 'Karim', 'Sofia', 'Inès', 'Paul', 'Léa', 'Marc']);
    expect(row(typo).status).toEqual({ ok: false, error: 'checksum' });
    expect(row(short).status).toEqual({ ok: false, error: 'too-short' });
    expect(row(letter).status).toEqual({ ok: false, error: 'alphabet', character: 'U' });
    expect(row(future).status).toEqual({ ok: false, error: 'version' });
    expect(table.together.readable).toBe(3);
  });

  it('shows as columns the skills someone has practised, in catalogue order', () => {
    expect(table.skills).toEqual(skillIds.filter((skill) => [...login, ...password].includes(skill)));
  });

  it('gives each learner the next lesson « Mon carnet » recommends', () => {
    const nextOf = (who: GroupLearner) => {
      const { status } = row(who);
      return status.ok ? status.next : undefined;
    };
    // A typed code carries levels, not lessons: the login lesson is still new for Amina, to do alone.
    expect(nextOf(amina)).toEqual({ lessonId: 'caf-se-connecter', mode: 'alone', reason: 'new' });
    // Karim is Autonome in logging in: the lessons it opens come first.
    expect(nextOf(karim)?.lessonId).toBe('ameli-attestation-droits');
    expect(nextOf(ines)).toEqual({ lessonId: 'caf-se-connecter', mode: 'watch', reason: 'new' });
  });

  it('the lessons of a QR code’s link count as done', () => {
    const withLink = groupTable([learner('Amina', guidedOnce, ['caf-se-connecter'])], skillIds, lessons);
    const { status } = withLink.rows[0]!;
    expect(status.ok && status.next?.lessonId).not.toBe('caf-se-connecter');
  });

  it('finds what the group has in common: skills most are not Autonome in, and a lesson to do together', () => {
    expect(table.together.skills).toEqual([
      ...password
        .map((skill) => ({ skill, notYet: 3 }))
        .sort((a, b) => skillIds.indexOf(a.skill) - skillIds.indexOf(b.skill)),
      ...skillIds.filter((skill) => login.includes(skill)).map((skill) => ({ skill, notYet: 2 })),
    ]);
    // Amina (alone) and Inès (watch) have it next; Karim, Autonome in all its skills, does not count.
    expect(table.together.lesson).toEqual({ lessonId: 'caf-se-connecter', mode: 'watch', learners: 2 });
  });

  it('leaves out of the common skills those most of the group master', () => {
    const masters = groupTable(
      [learner('Karim', aloneTwice), learner('Nadia', aloneTwice), learner('Amina', guidedOnce)],
      skillIds,
      lessons,
    );
    expect(masters.together.skills).toEqual([]);
  });

  it('flags a code given twice (readable codes only) and a name given twice', () => {
    const again = learner('amina ', guidedOnce);
    const other = learner('Nadia', `${guidedOnce.toLowerCase().replace(/-/g, ' ')}`);
    const twice = groupTable([amina, again, other, typo, learner('Sofia', mistyped(guidedOnce))], skillIds, lessons);
    expect(twice.rows.map((r) => r.sameCodeAs)).toEqual([
      ['amina ', 'Nadia'],
      ['Amina', 'Nadia'],
      ['Amina', 'amina '],
      [],
      [],
    ]);
    expect(twice.rows.map((r) => r.sameName)).toEqual([true, true, false, true, true]);
  });

  it('an empty group, or one with only bad codes, has nothing in common', () => {
    expect(groupTable([], skillIds, lessons)).toEqual({ rows: [], skills: [], together: { readable: 0, skills: [] } });
    const bad = groupTable([typo], skillIds, lessons);
    expect(bad.skills).toEqual([]);
    expect(bad.together).toEqual({ readable: 0, skills: [] });
  });
});

describe('readLearnerInput', () => {
  it('reads a typed code as it is, spaces around aside', () => {
    expect(readLearnerInput('  2h2g 0000 0020 01x2 ')).toEqual({ code: '2h2g 0000 0020 01x2', lessons: [] });
  });

  it('reads the code and the lessons of the QR code’s link, as resumeUrl makes it', () => {
    const link = resumeUrl(guidedOnce, ['caf-se-connecter', 'mot-de-passe-solide'], 'https://example.org/pas-a-pas/');
    expect(readLearnerInput(link)).toEqual({ code: guidedOnce, lessons: ['caf-se-connecter', 'mot-de-passe-solide'] });
    expect(readLearnerInput(resumeUrl(guidedOnce, [], 'http://127.0.0.1:4173/'))).toEqual({
      code: guidedOnce,
      lessons: [],
    });
  });

  it('a link without a code gives an empty code', () => {
    expect(readLearnerInput('https://example.org/reprendre?lecons=caf-se-connecter').code).toBe('');
  });
});
