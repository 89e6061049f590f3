/**
 * The author preview in the app (`/auteur`, dev only), with the real catalogue, the real compiled
 * lessons and the messages of the dev server's lessons plugin: the index lists every lesson and
 * its files; a lesson's page draws every step, question and branch with its target, expectation,
 * hints and mistakes, then plays the lesson in the mode and with the persona chosen, both kept in
 * the address.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { units } from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import { App } from '../../src/app/App.tsx';
import type { Unit } from '../../src/lesson/types.ts';
import { createProgressStore } from '../../src/progress/progressStore.ts';
import { describeBoth } from '../player/renderBoth.tsx';

/** The units of the lesson previewed, as compiled. */
const declaration: { units: readonly Unit[] } = { units };

describeBoth('Author preview', ({ render }) => {
  const open = (path: string) => {
    const location = memoryLocation({ path, record: true });
    render(<App hook={location.hook} searchHook={location.searchHook} progressStore={createProgressStore()} />);
    return location;
  };

  it('lists every lesson with its title and its files', async () => {
    open('/auteur');
    const table = await screen.findByRole('table', { name: 'Leçons' });
    for (const entry of lessons) {
      const row = within(table).getByRole('link', { name: entry.id }).closest('tr')!;
      expect(row).toHaveTextContent(entry.texts.fr!.title);
      for (const locale of Object.keys(entry.load))
        expect(within(row).getByRole('link', { name: locale })).toHaveAttribute(
          'href',
          `/auteur/${entry.id}?locale=${locale}`,
        );
    }
  });

  it('draws every step and question, the branch with its conditions, and the end', async () => {
    open('/auteur/caf-declaration-trimestrielle');
    const graph = await screen.findByRole('region', { name: 'Les étapes' });
    const names = within(graph)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    const titles = declaration.units.map((unit, index) =>
      unit.kind === 'step' ? `Étape ${index + 1} · ${unit.id}` : `Question ${index + 1} · ${unit.id}`,
    );
    expect(names.filter((name) => !name?.startsWith('Choix'))).toEqual([...titles, 'Fin de la leçon']);

    // The third choice (after the two on a second employer): a couple, or a person alone.
    const branch = screen.getByRole('heading', { level: 3, name: 'Choix · branch-3' }).closest('li')!;
    expect(branch).toHaveTextContent('selon persona.situation');
    const couple = within(branch)
      .getByText(/si « couple »/)
      .closest('li')!;
    expect(within(couple).getByRole('link')).toHaveAttribute('href', '#etat-conjoint-revenu');
    const otherwise = within(branch).getByText(/sinon/).closest('li')!;
    // A person alone goes on to the next choice: a child who works, or not.
    expect(within(otherwise).getByRole('link')).toHaveAttribute('href', '#etat-branch-4');
  });

  it("shows each step's target, expected value, hints and mistakes, and each question's answers", async () => {
    open('/auteur/caf-declaration-trimestrielle');
    await screen.findByRole('region', { name: 'Les étapes' });
    for (const unit of declaration.units) {
      const item = document.getElementById(`etat-${unit.id}`)!;
      if (unit.kind === 'step') {
        expect(item).toHaveTextContent(`${unit.action} ${unit.target} — ${unit.targetLabel}`);
        if (unit.expect) expect(item).toHaveTextContent(unit.expect);
        for (const hint of unit.hints) expect(item).toHaveTextContent(hint.text);
        for (const mistake of unit.mistakes) expect(item).toHaveTextContent(`sur ${mistake.on}`);
      } else {
        for (const answer of unit.answers) expect(item).toHaveTextContent(answer.text);
      }
    }
  });

  it("previews a translation, named in the address, and switches between the lesson's files", async () => {
    const user = userEvent.setup();
    const location = open('/auteur/caf-se-connecter?locale=en');
    expect(await screen.findByText('content/lessons/caf-se-connecter/en.mdx')).toBeVisible();
    const english = lessons.find((entry) => entry.id === 'caf-se-connecter')!.texts.en!.title;
    expect(await screen.findByRole('heading', { level: 1, name: english })).toBeVisible();
    expect(screen.getByRole('button', { name: 'en' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'fr' }));
    expect(location.history.at(-1)).toBe('/auteur/caf-se-connecter?locale=fr');
    expect(await screen.findByText('content/lessons/caf-se-connecter/fr.mdx')).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Les étapes' })).toBeVisible();
  });

  it('plays the lesson in the mode and with the persona chosen, and keeps both in the address', async () => {
    const user = userEvent.setup();
    const location = open('/auteur/caf-declaration-trimestrielle');
    const play = await screen.findByRole('region', { name: 'Jouer la leçon' });
    expect(within(play).getByRole('radio', { name: 'amina, comme dans la leçon' })).toBeChecked();
    await user.click(within(play).getByRole('radio', { name: /situation = « autre-situation »/ }));
    for (const mode of ['Je regarde', 'On fait ensemble', 'Je fais seul'])
      expect(within(play).getByRole('button', { name: mode })).toBeVisible();

    await user.click(within(play).getByRole('button', { name: 'On fait ensemble' }));
    expect(await screen.findByRole('heading', { name: `Étape 1 sur ${declaration.units.length}` })).toBeVisible();
    expect(within(play).getByRole('button', { name: 'On fait ensemble' })).toHaveAttribute('aria-pressed', 'true');
    expect(location.history.at(-1)).toBe(
      '/auteur/caf-declaration-trimestrielle?persona=situation+%3D+autre-situation&mode=guided',
    );
    expect(within(play).getByRole('radio', { name: /situation = « autre-situation »/ })).toBeChecked();

    await user.click(within(play).getByRole('button', { name: 'Arrêter' }));
    expect(screen.queryByRole('heading', { name: /^Étape 1 sur/ })).not.toBeInTheDocument();
  });
});
