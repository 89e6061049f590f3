/**
 * Renders the ameli site as the player does: inside a real `SiteBridgeProvider` with the amina
 * persona (or another), a practice world on the lesson's date, the run's memory (so a remount is
 * a reload) and the documents the site opens in the practice viewer. Until the integrator adds
 * ameli to the app's registry, the targets are those of `createSiteRegistry([ameli, mail])`.
 */
import { AmeliSite } from '../../../src/sites/ameli/AmeliSite.tsx';
import { ameli } from '../../../src/sites/ameli/index.ts';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import { mail } from '../../../src/sites/mail/index.ts';
import { renderPracticeSite, type SiteOptions } from '../renderPracticeSite.tsx';
import { amina } from '../renderWithBridge.tsx';

/** The sites the ameli tests know: ameli and the mailbox. */
export const ameliRegistry = createSiteRegistry([ameli, mail]);

export { amina };

/** Renders the site (default: amina on 2026-11-30). */
export const renderAmeli = (options: SiteOptions = {}) =>
  renderPracticeSite(
    { site: 'ameli', ui: <AmeliSite />, persona: amina, date: '2026-11-30', targets: ameliRegistry.targets },
    options,
  );

export type RenderedAmeli = ReturnType<typeof renderAmeli>;

/** Signs amina in with her number and password, as a learner would with the driver. */
export const signIn: DriverAction[] = [
  { action: 'fill', target: 'ameli.connexion.nir', value: '2860375114023' },
  { action: 'fill', target: 'ameli.connexion.mot-de-passe', value: 'Coquelicot-2026' },
  { action: 'click', target: 'ameli.connexion.valider' },
];

/** From the login page to « Votre attestation de droits est prête », for all the beneficiaries. */
export const toAttestation: DriverAction[] = [
  ...signIn,
  { action: 'click', target: 'ameli.compte.demarches' },
  { action: 'click', target: 'ameli.demarches.attestation-droits' },
  { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
  { action: 'click', target: 'ameli.attestation.demander' },
];
