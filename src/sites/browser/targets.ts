/**
 * Targets of the practice browser around the sites: its tabs, which a learner switches to read
 * a code in the mailbox, as with a real browser.
 */
import type { SiteSpec, TargetSpec } from '../framework/types.ts';

export const browserTargets = {
  'browser.tab.caf': { label: 'Onglet « caf.fr »', actions: ['click'] },
  'browser.tab.mail': { label: 'Onglet « Ma messagerie »', actions: ['click'] },
} satisfies Record<string, TargetSpec>;

export const browserSite: SiteSpec = {
  id: 'browser',
  name: 'Navigateur',
  address: '',
  targets: browserTargets,
};
