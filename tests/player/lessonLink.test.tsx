/**
 * Links in a lesson's texts, compiled by the real compiler and shown by the player: an official
 * site opens in a new tab and says so; a relative link stays in the app; an address the checker
 * would refuse opens nothing, even in a module built without the checker.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { LessonText } from '../../src/player/LessonText.tsx';

const content = resolve('tests/compiler/fixtures/content');
const intro = 'Vous allez entrer dans **Mon Compte**.';
const links =
  'Lisez [la page de la CAF](https://www.caf.fr/allocataires) et [votre carnet](/carnet), pas [ce site](https://caf.fr.example/piege).';
let lesson: CompiledLesson;
let file = '';

/** Compiles the fixture lesson with `text` as its intro and loads the module the bundler would serve. */
async function loadWithIntro(text: string): Promise<CompiledLesson> {
  const path = join(content, 'lessons', 'mini', 'fr.mdx');
  const source = readFileSync(path, 'utf8').replace(intro, text);
  const result = await compileLesson({ path, value: source }, { store: createContentStore(content) });
  if (!result.code) throw new Error(formatMessages(result.file).join('\n'));
  const folder = resolve('tests/fixtures/.compiled');
  mkdirSync(folder, { recursive: true });
  file = join(folder, `links-${process.pid}.js`);
  writeFileSync(file, result.code);
  return (await import(/* @vite-ignore */ file)) as CompiledLesson;
}

beforeAll(async () => {
  await initI18n('fr');
  lesson = await loadWithIntro(
    'Lisez [la page de la CAF](https://www.caf.fr/allocataires) et [votre carnet](/carnet).',
  );
});
afterAll(() => rmSync(file, { force: true }));

it('refuses, at compile time, a link to a site that is not on the list', async () => {
  await expect(loadWithIntro(links)).rejects.toThrow(/external-link/);
});

it('opens an official site in a new tab and says so', () => {
  render(<LessonText lesson={lesson} slot={lesson.intro ?? ''} />);
  const official = screen.getByRole('link', {
    name: /la page de la CAF.*site officiel, s’ouvre dans un nouvel onglet/,
  });
  expect(official).toHaveAttribute('href', 'https://www.caf.fr/allocataires');
  expect(official).toHaveAttribute('target', '_blank');
  expect(official).toHaveAttribute('rel', 'noopener noreferrer');
});

it('keeps a relative link in the app', () => {
  render(<LessonText lesson={lesson} slot={lesson.intro ?? ''} />);
  const carnet = screen.getByRole('link', { name: 'votre carnet' });
  expect(carnet).toHaveAttribute('href', '/carnet');
  expect(carnet).not.toHaveAttribute('target');
});

it('shows any other address as plain text that opens nothing, even when the checker was bypassed', () => {
  type Link = (props: { href: string; children: string }) => ReactNode;
  type Slot = (props: { id: string; children: ReactNode }) => ReactNode;
  // A lesson module as a bundle built without the checker could hold: the player's own `a` decides.
  const Content = (({ components }: { components: { a: Link; Slot: Slot } }) => (
    <components.Slot id="intro">
      <components.a href="javascript:alert(1)">gagner</components.a>{' '}
      <components.a href="https://tracker.example/p">voir</components.a>
    </components.Slot>
  )) as unknown as CompiledLesson['default'];
  render(<LessonText lesson={{ ...lesson, default: Content }} slot="intro" />);
  expect(screen.queryByRole('link')).toBeNull();
  expect(screen.getByText('gagner')).toBeVisible();
  expect(screen.getByText('voir')).toBeVisible();
});
