/**
 * Renders the impots.gouv site as the player does: inside a real `SiteBridgeProvider` with the
 * famille-martin persona (or another), a practice world on the lesson's date, the run's memory
 * (so a remount is a reload), and the documents the site opens in the practice viewer. Its own
 * registry (impots and the mailbox) until the integrator registers the site. The world can be
 * changed as the player and the mailbox change it: an incident switched on, a mail's link
 * clicked, time passing.
 */
import { ImpotsSite } from '../../../src/sites/impots/ImpotsSite.tsx';
import { impots } from '../../../src/sites/impots/index.ts';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import { mail } from '../../../src/sites/mail/index.ts';
import { personaNamed, renderPracticeSite, type SiteOptions } from '../renderPracticeSite.tsx';

export { personaNamed, type SiteOptions };

/** The sites of these tests: impots.gouv and the mailbox. */
export const registry = createSiteRegistry([impots, mail]);

export const martin = personaNamed('famille-martin');
export const gerard = personaNamed('gerard');

/** Renders the site (default: famille-martin on 2026-04-20, the campaign open). */
export const renderImpots = (options: SiteOptions = {}) =>
  renderPracticeSite(
    { site: 'impots', ui: <ImpotsSite />, persona: martin, date: '2026-04-20', targets: registry.targets },
    options,
  );

export type RenderedImpots = ReturnType<typeof renderImpots>;

export const click = (target: string): DriverAction => ({ action: 'click', target });
export const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });

/** The site's flags (`data-flags`). */
export const flags = () => document.querySelector<HTMLElement>('[data-flags]')!.dataset.flags!.split(' ');

/** From any page to the space, signed in with the persona's numéro fiscal, password and the code. */
export function signIn(site: RenderedImpots, nif: string, password: string): void {
  site.drive(
    click('impots.header.espace'),
    fill('impots.connexion.numero-fiscal', nif),
    fill('impots.connexion.mot-de-passe', password),
    click('impots.connexion.valider'),
  );
  site.drive(fill('impots.code.input', site.world().otp), click('impots.code.valider'));
}

/** Julien Martin's identifiers (content/personas/famille-martin.yaml). */
export const julien = { nif: '1284619372120', password: 'Acacias-Montreuil-27', access: '4827391', rfr: '47 520' };
/** Gérard Lefèvre's. */
export const gerardIds = { nif: '3016284755456', password: 'Republique93300', access: '6150342', rfr: '17 460' };

/** From any page to the mail sent, the space created with `ids`. */
export function createSpace(site: RenderedImpots, ids: typeof julien, email: string): void {
  site.drive(
    click('impots.header.logo'),
    click('impots.home.creer-espace'),
    fill('impots.creation.numero-fiscal', ids.nif),
    click('impots.creation.continuer'),
    fill('impots.creation.numero-acces', ids.access),
    fill('impots.creation.revenu-fiscal', ids.rfr),
    click('impots.creation.continuer'),
    fill('impots.creation.email', email),
    fill('impots.creation.email-confirmation', email),
    fill('impots.creation.mot-de-passe', ids.password),
    fill('impots.creation.mot-de-passe-confirmation', ids.password),
    click('impots.creation.valider'),
  );
}

/** The id of the last activation link in the mailbox. */
export function activationLink(site: RenderedImpots): string {
  const found = site.world().inbox.find((m) => m.id === 'impots-activation');
  if (!found?.link) throw new Error('No activation mail in the practice mailbox.');
  return found.link.id;
}
