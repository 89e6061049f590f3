/**
 * The end of the real declaration lesson tells the steps apart honestly: done without help,
 * corrected after a mistake, with hints, shown; and says when an amount was left wrong — in
 * French and in English.
 */
import { screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import * as declaration from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import type { UnitEvidence } from '../../src/engine/evidence.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, StepData } from '../../src/lesson/types.ts';
import { CompletionScreen } from '../../src/player/CompletionScreen.tsx';
import { describeBoth } from './renderBoth.tsx';
import { doneEvidence } from '../support/evidence.ts';

const lesson = declaration as unknown as CompiledLesson;
const steps = lesson.units.filter((u): u is StepData => u.kind === 'step');

/** The evidence of a run of the lesson in Je fais seul: every step without help, but as `how` says. */
function runWith(how: Record<string, Partial<UnitEvidence>>): Record<string, UnitEvidence> {
  return Object.fromEntries(
    lesson.units.map((unit) => [
      unit.id,
      doneEvidence(unit.id, unit.kind === 'step' ? unit.skill : undefined, how[unit.id]),
    ]),
  );
}

/** The lines of « Ce que vous avez fait ». */
const summaryLines = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describeBoth('CompletionScreen', ({ render }) => {
  const show = (evidence: Record<string, UnitEvidence>) =>
    render(
      <Router hook={memoryLocation({ path: '/' }).hook}>
        <CompletionScreen lesson={lesson} evidence={evidence} onRestart={() => {}} />
      </Router>,
    );

  it('counts two mistakes as two steps corrected, not as steps done without help', () => {
    show(runWith({ 'numero-secu': { wrongActions: 1 }, 'taper-code': { wrongActions: 1 } }));
    expect(screen.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
    expect(summaryLines()).toEqual([
      `${steps.length - 2} étapes faites sans aide`,
      '2 étapes corrigées après une erreur',
      "0 étape faite avec de l'aide",
      '0 étape montrée, ou faite avec un animateur',
    ]);
    expect(screen.queryByText(/Attention/)).not.toBeInTheDocument();
  });

  it('puts each step in one line only, by the most help it needed', () => {
    show(
      runWith({
        'numero-secu': { wrongActions: 2, hintRung: 1 },
        'mot-de-passe': { hintRung: 2, shown: true },
        'taper-code': { advisorHelped: true },
        'envoyer-code': { wrongActions: 1 },
      }),
    );
    expect(summaryLines()).toEqual([
      `${steps.length - 4} étapes faites sans aide`,
      '1 étape corrigée après une erreur',
      "1 étape faite avec de l'aide",
      '2 étapes montrées, ou faites avec un animateur',
    ]);
  });

  it('says when an amount was left wrong at the end, and does not count that step as without help', () => {
    show(runWith({ 'montant-aout': { leftWrong: true } }));
    expect(summaryLines()).toEqual([
      `${steps.length - 1} étapes faites sans aide`,
      '1 étape corrigée après une erreur',
      "0 étape faite avec de l'aide",
      '0 étape montrée, ou faite avec un animateur',
    ]);
    expect(screen.getByText('Attention : 1 information est restée fausse à la fin.')).toBeVisible();
  });

  it('speaks English, with plurals', async () => {
    await i18n.changeLanguage('en');
    show(runWith({ 'numero-secu': { leftWrong: true }, 'montant-aout': { leftWrong: true, hintRung: 1 } }));
    expect(summaryLines()).toEqual([
      `${steps.length - 2} steps done without help`,
      '1 step corrected after a mistake',
      '1 step done with help',
      '0 steps shown, or done with an advisor',
    ]);
    expect(screen.getByText('Careful: 2 pieces of information were left wrong at the end.')).toBeVisible();
  });
});
