/**
 * Renders the France Travail site as the player does: inside a real `SiteBridgeProvider` with the
 * lucas persona (or another), a practice world on the lesson's date, the run's memory (so a
 * remount is a reload), and the documents the site opens in the practice viewer. The world can be
 * changed as the player and the mailbox change it: a lesson switching an incident on, a mail's
 * link clicked, time passing.
 */
import { FranceTravailSite } from '../../../src/sites/france-travail/FranceTravailSite.tsx';
import { registry } from '../../../src/sites/registry.ts';
import { personaNamed, renderPracticeSite, type SiteOptions } from '../renderPracticeSite.tsx';

export { personaNamed, type SiteOptions };

export const lucas = personaNamed('lucas');

/** Renders the site (default: lucas on 2026-12-01, the day after his contract ended). */
export const renderSite = (options: SiteOptions = {}) =>
  renderPracticeSite(
    {
      site: 'france-travail',
      ui: <FranceTravailSite />,
      persona: lucas,
      date: '2026-12-01',
      targets: registry.targets,
    },
    options,
  );

export type RenderedSite = ReturnType<typeof renderSite>;
