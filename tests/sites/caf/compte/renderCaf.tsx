/**
 * Renders the CAF site as the player does, for the account's tests: inside a real
 * `SiteBridgeProvider` with a persona (default: amina), a practice world on a practice date, the
 * run's memory (a second render with the same store is a reload), and ways to change the world as
 * the mailbox and time do: a mail's link clicked, time passing.
 */
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import type { Persona } from '../../../../src/lesson/types.ts';
import type { DriverAction } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { personaNamed, renderPracticeSite, type SiteOptions } from '../../renderPracticeSite.tsx';

export { personaNamed };

/** Renders the CAF site (default: amina on 2026-11-10); `logIn()` signs the persona in. */
export function renderCaf(options: SiteOptions = {}) {
  const persona = options.persona ?? personaNamed('amina');
  const site = renderPracticeSite(
    { site: 'caf', ui: <CafSite />, persona, date: '2026-11-10', targets: registry.targets },
    options,
  );
  return { ...site, logIn: () => cafLogIn(site, persona) };
}

export type RenderedCaf = ReturnType<typeof renderCaf>;

/** From the home page to Mon Compte, signed in as `persona` (the code read from the practice mailbox). */
export function cafLogIn(site: Pick<ReturnType<typeof renderPracticeSite>, 'drive' | 'world'>, persona: Persona) {
  site.drive(
    click('caf.header.mon-compte'),
    fill('caf.login.nir', String(persona.nir13)),
    fill('caf.login.password', String((persona.caf as { mot_de_passe: string }).mot_de_passe)),
    click('caf.login.submit'),
    click('caf.code.send'),
  );
  site.drive(fill('caf.code.input', site.world().otp), click('caf.code.submit'));
}
/** A click, as the driver performs it. */
export const click = (target: string): DriverAction => ({ action: 'click', target });
/** A value typed, as the driver performs it. */
export const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });
/** The place of the page shown. */
export const place = () =>
  document.querySelector('.caf-site [data-place]:not([data-place=""])')?.getAttribute('data-place');
