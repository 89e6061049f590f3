/**
 * The player with a real compiled lesson and the real practice sites: what a learner notices
 * step by step (instruction, feedback, hint ladder, « Montre-moi », announcements, the end).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import * as lesson from '../../content/lessons/caf-se-connecter/fr.mdx';
import type { CompiledLesson, StepData, Unit } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';
import { describeBoth, hasText } from './renderBoth.tsx';

const compiled = lesson as unknown as CompiledLesson;
const units: Unit[] = compiled.units;
const total = units.length;
const step = (id: string) => units.find((u): u is StepData => u.kind === 'step' && u.id === id)!;
const first = units[0] as StepData;

/** The live region that announces steps (not the feedback nor the site's own). */
const announcer = () => screen.getAllByRole('status').find((el) => /^(Étape|Step) \d+/.test(el.textContent ?? ''));
const target = (id: string) => document.querySelector<HTMLElement>(`[data-target="${id}"]`);
const stepHeading = (n: number) => screen.findByRole('heading', { name: `Étape ${n} sur ${total}` });

describeBoth('Player', ({ render }) => {
  const start = async () => {
    const user = userEvent.setup();
    const onRestart = vi.fn();
    render(<Player lesson={compiled} mode="guided" onRestart={onRestart} />);
    await waitFor(() => expect(target(first.target)).not.toBeNull());
    return { user, onRestart };
  };

  it('shows the first step with its instruction and outlines its target', async () => {
    await start();
    expect(await stepHeading(1)).toBeTruthy();
    expect(hasText(document.querySelector('.instruction'), first.text)).toBe(true);
    await waitFor(() => expect(target(first.target)?.hasAttribute('data-pap-highlight')).toBe(true));
    expect(screen.getByText('caf.fr')).toBeTruthy();
  });

  it('answers a wrong click with the lesson’s mistake text, or a plain message', async () => {
    const { user } = await start();
    await user.click(target('caf.home.faire-demande')!);
    await waitFor(() => expect(hasText(document.querySelector('.feedback'), first.mistakes[0]!.text)).toBe(true));
    await user.click(target('caf.header.logo')!);
    await waitFor(() => expect(document.querySelector('.feedback')).toHaveTextContent(/Ce n'est pas le bon endroit/));
    // The same words next to the element clicked, for the eyes only: the guide announces them.
    const bubble = document.querySelector('.feedback-bubble');
    expect(bubble).toHaveTextContent(/Ce n'est pas le bon endroit/);
    expect(bubble).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeTruthy();
  });

  it('climbs the hint ladder one rung at a time, then offers « Montre-moi »', async () => {
    const { user } = await start();
    const guide = screen.getByRole('region', { name: `Étape 1 sur ${total}` });
    await user.click(within(guide).getByRole('button', { name: "J'ai besoin d'aide" }));
    expect(hasText(guide.querySelector('.hints'), first.hints[0]!.text)).toBe(true);
    expect(hasText(guide.querySelector('.hints'), first.hints[1]!.text)).toBe(false);
    await user.click(within(guide).getByRole('button', { name: "J'ai besoin d'aide" }));
    expect(hasText(guide.querySelector('.hints'), first.hints[0]!.text)).toBe(true);
    expect(hasText(guide.querySelector('.hints'), first.hints[1]!.text)).toBe(true);
    expect(within(guide).queryByRole('button', { name: "J'ai besoin d'aide" })).toBeNull();
    const show = within(guide).getByRole('button', { name: 'Montre-moi' });
    expect(document.activeElement).toBe(show);
    expect(within(guide).getByText(/Il n'y a plus d'autre aide/)).toBeTruthy();
  });

  it('« Montre-moi » performs the step, moves to step 2 and announces it', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    expect(await stepHeading(2)).toBeTruthy();
    await waitFor(() => expect(announcer()?.textContent).toBe(`Étape 2 sur ${total} : ${units[1]!.text}`));
    await waitFor(() => expect(target('caf.login.nir')?.hasAttribute('data-pap-highlight')).toBe(true));
  });

  it('takes what the learner types in the site, and names an anticipated mistake', async () => {
    const { user } = await start();
    await user.click(target(first.target)!);
    await stepHeading(2);
    await user.type(target('caf.login.nir')!, '286037511402363');
    await user.tab();
    await waitFor(() =>
      expect(hasText(document.querySelector('.feedback'), step('numero-secu').mistakes[0]!.text)).toBe(true),
    );
    await user.clear(target('caf.login.nir')!);
    await user.type(target('caf.login.nir')!, '2860375114023');
    await user.tab();
    expect(await stepHeading(3)).toBeTruthy();
  });

  it('counts a field typed ahead of its step: the password first, then the number, and the guide goes on to « Me connecter »', async () => {
    const { user } = await start();
    await user.click(target(first.target)!);
    await stepHeading(2);
    await user.type(target('caf.login.password')!, 'Jasmin2026!');
    await user.tab();
    // Not this step's field: the guide still asks for the number.
    await waitFor(() => expect(document.querySelector('.feedback')).toHaveTextContent(/Ce n'est pas le bon endroit/));
    expect(screen.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeTruthy();
    await user.type(target('caf.login.nir')!, '2860375114023');
    await user.tab();
    // The password is there already, and right: step 3 counts as done, step 4 asks for « Me connecter ».
    expect(await stepHeading(4)).toBeTruthy();
    expect(units[3]).toMatchObject({ id: 'me-connecter' });
  });

  it('does not count a field typed ahead with a wrong value: the guide asks for it, then takes the right one', async () => {
    const { user } = await start();
    await user.click(target(first.target)!);
    await stepHeading(2);
    await user.type(target('caf.login.password')!, 'Jasmin2025!');
    await user.tab();
    await user.type(target('caf.login.nir')!, '2860375114023');
    await user.tab();
    expect(await stepHeading(3)).toBeTruthy();
    await user.clear(target('caf.login.password')!);
    await user.type(target('caf.login.password')!, 'Jasmin2026!');
    await user.tab();
    expect(await stepHeading(4)).toBeTruthy();
  });

  it('says the target is in the other tab, outlines that tab, and « Montre-moi » goes there', async () => {
    const { user } = await start();
    const show = () => user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    while (!screen.queryByRole('heading', { name: `Étape 7 sur ${total}` })) await show();
    // Step 7 asks for a message in the mailbox; the learner goes back to the CAF tab.
    await user.click(screen.getByRole('button', { name: 'caf.fr' }));
    const way = await screen.findByText(/Pour y revenir/);
    expect(way).toHaveTextContent('Onglet « Ma messagerie »');
    await waitFor(() => expect(target('browser.tab.mail')).toHaveAttribute('data-pap-highlight'));
    await show();
    expect(await stepHeading(8)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ma messagerie' })).toHaveAttribute('aria-current', 'page');
  });

  it('asks the question and says when the answer is wrong', async () => {
    const { user } = await start();
    const question = units.findIndex((u) => u.kind === 'question') + 1;
    while (!screen.queryByRole('heading', { name: `Étape ${question} sur ${total}` })) {
      await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    }
    await user.click(screen.getByRole('radio', { name: 'Je garde le code pour demain.' }));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText(/Ce n'est pas la bonne réponse/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /je tape le code tout de suite/ }));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await stepHeading(question + 1)).toBeTruthy();
  });

  it('ends on the completion screen, with a summary and a way to start again', async () => {
    const { user, onRestart } = await start();
    await user.click(screen.getByRole('button', { name: "J'ai besoin d'aide" }));
    await user.click(target(first.target)!);
    await stepHeading(2);
    for (let n = 2; n <= total; n++) {
      await stepHeading(n);
      await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
      // On a question, « Montre-moi » shows the right answer: the learner confirms it.
      if (units[n - 1]!.kind === 'question') await user.click(screen.getByRole('button', { name: 'Valider' }));
    }
    const heading = await screen.findByRole('heading', { name: 'Bravo !' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(compiled.meta.goal)).toBeTruthy();
    const steps = units.filter((u) => u.kind === 'step').length;
    expect(screen.getByText("1 étape faite avec de l'aide")).toBeTruthy();
    expect(screen.getByText('0 étape faite sans aide')).toBeTruthy();
    expect(screen.getByText('0 étape corrigée après une erreur')).toBeTruthy();
    expect(screen.getByText(`${steps - 1} étapes montrées, ou faites avec un animateur`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour aux leçons' }).getAttribute('href')).toBe('/');
    await user.click(screen.getByRole('button', { name: 'Recommencer' }));
    expect(onRestart).toHaveBeenCalledOnce();
  });

  it('explains a glossary word on demand', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    await stepHeading(2);
    const word = screen.getByRole('button', { name: /carte Vitale/ });
    expect(word.getAttribute('aria-expanded')).toBe('false');
    await user.click(word);
    expect(word.getAttribute('aria-expanded')).toBe('true');
    const definition = document.getElementById(word.getAttribute('aria-controls')!)!;
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toBe(compiled.glossary['carte-vitale']!.definition);
  });

  it('in Alone mode shows the goal instead of the instruction, and outlines nothing', async () => {
    render(<Player lesson={compiled} mode="alone" onRestart={() => {}} />);
    await waitFor(() => expect(target(first.target)).not.toBeNull());
    expect(screen.getByText(compiled.meta.goal)).toBeTruthy();
    expect(hasText(document.querySelector('.instruction'), first.text)).toBe(false);
    expect(document.querySelector('[data-pap-highlight]')).toBeNull();
  });
});
