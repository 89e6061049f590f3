/**
 * A site is one folder and one registry entry: the test-only médiathèque site (tests/fixtures/
 * test-site) is checked by the compiler, named in the practice browser, shown on the card, sends
 * a mail the mailbox lists as a target, and a lesson on it plays to the end in the real player.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessages } from '../../src/compiler/messages.ts';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, StepData } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { Player } from '../../src/player/Player.tsx';
import { perform } from '../../src/sites/framework/driver.ts';
import { createSiteRegistry } from '../../src/sites/framework/siteRegistry.ts';
import { registry } from '../../src/sites/registry.ts';
import { biblio } from '../fixtures/test-site/index.ts';
import * as z from 'zod/mini';
import { compileWith, loadTestLesson, testRegistry, testViews } from '../fixtures/test-site/testSites.ts';

initI18n('fr');

let lesson: CompiledLesson;
let unload: () => void;
beforeAll(async () => {
  ({ lesson, unload } = await loadTestLesson('biblio-prolonger'));
});
afterAll(() => unload());

describe('a site added by its folder and one registry entry', () => {
  it('is unknown to the compiler until it is registered', async () => {
    const result = await compileWith('biblio-prolonger', registry);
    const tabs = registry.sites.filter((site) => site.tab !== false).map((site) => `\`${site.id}\``);
    expect(formatMessages(result.file)[0]).toMatch(
      /fr\.mdx:5:1 {2}error {2}Unknown site `biblio`\. Use .* {2}unknown-site$/,
    );
    expect(formatMessages(result.file)[0]).toContain(`Use ${tabs.slice(0, -1).join(', ')} or ${tabs.at(-1)}.`);
    expect(formatMessages(result.file)[0]).not.toContain('`franceconnect`');
  });

  it("cannot be a lesson's start site when it has no tab (reached through another site, as FranceConnect)", async () => {
    const result = await compileWith(
      'biblio-prolonger',
      createSiteRegistry([...registry.sites, { ...biblio, tab: false }]),
    );
    expect(formatMessages(result.file)[0]).toMatch(
      /fr\.mdx:5:1 {2}error {2}The site `biblio` has no tab: a lesson starts on the site that leads there\. Use `caf`, .* {2}unknown-site$/,
    );
  });

  it('derives its tab, and the mailbox target of the mail it sends', () => {
    expect(testRegistry.targets['browser.tab.biblio']).toEqual({
      label: 'Onglet « mediatheque.fr »',
      actions: ['click'],
    });
    expect(testRegistry.targets['mail.inbox.biblio-prolongation']?.label).toBe(
      'Message « Vos prêts sont prolongés » de la médiathèque',
    );
    expect(Object.keys(testRegistry.papers)).toContain('carte-biblio');
  });

  it('hands the engine each step with what it needs of its target', () => {
    const duree = lesson.units.find((u) => u.id === 'duree') as StepData;
    expect(duree).toMatchObject({ targetLabel: 'Liste « Durée »', options: ['1-semaine', '3-semaines'] });
    expect(lessonPaths(lesson, createWorld(0))).toHaveLength(1);
  });

  it('checks the persona against the site’s own schema', async () => {
    const strict = createSiteRegistry([
      ...registry.sites,
      { ...biblio, persona: z.looseObject({ lecteur: z.string() }) },
    ]);
    const result = await compileWith('biblio-prolonger', strict);
    expect(formatMessages(result.file)).toContainEqual(
      expect.stringMatching(
        /:6:1 {2}error {2}Persona `noe` needs `lecteur` for the biblio practice site .*persona-field$/,
      ),
    );
  });

  it('plays « Bravo ! » through the practice sites, with its tab, address, card and mail', async () => {
    const [path] = lessonPaths(lesson, createWorld(0));
    render(<Player lesson={lesson} mode="guided" onRestart={() => {}} sites={testViews} />);
    const browser = screen.getByRole('region', { name: /navigateur/i });
    // Its tab first, then the mailbox it writes to; not the sites the lesson never uses.
    const tabs = within(within(browser).getByRole('group')).getAllByRole('button');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['mediatheque.fr', 'Ma messagerie']);
    expect(tabs[0]).toHaveAttribute('aria-current', 'page');
    expect(browser).toHaveTextContent('https://entrainement.pas-a-pas.local/mediatheque');
    expect(screen.getByRole('heading', { name: 'Carte de la médiathèque' })).toBeInTheDocument();
    for (const { unit, event } of path!) {
      await screen.findByRole('heading', {
        name: `Étape ${lesson.units.indexOf(unit) + 1} sur ${lesson.units.length}`,
      });
      if (event.type !== 'SITE') throw new Error(`unexpected ${event.type}`);
      // The amount as a French person may type it: the site accepts it, so the step counts it.
      const value = unit.id === 'caution' ? '1.012,40' : event.value;
      await screen.findByText((_, element) => element?.getAttribute('data-target') === event.target);
      act(() =>
        perform(document, { action: event.action, target: event.target, ...(value === undefined ? {} : { value }) }),
      );
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(screen.getByText(/7 étapes faites sans aide/)).toBeVisible();
  });
});
