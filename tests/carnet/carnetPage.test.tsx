/**
 * « Mon carnet » with the real lesson and skill catalogues: levels with their explanation, the
 * lessons done with mode and how their steps were done (without help, corrected, with hints,
 * shown; values left wrong), a wrong value left capping the level, what to do next, the empty
 * state, a progress code, English.
 */
import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { skills } from 'virtual:pas-a-pas/skills';
import { CarnetPage } from '../../src/carnet/CarnetPage.tsx';
import { i18n } from '../../src/i18n/i18n.ts';
import type { Baseline, RunRecord } from '../../src/engine/learner/types.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { day, run } from '../engine/learnerRuns.ts';

const label = (id: string) => skills.find((s) => s.id === id)!;
const title = (id: string, language = 'fr') => lessons.find((l) => l.id === id)!.texts[language]!.title;

/** The card of a skill, found by its heading. */
const skillCard = (id: string, language: 'fr' | 'en' = 'fr') =>
  screen.getByRole('heading', { level: 3, name: label(id)[language] }).closest('li')!;

// « Me connecter »: watched, guided, then alone on two days, the last time with help from
// « Montre-moi » on the code and from an advisor on logging out.
const history: RunRecord[] = [
  run(day(1, 9), { 'se-connecter': 'watched', 'code-unique': 'watched', 'se-deconnecter': 'watched' }),
  run(day(1, 10), { 'se-connecter': 'guided', 'code-unique': 'guided', 'se-deconnecter': 'guided' }),
  run(day(1, 11), { 'se-connecter': 'alone', 'code-unique': 'hinted', 'se-deconnecter': 'alone' }),
  run(day(2, 11), { 'se-connecter': 'alone', 'code-unique': ['hinted', 'showMe'], 'se-deconnecter': 'advisor' }),
];

