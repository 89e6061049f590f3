/**
 * Renders the CAF site as the player does, for the account's tests: inside a real
 * `SiteBridgeProvider` with a persona (default: amina), a practice world on a practice date, the
 * run's memory (a second render with the same store is a reload), and ways to change the world as
 * the mailbox and time do: a mail's link clicked, time passing.
 */
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import type { DriverAction } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { personaNamed, renderPracticeSite, type SiteOptions } from '../../renderPracticeSite.tsx';

export { personaNamed };

/** Renders the CAF site (default: amina on 2026-11-10). */
export const renderCaf = (options: SiteOptions = {}) =>
  renderPracticeSite(
    { site: 'caf', ui: <CafSite />, persona: personaNamed('amina'), date: '2026-11-10', targets: registry.targets },
    options,
  );

export type RenderedCaf = ReturnType<typeof renderCaf>;
/** A click, as the driver performs it. */
export const click = (target: string): DriverAction => ({ action: 'click', target });
/** A value typed, as the driver performs it. */
export const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });
/** The place of the page shown. */
export const place = () =>
  document.querySelector('.caf-site [data-place]:not([data-place=""])')?.getAttribute('data-place');
