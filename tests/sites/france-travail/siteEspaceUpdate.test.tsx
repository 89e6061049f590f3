/**
 * « Mon espace » once the monthly update is sent: it no longer offers « M'actualiser », but
 * « Revoir mon actualisation » and, on the practice site only, « Refaire l'actualisation », which
 * opens the questions with the answers sent, so that a lesson's steps after « Valider » can be
 * reached again.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { personaNamed, renderSite } from './siteBridge.tsx';

const click = (target: string): DriverAction => ({ action: 'click', target });
const a = (path: string) => `france-travail.actualisation.${path}`;
const c = (field: string) => `france-travail.connexion.${field}`;

function signedInNadia(date = '2026-11-30') {
  const site = renderSite({ persona: personaNamed('nadia'), date });
  site.drive(
    click('france-travail.header.connexion'),
    { action: 'fill', target: c('identifiant'), value: '4821377K' },
    click(c('poursuivre')),
    { action: 'fill', target: c('mot-de-passe'), value: 'Tilleuls-Courneuve-82' },
    click(c('valider')),
  );
  return site;
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('Mon espace once the update is sent', () => {
  it('offers « Revoir mon actualisation » and « Refaire l’actualisation », not « M’actualiser »', () => {
    const site = signedInNadia();
    expect(screen.getByRole('button', { name: 'M’actualiser' })).toBeVisible();
    site.drive(
      click('france-travail.espace.actualiser'),
      { action: 'choose', target: a('travail'), value: 'non' },
      { action: 'choose', target: a('arret'), value: 'non' },
      { action: 'choose', target: a('recherche'), value: 'oui' },
      click(a('questions.suivant')),
      click(a('valider')),
      click(a('retour')),
    );
    expect(heading()).toHaveTextContent('Bonjour Nadia');
    expect(screen.getByText('Votre actualisation de novembre 2026 est enregistrée.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'M’actualiser' })).toBeNull();

    site.drive(click('france-travail.espace.revoir-actualisation'));
    expect(heading()).toHaveTextContent(/actualisation est enregistrée/);
    site.drive(click(a('retour')), click('france-travail.espace.refaire-actualisation'));
    expect(heading()).toHaveTextContent(/novembre 2026/);
    expect(screen.getByRole('radio', { name: 'Oui', checked: true })).toBeInTheDocument();
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')).toContain('actualisation-refaite');
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')).not.toContain('actualisation-validee');
  });

  it('outside the window, offers neither: it says when the next update opens', () => {
    signedInNadia('2026-12-16');
    expect(screen.queryByRole('button', { name: 'M’actualiser' })).toBeNull();
    expect(screen.getByText(/La prochaine actualisation sera possible du 28\/12\/2026 au 15\/01\/2027/)).toBeVisible();
  });
});