describeBoth('CarnetPage', ({ render }) => {
  const show = (runs: RunRecord[], baseline?: Baseline) =>
    render(<CarnetPage runs={runs} {...(baseline ? { baseline } : {})} lessons={lessons} skills={skills} />);

  it('shows each skill with its level, as a staircase and in words, and why', () => {
    show(history);
    expect(screen.getByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
    expect(document.title).toBe('Mon carnet · Pas à pas');

    const connect = skillCard('se-connecter');
    const connectLevel = within(connect).getByText('Autonome');
    expect(connectLevel).toBeVisible();
    // What a screen reader reads: the staircase is hidden from it, « niveau 4 sur 4 » is only for it.
    expect(connectLevel.closest('p')).toHaveTextContent(/^Autonome, niveau 4 sur 4$/);
    expect(within(connect).getByText('Fait seul, sans aide, 2 fois, 2 jours différents.')).toBeVisible();
    expect(connect.querySelectorAll('.level-step.reached')).toHaveLength(4);

    const code = skillCard('code-unique');
    expect(within(code).getByText('Avec aide')).toBeVisible();
    expect(within(code).getByText(/il a fallu vous le montrer ou vous aider/)).toBeVisible();
    expect(code.querySelectorAll('.level-step.reached')).toHaveLength(2);

    expect(within(skillCard('se-deconnecter')).getByText('Avec aide')).toBeVisible();
    expect(screen.queryByRole('heading', { name: label('garder-pdf').fr })).not.toBeInTheDocument();

    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names.indexOf(label('se-connecter').fr)).toBeLessThan(names.indexOf(label('code-unique').fr)); // catalogue order
  });

  it('explains the first levels too', () => {
    show([run(day(1), { 'se-connecter': 'watched', 'code-unique': 'guided', 'se-deconnecter': 'alone' })]);
    expect(
      within(skillCard('se-connecter')).getByText(
        "Pas à pas vous l'a montré 1 fois. Vous ne l'avez pas encore fait vous-même.",
      ),
    ).toBeVisible();
    expect(
      within(skillCard('code-unique')).getByText('Fait 1 fois avec les consignes, en « On fait ensemble ».'),
    ).toBeVisible();
    expect(within(skillCard('se-deconnecter')).getByText('Presque seul')).toBeVisible();
    expect(
      within(skillCard('se-deconnecter')).getByText(/Fait seul, sans aide, 1 fois\. Refaites-le seul un autre jour/),
    ).toBeVisible();
  });

  it('lists the lessons done, the latest first, with their mode and how their steps were done', () => {
    show(history);
    const section = screen.getByRole('region', { name: 'Mes leçons' });
    const items = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.closest('li')!);
    expect(items).toHaveLength(4);
    const [last, alone, guided, watched] = [0, 1, 2, 3].map((i) => items[i]!);
    expect(within(last!).getByText(title('caf-se-connecter'))).toBeVisible();
    expect(within(last!).getByText('Mode : Je fais seul')).toBeVisible();
    const lines = (item: HTMLElement) =>
      within(item)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    // « Montre-moi » on the code, an advisor on logging out: both shown.
    expect(lines(last!)).toEqual([
      '1 étape faite sans aide',
      "1 étape faite avec de l'aide",
      '2 étapes montrées, ou faites avec un animateur',
    ]);
    expect(within(last!).getByText(/^Le 2 octobre 2026$/)).toBeVisible();
    expect(lines(alone!)).toEqual(['2 étapes faites sans aide', "1 étape faite avec de l'aide"]);
    expect(within(guided!).getByText('Mode : On fait ensemble')).toBeVisible();
    expect(lines(guided!)).toEqual(['3 étapes faites sans aide']);
    expect(within(watched!).getByText('Mode : Je regarde')).toBeVisible();
    expect(within(watched!).getByText('Pas à pas a fait les étapes devant vous.')).toBeVisible();
  });

  it('tells two mistakes corrected apart, and a wrong value left: that skill is no more than Avec aide', () => {
    show([run(day(1), { 'se-connecter': ['alone', 'corrected'], 'code-unique': 'alone', 'brut-net': 'leftWrong' })]);
    const done = within(screen.getByRole('region', { name: 'Mes leçons' })).getByRole('heading', { level: 3 });
    const item = done.closest('li')!;
    expect(
      within(item)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 étapes faites sans aide', '2 étapes corrigées après une erreur']);
    expect(within(item).getByText('Attention : 1 information est restée fausse à la fin.')).toBeVisible();

    expect(within(skillCard('se-connecter')).getByText('Presque seul')).toBeVisible();
    const amount = skillCard('brut-net');
    expect(within(amount).getByText('Avec aide')).toBeVisible();
    expect(
      within(amount).getByText(
        'La dernière fois, une information est restée fausse à la fin de la leçon. Refaites-le, et vérifiez avant de finir.',
      ),
    ).toBeVisible();
  });

  it('says what to do next: links to the lessons, with the recommended mode', () => {
    show([
      run(day(1), {
        'se-connecter': 'guided',
        'trouver-identifiant': 'guided',
        'code-unique': 'guided',
        'utiliser-messagerie': 'guided',
        'se-deconnecter': 'guided',
      }),
    ]);
    const section = screen.getByRole('region', { name: 'À faire ensuite' });
    const next = within(section).getAllByRole('link');
    const shown = next.map((a) => [a.textContent, a.getAttribute('href')]);
    // A new lesson, to watch first; the lesson done, to do alone. (Which new lesson depends on the
    // catalogue.)
    const watch = shown.find(([, href]) => href?.endsWith('?mode=watch'));
    expect(watch).toBeDefined();
    expect(shown).toContainEqual([title('caf-se-connecter'), '/lecons/caf-se-connecter?mode=alone']);
    const item = (href: string) => next.find((a) => a.getAttribute('href') === href)!.closest('li')!;
    const practise = item('/lecons/caf-se-connecter?mode=alone');
    expect(within(practise).getByText('Pour vous entraîner encore')).toBeVisible();
    expect(within(practise).getByText('Conseillé : Je fais seul')).toBeVisible();
    expect(within(item(watch![1]!)).getByText('Nouvelle leçon')).toBeVisible();
  });

  it('welcomes a new learner: an empty carnet and the first lesson, to watch', () => {
    show([]);
    expect(screen.getByText(/Votre carnet est vide pour l'instant/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ce que je sais faire' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Mes leçons' })).not.toBeInTheDocument();
    const first = screen.getByRole('link', { name: title('caf-se-connecter') });
    expect(first).toHaveAttribute('href', '/lecons/caf-se-connecter?mode=watch');
    expect(within(first.closest('li')!).getByText('Conseillé : Je regarde')).toBeVisible();
  });

  it('shows levels restored from a progress code, and says so', () => {
    show([], { levels: { 'se-connecter': 'autonome', 'code-unique': 'presque-seul' }, restoredAt: day(5) });
    expect(within(skillCard('se-connecter')).getByText('Autonome')).toBeVisible();
    expect(within(skillCard('se-connecter')).getByText(/D'après votre code de progrès\./)).toBeVisible();
    expect(within(skillCard('code-unique')).getByText('Presque seul')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Mes leçons' })).not.toBeInTheDocument();
  });

  it('lists the lessons a progress code’s QR code says were done on another computer', () => {
    render(
      <CarnetPage
        runs={[]}
        baseline={{ levels: { 'se-connecter': 'avec-aide' }, restoredAt: day(5) }}
        lessons={lessons}
        skills={skills}
        restoredLessons={['caf-se-connecter']}
      />,
    );
    const done = screen.getByRole('region', { name: 'Mes leçons' });
    expect(within(done).getByText(/Faites avant, sur un autre ordinateur/)).toBeVisible();
    expect(within(done).getByText('Me connecter à Mon Compte CAF')).toBeVisible();
  });

  it('has no axe-core violations, empty or full (contrast aside: the e2e run checks it)', async () => {
    document.documentElement.lang = 'fr';
    const violations = async () =>
      (await axe.run(document, { rules: { 'color-contrast': { enabled: false } } })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    const { unmount } = render(
      <main>
        <CarnetPage runs={[]} lessons={lessons} skills={skills} />
      </main>,
    );
    expect(await violations()).toEqual([]);
    unmount();
    const baseline: Baseline = { levels: { 'garder-pdf': 'avec-aide' }, restoredAt: day(1, 8) };
    render(
      <main>
        <CarnetPage runs={history} baseline={baseline} lessons={lessons} skills={skills} />
      </main>,
    );
    expect(await violations()).toEqual([]);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    show(history);
    expect(screen.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
    const connect = skillCard('se-connecter', 'en');
    expect(within(connect).getByText('Independent')).toBeVisible();
    expect(within(connect).getByText('Done alone, without help, 2 times, on 2 different days.')).toBeVisible();
    expect(within(skillCard('code-unique', 'en')).getByText('With help')).toBeVisible();
    const section = screen.getByRole('region', { name: 'My lessons' });
    expect(within(section).getAllByText(title('caf-se-connecter', 'en')).length).toBe(4);
    expect(within(section).getAllByText('Mode: I do it alone')).toHaveLength(2);
    expect(within(section).getByText('Mode: We do it together')).toBeVisible();
    expect(within(section).getByText('2 steps shown, or done with an advisor')).toBeVisible();
    expect(within(section).getByText(/^On October 2, 2026$/)).toBeVisible();
    expect(screen.getByRole('region', { name: 'What to do next' })).toBeVisible();
  });
});
