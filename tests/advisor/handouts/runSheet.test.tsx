/**
 * The run sheet: a hand-built compiled session shows its times from 0, lengths, lessons and
 * modes, what to say, the asks with their good answers and the checklist; an unknown session id
 * gets its own message.
 */
import { screen, within } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { RunSheet } from '../../../src/advisor/handouts/RunSheet.tsx';
import { App } from '../../../src/app/App.tsx';
import { i18n } from '../../../src/i18n/i18n.ts';
import { describeBoth } from '../../player/renderBoth.tsx';
import { onlyInFrench } from '../../support/onlyInFrench.ts';
import { fixtureSession } from './fixtureSession.tsx';

describeBoth('RunSheet', ({ render }) => {
  it('shows the session’s title, audience, length and what to prepare', () => {
    render(<RunSheet session={fixtureSession} />);
    expect(screen.getByRole('heading', { level: 1, name: fixtureSession.meta.title })).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(fixtureSession.meta.audience)).toBeVisible();
    expect(screen.getByText('Durée : 75 minutes')).toBeVisible();
    const prepare = screen.getByRole('region', { name: 'À préparer' });
    expect(
      within(prepare)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(fixtureSession.meta.prepare);
  });

  it('gives each segment its times from 0, its length, lesson and mode', () => {
    render(<RunSheet session={fixtureSession} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '0:00 – 0:10 Accueil et tour de table',
      '0:10 – 0:30 Se connecter : je regarde',
      '0:30 – 1:15 Déclarer : chacun seul',
    ]);
    const [first, second, third] = screen.getAllByRole('listitem', { name: /\d:\d\d – / });
    expect(within(first!).getByText('10 minutes')).toBeVisible();
    expect(within(first!).queryByText(/^Leçon :/)).toBeNull();
    const lesson = within(second!).getByText('Me connecter à Mon Compte CAF');
    expect(lesson.parentElement).toHaveTextContent(/^Leçon : Me connecter à Mon Compte CAF$/);
    expect(lesson).toHaveAttribute('lang', 'fr');
    expect(within(second!).getByText('Mode : Je regarde')).toBeVisible();
    expect(within(third!).getByText('Mode : Je fais seul')).toBeVisible();
    expect(within(third!).getByText('45 minutes')).toBeVisible();
  });

  it('shows what to say, the asks with their good answers, and the checklist with boxes', () => {
    render(<RunSheet session={fixtureSession} />);
    const first = screen.getAllByRole('listitem', { name: /\d:\d\d – / })[0]!;
    expect(within(first).getByRole('heading', { level: 4, name: 'À dire' })).toBeVisible();
    expect(within(first).getByText('copie').tagName).toBe('STRONG');
    expect(within(first).getByText('Qui a déjà un compte sur le site de la CAF ?')).toBeVisible();
    expect(within(first).getByText('Bonnes réponses :')).toBeVisible();
    expect(within(first).getByText("Certains l'ont, d'autres ne savent pas.")).toBeVisible();
    // Each text shows once: the Slot renders only the wanted one.
    expect(within(first).queryByText(/Montrez la leçon/)).toBeNull();
    const checks = within(first).getByRole('heading', { level: 4, name: 'À vérifier' }).parentElement!;
    expect(
      within(checks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Chaque personne a un ordinateur allumé.', "La page d'accueil de Pas à pas est ouverte."]);
    expect(checks.querySelectorAll('.paper-box')).toHaveLength(2);
  });

  describe('with a lesson only in French', () => {
    onlyInFrench('caf-declaration-trimestrielle');
    it('speaks English in an English UI, the script and lesson titles keeping their language', async () => {
      await i18n.changeLanguage('en');
      render(<RunSheet session={fixtureSession} />);
      expect(screen.getByText('Length: 75 minutes')).toBeVisible();
      expect(screen.getByRole('region', { name: 'To prepare' })).toBeVisible();
      const [, second, third] = screen.getAllByRole('listitem', { name: /\d:\d\d – / });
      expect(within(second!).getByText('Mode: I watch')).toBeVisible();
      // A translated lesson gives its English title; one only in French keeps its French title, marked so.
      expect(within(second!).getByText('Log in to my CAF account (Mon Compte)')).toHaveAttribute('lang', 'en');
      expect(within(third!).getByText('Déclarer mes ressources du trimestre à la CAF')).toHaveAttribute('lang', 'fr');
      expect(within(second!).getByText('Montrez la leçon au vidéoprojecteur.').closest('[lang]')).toHaveAttribute(
        'lang',
        'fr',
      );
    });
  });

  it('says when a session id is unknown', async () => {
    render(<App hook={memoryLocation({ path: '/animateur/fiches/seances/atelier-inconnu' }).hook} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier introuvable' })).toBeVisible();
    expect(
      screen.getByText("Il n'y a pas d'atelier « atelier-inconnu ». Choisissez un atelier dans la liste."),
    ).toBeVisible();
  });
});
