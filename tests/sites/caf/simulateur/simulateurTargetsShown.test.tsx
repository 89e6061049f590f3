/**
 * Every target the simulator declares is on one of its pages: a couple's simulation (the
 * partner's resources, the aide au logement, the result's buttons), a person alone with a young
 * child (the youngest child's question) and the not-eligible branch (no professional income).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { simulateurTargets } from '../../../../src/sites/caf/simulateur/simulateurTargets.ts';
import { renderSimulateur, simulate, type Answers } from './renderSimulateur.tsx';

const seen = new Set<string>();
const look = () => document.querySelectorAll<HTMLElement>('[data-target]').forEach((e) => seen.add(e.dataset.target!));

/** Answers every page, looking at the targets of each before it is left. */
async function simulateLooking(answers: Answers) {
  const site = renderSimulateur();
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true });
  look();
  await simulate(site, answers);
  look();
  observer.disconnect();
  site.unmount();
  return site;
}

const months = (salary: string): [string, string][] => [
  [salary, '0'],
  [salary, '0'],
  [salary, '0'],
];

describe('the simulator’s targets', () => {
  it('are all on its pages, across its branches', async () => {
    await simulateLooking({
      codePostal: '93200',
      naissance: '14/03/1986',
      situation: 'Aucune de ces situations',
      couple: true,
      enfants: '2',
      logement: 'Locataire',
      aide: '300',
      ressources: [months('1500'), months('0')],
    });
    await simulateLooking({
      codePostal: '93200',
      naissance: '14/03/1986',
      situation: 'Demandeur d’emploi',
      couple: false,
      enfants: '1',
      moinsDe3Ans: true,
      logement: 'Hébergé(e) gratuitement',
      ressources: [months('800')],
    });
    // No professional income: the not-eligible page and its « Modifier ma réponse ».
    const site = renderSimulateur();
    look();
    await site.user.type(screen.getByLabelText('Code postal de votre lieu de résidence'), '93200');
    await site.user.type(screen.getByLabelText('Date de naissance'), '14/03/1986');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('radio', { name: 'Non' }));
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    look();
    expect(Object.keys(simulateurTargets).filter((t) => !seen.has(t))).toEqual([]);
  });
});
