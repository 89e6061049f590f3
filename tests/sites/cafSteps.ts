/** Driver steps that bring the CAF site to a given page, for tests that start further on. */
import type { DriverAction } from '../../src/sites/framework/driver.ts';
import type { Rendered } from './renderWithBridge.tsx';

/** From the home page to the code page. */
export const toCodePage: DriverAction[] = [
  { action: 'click', target: 'caf.header.mon-compte' },
  { action: 'fill', target: 'caf.login.nir', value: '2860375114023' },
  { action: 'fill', target: 'caf.login.password', value: 'Jasmin2026!' },
  { action: 'click', target: 'caf.login.submit' },
];

/** From the home page to the espace, through the code page (the code is read from the world). */
export function logIn(site: Rendered): void {
  site.drive(...toCodePage, { action: 'click', target: 'caf.code.send' });
  site.drive(
    { action: 'fill', target: 'caf.code.input', value: site.world().otp },
    { action: 'click', target: 'caf.code.submit' },
  );
}

/** From the home page to the first page of the declaration (« Vos ressources »). */
export function toDtr(site: Rendered): void {
  logIn(site);
  site.drive(
    { action: 'click', target: 'caf.espace.notification-dtr' },
    { action: 'click', target: 'caf.ressources.declarer' },
    { action: 'click', target: 'caf.dtr.start' },
  );
}
