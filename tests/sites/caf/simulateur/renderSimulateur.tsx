/**
 * Renders the simulator as the player would (inside the bridge, on a practice day of November
 * 2026), and answers its pages as a learner does, with the keyboard and the mouse.
 */
import { screen } from '@testing-library/react';
import { createPracticeClock } from '../../../../src/lesson/practiceClock.ts';
import { createWorld } from '../../../../src/lesson/world.ts';
import { Simulateur } from '../../../../src/sites/caf/simulateur/Simulateur.tsx';
import { simulateurTargets } from '../../../../src/sites/caf/simulateur/simulateurTargets.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { renderWithBridge, type Rendered } from '../../renderWithBridge.tsx';

/** The practice day of these tests: 12 November 2026 (the months asked: August to October 2026). */
export const practiceDay = '2026-11-12';

/** The simulator alone, as `Simulateur` renders it (`strict`: inside `<StrictMode>`). */
export function renderSimulateur(onDemande?: () => void, strict = false) {
  const world = createWorld(createPracticeClock(practiceDay, Date.now()));
  return renderWithBridge(<Simulateur {...(onDemande ? { onDemande } : {})} />, {
    world,
    targets: { ...registry.targets, ...simulateurTargets },
    strict,
  });
}

const next = (site: Rendered) => site.user.click(screen.getByRole('button', { name: 'Suivant' }));

/** Types `value` into the field labelled `label` (emptied first). */
export async function type(site: Rendered, label: string | RegExp, value: string) {
  const field = screen.getByLabelText(label);
  await site.user.clear(field);
  await site.user.type(field, value);
}

/** The answers of one simulation, as the learner gives them. */
export interface Answers {
  codePostal: string;
  naissance: string;
  situation: string;
  couple: boolean;
  enfants: string;
  moinsDe3Ans?: boolean;
  logement: string;
  /** The aide au logement typed, when one is received. */
  aide?: string;
  /** Per adult, three months of [salaires, autres]. */
  ressources: [string, string][][];
}

/** From the first page to the result, answering every page. */
export async function simulate(site: Rendered, a: Answers) {
  const { user } = site;
  await type(site, 'Code postal de votre lieu de résidence', a.codePostal);
  await type(site, 'Date de naissance', a.naissance);
  await next(site);
  await user.click(screen.getByRole('radio', { name: 'Oui' }));
  await next(site);
  await user.click(screen.getByRole('radio', { name: a.situation }));
  await next(site);
  const couple = screen.getByRole('group', { name: 'Vivez-vous en couple ?' });
  await user.click(couple.querySelector<HTMLInputElement>(`input[value="${a.couple ? 'oui' : 'non'}"]`)!);
  await user.selectOptions(screen.getByLabelText('Nombre d’enfants à charge'), a.enfants);
  if (a.moinsDe3Ans !== undefined) {
    const youngest = screen.getByRole('group', { name: 'Votre plus jeune enfant a-t-il moins de 3 ans ?' });
    await user.click(youngest.querySelector<HTMLInputElement>(`input[value="${a.moinsDe3Ans ? 'oui' : 'non'}"]`)!);
  }
  await next(site);
  await user.click(screen.getByRole('radio', { name: a.logement }));
  if (a.logement !== 'Hébergé(e) gratuitement') {
    const aide = screen.getByRole('group', { name: /Percevez-vous une aide au logement/ });
    await user.click(aide.querySelector<HTMLInputElement>(`input[value="${a.aide ? 'oui' : 'non'}"]`)!);
    if (a.aide) await type(site, 'Montant mensuel de l’aide au logement (en euros)', a.aide);
  }
  await next(site);
  for (const months of a.ressources) {
    const salaires = screen.getAllByLabelText(/^Salaires et revenus d’activité/);
    const autres = screen.getAllByLabelText(/^Autres ressources/);
    for (const [i, [salaire, autre]] of months.entries()) {
      await user.type(salaires[i]!, salaire);
      await user.type(autres[i]!, autre);
    }
    await next(site);
  }
}
