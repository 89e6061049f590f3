/**
 * The three guidance modes in the player, with the real compiled lesson and the real sites:
 * Watch (« Suivant », the pointer, « À moi ! »), Guided (help offered, fading), Alone (the
 * mission only, the ladder ending with « Montre-moi »), read-aloud and real-looking numbers.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import * as lesson from '../../content/lessons/caf-se-connecter/fr.mdx';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import type { CompiledLesson, Mode, StepData } from '../../src/lesson/types.ts';
import { Player, type PlayerProps } from '../../src/player/Player.tsx';
import { describeBoth } from './renderBoth.tsx';

const compiled = lesson as unknown as CompiledLesson;
const total = compiled.units.length;
const first = compiled.units[0] as StepData;
const target = (id: string) => document.querySelector<HTMLElement>(`[data-target="${id}"]`);
const stepHeading = (n: number) => screen.findByRole('heading', { name: `Étape ${n} sur ${total}` });
const button = (name: string) => screen.queryByRole('button', { name });

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

describeBoth('Player modes', ({ render }) => {
  const start = async (mode: Mode, props: Partial<PlayerProps> = {}) => {
    const user = userEvent.setup();
    const records: RunRecord[] = [];
    render(
      <Player
        lesson={compiled}
        mode={mode}
        onRestart={() => {}}
        onComplete={(r) => records.push(r)}
        watchTravelMs={0}
        {...props}
      />,
    );
    await waitFor(() => expect(target(first.target)).not.toBeNull());
    return { user, records };
  };

  it('Watch: « Suivant » does each step in front of the learner, to the end, all counted as shown', async () => {
    const { user, records } = await start('watch');
    expect(screen.getByText('Mode : Je regarde')).toBeTruthy();
    expect(button("J'ai besoin d'aide")).toBeNull();
    expect(target(first.target)?.hasAttribute('data-pap-highlight')).toBe(false);
    for (let step = 1; step <= total; step += 1) {
      await stepHeading(step);
      await user.click(button('Suivant')!);
      // On a question, the first « Suivant » shows the right answer, the second goes on.
      if (compiled.units[step - 1]!.kind === 'question') await user.click(button('Suivant')!);
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeTruthy();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ lessonId: 'caf-se-connecter', mode: 'watch' });
    expect(records[0]!.steps.every((s) => s.shown)).toBe(true);
  });

  it('Watch: « À moi ! » goes on in Guided mode from this step', async () => {
    const { user, records } = await start('watch');
    await user.click(button('Suivant')!);
    await stepHeading(2);
    await user.click(button('À moi !')!);
    expect(screen.getByText('Mode : On fait ensemble')).toBeTruthy();
    expect(button("J'ai besoin d'aide")).toBeTruthy();
    await waitFor(() => expect(target('caf.login.nir')?.hasAttribute('data-pap-highlight')).toBe(true));
    await user.type(target('caf.login.nir')!, '2860375114023');
    await user.tab();
    await stepHeading(3);
    expect(records).toEqual([]);
  });

  it('Alone: only the mission; help one rung at a time, the last rung being « Montre-moi »', async () => {
    const { user } = await start('alone');
    expect(screen.getByText('Votre mission')).toBeTruthy();
    expect(screen.getByText(compiled.meta.goal)).toBeTruthy();
    expect(document.querySelector('.guide-panel')?.textContent).not.toContain(first.text);
    expect(button('Montre-moi')).toBeNull();
    expect(target(first.target)?.hasAttribute('data-pap-highlight')).toBe(false);
    await user.click(button("J'ai besoin d'aide")!);
    expect(screen.getByText('Ce qu’il faut faire maintenant :')).toBeTruthy();
    expect(document.querySelector('.help')?.textContent).toContain(first.hints[0]!.text);
    expect(button('Montre-moi')).toBeNull();
    await user.click(button("J'ai besoin d'aide")!);
    expect(document.querySelector('.help')?.textContent).toContain(first.hints[1]!.text);
    await waitFor(() => expect(document.activeElement).toBe(button('Montre-moi')));
    await user.click(button('Montre-moi')!);
    await stepHeading(2);
  });

  it('Alone: no guide feedback on a wrong action; help is offered after several, never forced', async () => {
    const { user } = await start('alone');
    for (let i = 0; i < 2; i += 1) await user.click(target('caf.home.faire-demande')!);
    expect(document.querySelector('.feedback')).toBeNull();
    expect(screen.queryByText(/Vous cherchez/)).toBeNull();
    await user.click(target('caf.home.faire-demande')!);
    expect(await screen.findByText(/Vous cherchez/)).toBeTruthy();
    expect(document.activeElement).toBe(target('caf.home.faire-demande'));
    await stepHeading(1);
  });

  it('Guided: help is offered after a long pause', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await start('guided');
    expect(screen.queryByText(/Vous cherchez/)).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(45_000);
    });
    expect(screen.getByText(/Vous cherchez/)).toBeTruthy();
  });

  it('Guided: a step whose skill the learner masters is faded — short instruction, no highlight', async () => {
    const { user } = await start('guided', { isFaded: (skill) => skill === 'se-connecter' });
    expect(screen.getByText('Cliquez : Bouton « Mon Compte »')).toBeTruthy();
    expect(target(first.target)?.hasAttribute('data-pap-highlight')).toBe(false);
    await user.click(button('Voir toute la consigne')!);
    expect(document.querySelector('.instruction')?.textContent).toContain('Mon Compte');
    await user.click(target(first.target)!);
    await stepHeading(2); // trouver-identifiant is not mastered: full instruction and highlight
    await waitFor(() => expect(target('caf.login.nir')?.hasAttribute('data-pap-highlight')).toBe(true));
    expect(button('Voir toute la consigne')).toBeNull();
  });

  it('reads the instruction aloud in the lesson’s language, or says it cannot', async () => {
    await start('guided');
    expect(
      screen.getAllByText('La lecture à voix haute n’est pas disponible sur cet ordinateur.').length,
    ).toBeGreaterThan(0);
    // jsdom has no speech synthesis: give it the browser's two objects, recording what is spoken.
    const spoken: { text: string; lang: string }[] = [];
    class Utterance {
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    Object.assign(window, {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: { cancel() {}, speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }) },
    });
    cleanup();
    const { user } = await start('guided');
    await user.click(await screen.findByRole('button', { name: 'Écouter la consigne' }));
    expect(spoken).toEqual([{ text: first.text, lang: 'fr-FR' }]);
  });

  it('Watch reads each new instruction aloud; feedback can be read aloud too', async () => {
    const spoken: string[] = [];
    class Utterance {
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    Object.assign(window, {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: { cancel() {}, speak: (u: Utterance) => spoken.push(u.text) },
    });
    const { user } = await start('watch');
    await waitFor(() => expect(spoken).toContain(first.text));
    await user.click(button('Suivant')!);
    await stepHeading(2);
    await waitFor(() => expect(spoken).toContain(compiled.units[1]!.text));
    await user.click(button('À moi !')!);
    const mistake = (compiled.units[1] as StepData).mistakes.find((m) => m.on === 'caf.login.create-account')!;
    await user.click(target('caf.login.create-account')!);
    await user.click(await screen.findByRole('button', { name: 'Écouter le message' }));
    expect(spoken.at(-1)).toBe(mistake.text);
  });

  it('warns about a number that looks like a real one and keeps nothing of it', async () => {
    const { user } = await start('guided');
    await user.click(button('Montre-moi')!);
    await stepHeading(2);
    await user.type(target('caf.login.nir')!, '255081416802538');
    await user.tab();
    expect(screen.getByText('Attention : ce numéro ressemble à un vrai numéro.')).toBeTruthy();
    expect((target('caf.login.nir') as HTMLInputElement).value).toBe('');
    expect(document.querySelector('.feedback')).toBeNull();
    await stepHeading(2);
  });
});
