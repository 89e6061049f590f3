/**
 * The React halves of the practice sites, each a lazy chunk: a lesson downloads a site only
 * when the player opens it.
 */
import { lazy, type ComponentType } from 'react';

/** Site components by site id; each takes no props and reads the site bridge. */
export type SiteComponents = Readonly<Record<string, ComponentType>>;

/** The practice sites the player's browser shows as tabs. */
export const siteComponents: SiteComponents = {
  caf: lazy(() => import('../sites/caf/CafSite.tsx').then((m) => ({ default: m.CafSite }))),
  mail: lazy(() => import('../sites/mail/MailSite.tsx').then((m) => ({ default: m.MailSite }))),
};
