/**
 * Renders the CAF site as the player does for the claim: inside a real `SiteBridgeProvider` with
 * the nadia persona (or another: amina for a couple), a practice world on 3 December 2026 (the
 * months asked: September to November 2026), the run's memory, and the practice browser's real
 * « Ouvrir » dialog for the file chooser.
 */
import type { Persona } from '../../../../src/lesson/types.ts';
import type { DriverAction } from '../../../../src/sites/framework/driver.ts';
import { renderCaf } from '../compte/renderCaf.tsx';
import { personaNamed } from '../../renderPracticeSite.tsx';

/** The claimant of the lesson caf-demander-prime-activite: Nadia, who lives alone. */
export const nadia = personaNamed('nadia');
/** A couple with a child, for the partner's page. */
export const amina = personaNamed('amina');

/** The practice day of the lesson caf-demander-prime-activite. */
export const practiceDay = '2026-12-03';

/** The CAF site on `practiceDay`, as in its practice-browser tab, for `persona` (default: Nadia). */
export function renderDemande(persona: Persona = nadia) {
  return renderCaf({ persona, date: practiceDay });
}

export type RenderedDemande = ReturnType<typeof renderDemande>;

/** From the home page to the claim's household page. */
export function toFoyer(site: RenderedDemande) {
  site.logIn();
  site.drive(
    { action: 'click', target: 'caf.espace.faire-demande' },
    { action: 'click', target: 'caf.demande.liste.prime-activite' },
    { action: 'click', target: 'caf.demande.commencer' },
  );
}

/** The driver steps from the household page to the summary, with Nadia's right values (she lives alone). */
export const toRecapitulatif: DriverAction[] = [
  { action: 'choose', target: 'caf.demande.foyer.exact', value: 'oui' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.salaires', value: '573,30' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.chomage', value: '280,80' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m2.salaires', value: '561,60' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m2.chomage', value: '151,20' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m3.salaires', value: '593,78' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m3.chomage', value: '172,80' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.banque.iban', value: 'FR76 1789 9009 1500 0826 3041 778' },
  { action: 'fill', target: 'caf.demande.banque.bic', value: 'BENTFRPPXXX' },
  { action: 'click', target: 'caf.demande.suivant' },
];

/** Where `toRecapitulatif` reaches the bank page. */
export const toBanque = 9;

/** For a couple (Amina and Karim): from the household page to the partner's page. */
export const toConjoint: DriverAction[] = [
  { action: 'choose', target: 'caf.demande.foyer.exact', value: 'oui' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.salaires', value: '1012,40' },
  { action: 'click', target: 'caf.demande.suivant' },
];
