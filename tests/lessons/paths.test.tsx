/**
 * Model-based tests: every path of every lesson (from `xstate/graph`), for every persona
 * situation its branches name, replayed in the real player through the real practice sites with
 * the site driver — the same code as « Montre-moi » — until the completion screen.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lessonPaths, type PathStep } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { personaVariants } from '../../src/author/personaVariants.ts';
import { Player } from '../../src/player/Player.tsx';
import { playStep } from '../support/playLesson.tsx';

initI18n('fr');

const modules = import.meta.glob<CompiledLesson>('../../content/lessons/*/*.mdx', { eager: true });
const lessons = Object.entries(modules).map(([path, lesson]) => ({
  path: path.replace('../../content/lessons/', ''),
  lesson,
}));

/** Replays `path`; `typed` gives, by step id, a value typed instead of the path's own. */
async function replay(lesson: CompiledLesson, path: PathStep[], typed: Record<string, string> = {}) {
  const records: RunRecord[] = [];
  render(<Player lesson={lesson} mode="guided" onRestart={() => {}} onComplete={(r) => records.push(r)} />);
  for (const step of path) await playStep(lesson, step, typed[step.unit.id]);
  expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
  return records[0]!;
}

describe.each(lessons)('lesson $path', ({ lesson }) => {
  const cases = personaVariants(lesson).flatMap(({ name, persona }) =>
    lessonPaths({ ...lesson, persona }, { ...createWorld(0), otp: '000000' }).map((path, index) => ({
      name,
      persona,
      path,
      index,
    })),
  );

  it('has at least one path to its end for its own persona', () => {
    expect(cases.filter((c) => c.name === 'as written').length).toBeGreaterThan(0);
  });

  it.each(cases)('path $index ($name) plays to the end through the practice sites', async ({ persona, path }) => {
    await replay({ ...lesson, persona }, path);
  });
});

/** The lessons where an amount is corrected on the CAF declaration. */
const amountCases = lessons.flatMap(({ path, lesson }) => {
  const step = lesson.units.find((u) => u.kind === 'step' && u.target === 'caf.dtr.edit.amount');
  return step ? [{ path, lesson, step }] : [];
});

describe.each(amountCases)('lesson $path', ({ lesson, step }) => {
  it('counts an amount typed with a dot for thousands (« 1.012,40 ») as the right value', async () => {
    const [path] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
    const record = await replay(lesson, path!, { [step.id]: '1.012,40' });
    expect(record.steps.find((s) => s.unit === step.id)).toMatchObject({ wrongActions: 0, shown: false });
  });
});

/**
 * The quarterly declaration's branches on nested persona fields (`caf.deuxieme_employeur`,
 * `caf.enfant_qui_travaille`) have no automatic variant: a household with one employer and no
 * child of 16 or more (so no child's page on the site) plays their `Otherwise` here.
 */
describe('lesson caf-declaration-trimestrielle/fr.mdx for a household with one employer and a young child', () => {
  const { lesson } = lessons.find((l) => l.path === 'caf-declaration-trimestrielle/fr.mdx')!;
  const caf = lesson.persona.caf as Record<string, unknown>;
  const persona = {
    ...lesson.persona,
    caf: { ...caf, deuxieme_employeur: 'non', enfant_qui_travaille: 'non' },
    enfants: [{ prenom: 'Inès', naissance: '05/09/2019' }],
  };

  it.each(['couple', 'seule'])(
    'plays to the end without the second employer’s or the child’s steps (%s)',
    async (situation) => {
      const played = { ...lesson, persona: { ...persona, situation } };
      const paths = lessonPaths(played, { ...createWorld(0), otp: '000000' });
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const ids = path.map((step) => step.unit.id);
        expect(ids).not.toContain('ajouter-deuxieme-salaire');
        expect(ids).not.toContain('ajouter-aout-ines');
        expect(ids).toContain('autres-vous');
        expect(ids.includes('ajouter-septembre')).toBe(situation === 'couple');
      }
      await replay(played, paths[0]!);
    },
  );
});
