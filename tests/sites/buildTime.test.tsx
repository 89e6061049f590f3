import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SiteEvent } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { cafTargets } from '../../src/sites/caf/targets.ts';
import { SiteBridgeProvider } from '../../src/sites/framework/SiteBridge.tsx';
import { MailSite } from '../../src/sites/mail/MailSite.tsx';
import { mail } from '../../src/sites/mail/index.ts';
import { mailTargets } from '../../src/sites/mail/targets.ts';
import { registry } from '../../src/sites/registry.ts';
import type { DriverAction } from '../../src/sites/framework/driver.ts';
import { toCodePage } from './cafSteps.ts';
import { amina, renderWithBridge } from './renderWithBridge.tsx';

describe('the sites render at build time', () => {
  it.each([
    ['caf', <CafSite />, 'ce n’est pas le vrai site de la CAF'],
    ['mail', <MailSite />, 'ce n’est pas votre vraie messagerie'],
  ])('%s renders to a string, banner first', (_, site, banner) => {
    const events: SiteEvent[] = [];
    const html = renderToString(
      <SiteBridgeProvider
        emit={(e) => events.push(e)}
        persona={amina}
        world={createWorld(0)}
        updateWorld={() => {}}
        targets={registry.targets}
      >
        {site}
      </SiteBridgeProvider>,
    );
    expect(html).toContain(banner);
    expect(html.indexOf('role="note"')).toBeLessThan(html.indexOf('<header'));
    expect(events).toEqual([]);
  });
});

describe('every target of the registries is on some page', () => {
  it('CAF: walking through every page and panel shows every target but the unused resource lines and the simulator', () => {
    const site = renderWithBridge(<CafSite />);
    const seen = new Set<string>();
    const look = () =>
      document.querySelectorAll<HTMLElement>('[data-target]').forEach((e) => seen.add(e.dataset.target!));
    const walk = (...steps: DriverAction[]) => {
      for (const step of steps) {
        site.drive(step);
        look();
      }
    };
    const click = (...targets: string[]) => walk(...targets.map((target) => ({ action: 'click' as const, target })));
    look();
    click('caf.header.mon-compte', 'caf.header.logo');
    walk(...toCodePage, { action: 'click', target: 'caf.code.send' });
    walk(
      { action: 'fill', target: 'caf.code.input', value: site.world().otp },
      { action: 'click', target: 'caf.code.submit' },
    );
    click(
      'caf.espace.menu.paiements',
      'caf.espace.menu.profil',
      'caf.espace.menu.documents',
      'caf.espace.menu.ressources',
    );
    click('caf.header.mon-compte', 'caf.espace.notification-dtr', 'caf.ressources.declarer', 'caf.dtr.start');
    click('caf.dtr.vous.m1.salaire.modifier', 'caf.dtr.edit.cancel', 'caf.dtr.vous.m1.ajouter', 'caf.dtr.add.cancel');
    walk(
      { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
      { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
      // Inès's page (17).
      { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
    );
    walk({ action: 'check', target: 'caf.dtr.review.certify' });
    click(
      'caf.dtr.review.validate',
      'caf.dtr.confirmation.back',
      'caf.espace.menu.ressources',
      'caf.ressources.revoir',
    );
    click('caf.dtr.confirmation.back', 'caf.espace.menu.ressources', 'caf.ressources.refaire', 'caf.espace.logout');
    // The simulator's pages have their own walk (tests/sites/caf/simulateur/simulateurTargetsShown.test.tsx),
    // and so has the declaration of a change (tests/sites/caf/changement/changementTargetsShown.test.tsx);
    // the children's pages show for a child of 16 or more (tests/sites/caf/dtr/dtrHousehold.test.tsx);
    // creating an account and a forgotten password are signed out (tests/sites/caf/compte/);
    // « Supprimer » shows on a line the learner added (tests/sites/caf/dtr/dtrRemove.test.tsx).
    const missing = Object.keys(cafTargets).filter(
      (t) =>
        !seen.has(t) &&
        !/^caf\.dtr\.(vous|conjoint|enfant\d)\.m\d\.[a-z0-9-]+\.(modifier|supprimer)$/.test(t) &&
        !t.startsWith('caf.dtr.enfant') &&
        !t.startsWith('caf.compte.') &&
        !t.startsWith('caf.simulateur.') &&
        !t.startsWith('caf.changement.') &&
        t !== 'caf.profil.revoir' &&
        // The claim's pages have their own walk (tests/sites/caf/demande/demandeTargetsShown.test.tsx).
        !t.startsWith('caf.demande.'),
    );
    expect(missing).toEqual([]);
    expect(seen.has('caf.dtr.vous.m2.salaire.modifier') && seen.has('caf.dtr.conjoint.m3.chomage.modifier')).toBe(true);
  });

  it('mail: every target but the messages before they arrive and the open message’s buttons', () => {
    renderWithBridge(<MailSite />);
    const seen = new Set(Array.from(document.querySelectorAll<HTMLElement>('[data-target]'), (e) => e.dataset.target!));
    // The mailbox's own targets and those of the messages other sites send (`mail.inbox.<id>`,
    // their attachment and link, and « Ce n’est pas un courrier indésirable »): those arrive
    // with the messages.
    const mailbox = Object.keys(registry.targets).filter((t) => t.startsWith('mail.'));
    expect(mailbox).toEqual(expect.arrayContaining(Object.keys(mailTargets)));
    const sent = Object.keys(mail.derivedTargets(registry.sites));
    expect(sent).toEqual(
      expect.arrayContaining(['mail.inbox.caf-accuse', 'mail.inbox.caf-code', 'mail.message.pas-indesirable']),
    );
    expect(mailbox.filter((t) => !seen.has(t)).sort()).toEqual([...sent, 'mail.message.back'].sort());
  });
});
