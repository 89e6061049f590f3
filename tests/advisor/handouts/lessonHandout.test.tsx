/**
 * A lesson's step sheet, in the real app with a real compiled lesson (the CAF change of
 * situation: a branch on the learner's answer): title and mission, each unit numbered as the
 * guide counts it in the lesson's words, the look-alike of what to look for, « À savoir »
 * questions, the « si » of each way, the practice card, the QR code's address in the chosen
 * mode; an unknown lesson id gets its own message.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../../src/app/App.tsx';
import type { CompiledLesson } from '../../../src/lesson/types.ts';
import { describeBoth, hasText } from '../../player/renderBoth.tsx';
import { onlyInFrench } from '../../support/onlyInFrench.ts';

const entry = lessons.find((lesson) => lesson.id === 'caf-declarer-changement')!;
const path = `/animateur/fiches/lecons/${entry.id}`;

/** The text a unit's instruction shows, its glossary words' hidden explanations left out. */
function instructionOf(item: HTMLElement): HTMLElement {
  const text = item.querySelector('.handout-text')!.cloneNode(true) as HTMLElement;
  text.querySelectorAll('.term-definition, .visually-hidden').forEach((hidden) => hidden.remove());
  return text;
}

describeBoth('LessonHandoutPage', ({ render }) => {
  const open = async (at = path) => {
    render(<App hook={memoryLocation({ path: at }).hook} />);
    return screen.findByRole('heading', { level: 1, name: entry.texts.fr!.title });
  };

  it('shows the title and mission, then every step numbered as the guide counts, in the lesson’s words', async () => {
    const lesson = (await entry.load.fr!()) as CompiledLesson;
    expect(await open()).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(lesson.meta.goal)).toBeVisible();
    const steps = within(screen.getByRole('region', { name: 'Les étapes' })).getAllByRole('listitem', {
      name: /^Étape \d+/,
    });
    expect(steps).toHaveLength(lesson.units.length);
    lesson.units.forEach((unit, index) => {
      expect(within(steps[index]!).getByRole('heading', { level: 3 }).textContent).toMatch(
        new RegExp(`^Étape ${index + 1}\\b`),
      );
      expect(hasText(instructionOf(steps[index]!), unit.text)).toBe(true);
    });
    await waitFor(() => expect(document.title).toBe(`Fiche à emporter : ${lesson.meta.title}`));
  });

  it('draws what to look for, and gives the full target label to screen readers', async () => {
    await open();
    const first = screen.getByRole('listitem', { name: 'Étape 1' });
    expect(within(first).getByText('Cherchez :')).toBeVisible();
    const sketch = first.querySelector('.sketch')!;
    expect(sketch).toHaveClass('sketch-button');
    expect(sketch.textContent).toBe('Mon Compte');
    expect(within(first).getByText('Bouton « Mon Compte »')).toHaveClass('visually-hidden');
  });

  it('prints a question as « À savoir », and marks each way of the branch with the answer that leads there', async () => {
    await open();
    const question = screen.getByRole('listitem', { name: 'Étape 13 · À savoir' });
    expect(within(question).getByText('Vous choisissez une de ces réponses :')).toBeVisible();
    expect(within(question).getByText("Le déménagement d'Amina.")).toBeVisible();
    const moving = screen.getByRole('listitem', { name: 'Étape 14' });
    expect(within(moving).getByText("Si vous avez répondu à l’étape 13 : « Le déménagement d'Amina. »")).toBeVisible();
    const birth = screen.getByRole('listitem', { name: 'Étape 26' });
    expect(within(birth).getByText('Si vous avez répondu à l’étape 13 : « La naissance de Yanis. »')).toBeVisible();
    expect(within(screen.getByRole('listitem', { name: 'Étape 36' })).queryByText(/^Si vous/)).toBeNull();
  });

  it('explains the lesson’s glossary words, and shows the persona’s practice card', async () => {
    await open();
    const words = screen.getByRole('region', { name: 'Les mots à connaître' });
    expect(within(words).getByText('justificatif')).toBeVisible();
    expect(within(words).getByText(/Un papier qui prouve ce que vous avez déclaré/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: "Carte d'entraînement" })).toBeVisible();
    expect(screen.getByText('2 86 03 75 114 023 63')).toBeVisible();
  });

  it('gives a QR code and its address that open the lesson in the chosen mode', async () => {
    await open();
    const user = userEvent.setup();
    const qr = screen.getByRole('region', { name: 'Refaire la leçon sur un autre ordinateur' });
    const guidedUrl = `${location.origin}/lecons/${entry.id}?mode=guided`;
    expect(
      within(qr)
        .getByRole('img', { name: `Code QR : ${guidedUrl}` })
        .querySelector('svg'),
    ).not.toBeNull();
    expect(within(qr).getByText(guidedUrl)).toBeVisible();
    await user.click(within(qr).getByRole('radio', { name: 'Je regarde' }));
    const watchUrl = `${location.origin}/lecons/${entry.id}?mode=watch`;
    expect(within(qr).getByText(watchUrl)).toBeVisible();
    expect(within(qr).getByRole('img', { name: `Code QR : ${watchUrl}` })).toBeVisible();
    expect(within(qr).getByText('Mode : Je regarde')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  });

  describe('a lesson only in French', () => {
    onlyInFrench(entry.id);
    it('speaks English in an English UI, the lesson’s French texts marked French', async () => {
      await open();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'English' }));
      const moving = await screen.findByRole('listitem', { name: 'Step 14' });
      expect(within(moving).getByText("If you answered at step 13: « Le déménagement d'Amina. »")).toBeVisible();
      expect(within(moving).getByText('Look for:')).toBeVisible();
      expect(moving.querySelector('.handout-text')).toHaveAttribute('lang', 'fr');
      expect(screen.getByRole('listitem', { name: 'Step 13 · Good to know' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'Print' })).toBeVisible();
    });
  });

  it('says when a lesson id is unknown', async () => {
    render(<App hook={memoryLocation({ path: '/animateur/fiches/lecons/lecon-inconnue' }).hook} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leçon introuvable' })).toBeVisible();
    expect(screen.getByText(/Il n'y a pas de leçon « lecon-inconnue »/)).toBeVisible();
  });
});
