// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { compileFixture } from './compileFixture.ts';

const ids = (paths: ReturnType<typeof lessonPaths>) => paths.map((path) => path.map((step) => step.unit.id));

describe('lesson paths', () => {
  it('follow the persona through branches', async () => {
    const lesson = await compileFixture();
    expect(ids(lessonPaths(lesson, createWorld(0)))).toEqual([['ouvrir', 'numero', 'ou-code', 'valider']]);
    const couple = { ...lesson, persona: { ...lesson.persona, situation: 'couple' } };
    expect(ids(lessonPaths(couple, createWorld(0)))).toEqual([
      ['ouvrir', 'numero', 'ou-code', 'type-couple', 'valider'],
    ]);
  });

  it('fork on every option of a free choice on the site', async () => {
    const lesson = await compileFixture('mini', (source) =>
      source
        .replace(' expect="equals:salaire"', ' expect="matches:.+" value="salaire"')
        .replace(
          '<Branch on="persona.situation">\n  <Case value="couple" goto="type-couple" />\n  <Otherwise goto="valider" />\n</Branch>',
          '',
        )
        .replace(
          '<Step id="valider"',
          '<Branch on="site.caf.dtr.add.type">\n  <Case value="chomage" goto="fin" />\n</Branch>\n\n<Step id="valider"',
        )
        .concat(
          '\n<Step id="fin" skill="se-connecter" action="click" target="caf.espace.logout">\n  Déconnectez-vous.\n  <Hint>En haut.</Hint>\n  <Hint>Me déconnecter.</Hint>\n</Step>\n',
        ),
    );
    // A `matches:` step with a demo value is replayed with that value only.
    expect(ids(lessonPaths(lesson, createWorld(0)))).toEqual([
      ['ouvrir', 'numero', 'ou-code', 'type-couple', 'valider', 'fin'],
    ]);
    const free = {
      ...lesson,
      units: lesson.units.map((u) => (u.id === 'type-couple' && u.kind === 'step' ? { ...u, value: undefined } : u)),
    };
    const paths = lessonPaths(free, createWorld(0));
    expect(paths).toHaveLength(7);
    const chomage = paths.find((p) => p.some((s) => s.event.type === 'SITE' && s.event.value === 'chomage'))!;
    expect(chomage.map((s) => s.unit.id)).toEqual(['ouvrir', 'numero', 'ou-code', 'type-couple', 'fin']);
  });
});
