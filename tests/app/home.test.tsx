/**
 * The home page with the real catalogue and the real progress store: the lessons in the order to
 * learn them, « Commencer ici » on the first one not done (moving on once it is done), each
 * lesson's prerequisites as links, and « Reprendre avec mon code » after the list.
 */
import { act, screen, within } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { learningOrder } from '../../src/app/catalogue.ts';
import type { LessonEntry } from '../../src/lesson/types.ts';
import { createProgressStore } from '../../src/progress/progressStore.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { run } from '../progress/fixtures.ts';

const title = (id: string) => lessons.find((entry) => entry.id === id)!.texts.fr!.title;
const login = 'caf-se-connecter';
const declaration = 'caf-declaration-trimestrielle';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('learningOrder', () => {
  const entry = (id: string, level: 1 | 2 | 3, requires: string[] = []): LessonEntry => ({
    id,
    site: 'caf',
    level,
    duration: 10,
    skills: [],
    requires,
    texts: { fr: { title: id, summary: '', goal: '' } },
    load: {},
  });

  it('puts each lesson after the lessons it requires, then the lower level, then by title', () => {
    const order = learningOrder(
      [
        entry('c-facile-apres-b', 1, ['b-difficile']),
        entry('b-difficile', 3),
        entry('z-moyen', 2),
        entry('a-moyen', 2, ['absente-du-catalogue']),
      ],
      'fr',
    );
    expect(order.map((e) => e.id)).toEqual(['a-moyen', 'z-moyen', 'b-difficile', 'c-facile-apres-b']);
  });

  it('loses no lesson in a cycle of requires', () => {
    const order = learningOrder([entry('b', 1, ['a']), entry('a', 1, ['b'])], 'fr');
    expect(order.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describeBoth('Home page', ({ render }) => {
  const open = () => {
    const store = createProgressStore();
    render(<App hook={memoryLocation({ path: '/' }).hook} progressStore={store} />);
    return store;
  };
  const itemOf = (id: string) => screen.getByRole('link', { name: title(id) }).closest('li')!;
  const titles = () =>
    within(itemOf(login).closest('ul')!)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);

  it('lists each lesson after the lessons it requires', () => {
    open();
    const shown = titles();
    expect(shown).toHaveLength(lessons.length);
    expect(shown.indexOf(title(login))).toBeLessThan(shown.indexOf(title(declaration)));
    for (const entry of lessons)
      for (const id of entry.requires)
        expect(shown.indexOf(title(id)), `${id} before ${entry.id}`).toBeLessThan(shown.indexOf(title(entry.id)));
  });

  it('marks « Commencer ici » the first lesson not done, and moves it on once that lesson is done', async () => {
    const store = open();
    const [first, second] = learningOrder(lessons, 'fr').map((entry) => entry.id);
    expect(within(itemOf(first!)).getByText('Commencer ici')).toBeVisible();
    expect(screen.getByRole('link', { name: title(first!) })).toHaveAccessibleDescription('Commencer ici');
    expect(screen.getAllByText('Commencer ici')).toHaveLength(1);

    act(() => store.recordRun(run(first!, ['se-connecter'])));
    expect(await within(itemOf(second!)).findByText('Commencer ici')).toBeVisible();
    expect(within(itemOf(first!)).queryByText('Commencer ici')).not.toBeInTheDocument();

    act(() => {
      for (const entry of lessons) store.recordRun(run(entry.id, ['se-connecter']));
    });
    expect(screen.queryByText('Commencer ici')).not.toBeInTheDocument();
  });

  it('links each lesson to the lessons to do before it', () => {
    open();
    const before = within(itemOf(declaration)).getByRole('link', { name: `À faire avant : ${title(login)}` });
    expect(before).toBeVisible();
    expect(before).toHaveAttribute('href', `/lecons/${login}`);
    expect(within(itemOf(login)).queryByText(/À faire avant/)).not.toBeInTheDocument();
  });

  it('puts « Reprendre avec mon code » after the list of lessons', () => {
    open();
    const resume = screen.getByRole('heading', { level: 2, name: 'Reprendre avec mon code' });
    const list = itemOf(login).closest('ul')!;
    expect(list.compareDocumentPosition(resume) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(list).not.toContainElement(resume);
  });
});
