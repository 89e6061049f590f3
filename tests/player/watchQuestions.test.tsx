/**
 * Questions teach in every mode, with the real lesson and the real sites: « Je regarde » shows a
 * question with its answers, « Suivant » first selects the right one and explains it, the next
 * « Suivant » goes on; « Montre-moi » on a question shows the right answer and the learner
 * confirms; a question without a correct answer never blocks.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as reference from '../../content/lessons/caf-se-connecter/fr.mdx';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, Mode, QuestionData } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';

initI18n('fr');

const lesson = reference as unknown as CompiledLesson;
const total = lesson.units.length;
const questionNumber = lesson.units.findIndex((u) => u.kind === 'question') + 1;
const question = lesson.units[questionNumber - 1] as QuestionData;
const right = question.answers.find((a) => a.correct)!;

const heading = (n: number) => screen.findByRole('heading', { name: `Étape ${n} sur ${total}` });
const button = (name: string) => screen.getByRole('button', { name });
const radio = (text: string) => screen.getByRole('radio', { name: text });
const explanation = () => document.querySelector('.question-shown');

const compiled = resolve('tests/fixtures/.compiled', `watch-questions-${process.pid}.js`);

/** The same lesson with no correct answer to its question, by the real compiler, loaded as the bundler serves it. */
async function withoutCorrectAnswer(): Promise<CompiledLesson> {
  const path = resolve('content/lessons/caf-se-connecter/fr.mdx');
  const value = readFileSync(path, 'utf8')
    .replace(/(<Answer value="[^"]+") correct>/g, '$1>')
    .replace(/<Question id="([^"]+)">/g, '<Question id="$1" any>');
  const result = await compileLesson({ path, value }, { store: createContentStore(resolve('content')) });
  if (result.code === undefined) throw new Error(formatMessages(result.file).join('\n'));
  // Inside the project, so that Vitest resolves `react/jsx-runtime` as for any lesson.
  mkdirSync(resolve(compiled, '..'), { recursive: true });
  writeFileSync(compiled, result.code);
  return (await import(/* @vite-ignore */ compiled)) as CompiledLesson;
}

/** Opens `played` in `mode` and gets to its question with the guide's own button. */
async function toQuestion(mode: Mode, played = lesson) {
  const user = userEvent.setup();
  render(<Player lesson={played} mode={mode} watchTravelMs={0} onRestart={() => {}} />);
  for (let n = 1; n < questionNumber; n += 1) {
    await heading(n);
    await user.click(button(mode === 'watch' ? 'Suivant' : 'Montre-moi'));
  }
  await heading(questionNumber);
  return user;
}

describe('a question in « Je regarde »', () => {
  it('shows its answers, then « Suivant » selects and explains the right one, then goes on', async () => {
    const user = await toQuestion('watch');
    const answers = within(screen.getByRole('radiogroup')).getAllByRole('radio');
    expect(answers).toHaveLength(question.answers.length);
    for (const answer of question.answers) {
      expect(radio(answer.text)).toBeVisible();
      expect(radio(answer.text)).toBeDisabled();
      expect(radio(answer.text)).not.toBeChecked();
    }
    expect(screen.queryByRole('button', { name: 'Valider' })).toBeNull();

    await user.click(button('Suivant'));
    expect(radio(right.text)).toBeChecked();
    expect(explanation()).toHaveTextContent('La bonne réponse :');
    expect(explanation()).toHaveTextContent(right.text);
    expect(explanation()).toHaveTextContent('Appuyez sur « Suivant » pour continuer.');
    expect(screen.getByRole('heading', { name: `Étape ${questionNumber} sur ${total}` })).toBeVisible();

    await user.click(button('Suivant'));
    expect(await heading(questionNumber + 1)).toBeVisible();
  });
});

describe('« Montre-moi » on a question', () => {
  it('in Guided mode shows the right answer, selected and explained; the learner confirms it', async () => {
    const user = await toQuestion('guided');
    await user.click(button('Montre-moi'));
    expect(radio(right.text)).toBeChecked();
    expect(explanation()).toHaveTextContent(right.text);
    expect(explanation()).toHaveTextContent('Appuyez sur « Valider » pour continuer.');
    expect(screen.getByRole('heading', { name: `Étape ${questionNumber} sur ${total}` })).toBeVisible();

    await user.click(button('Valider'));
    expect(await heading(questionNumber + 1)).toBeVisible();
    expect(screen.queryByText(/Ce n'est pas la bonne réponse/)).toBeNull();
  });
});

describe('a question without a correct answer', () => {
  let open: CompiledLesson;
  beforeAll(async () => {
    open = await withoutCorrectAnswer();
  });
  afterAll(() => rmSync(compiled, { force: true }));

  it('does not block « Je regarde »: « Suivant » shows an answer, then goes on', async () => {
    const user = await toQuestion('watch', open);
    const first = open.units[questionNumber - 1] as QuestionData;
    await user.click(button('Suivant'));
    expect(radio(first.answers[0]!.text)).toBeChecked();
    expect(explanation()).toHaveTextContent('Ici, toutes les réponses conviennent.');
    await user.click(button('Suivant'));
    expect(await heading(questionNumber + 1)).toBeVisible();
  });

  it('moves on with any answer in Guided mode', async () => {
    const user = await toQuestion('guided', open);
    const last = (open.units[questionNumber - 1] as QuestionData).answers.at(-1)!;
    await user.click(radio(last.text));
    await user.click(button('Valider'));
    expect(await heading(questionNumber + 1)).toBeVisible();
    expect(screen.queryByText(/Ce n'est pas la bonne réponse/)).toBeNull();
  });
});
