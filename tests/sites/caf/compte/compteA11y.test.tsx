/**
 * Accessibility of the account's pages (axe-core; contrast needs a real layout: the e2e run
 * checks it): each page of « Mot de passe oublié ? » and of the creation, with its errors shown.
 */
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { click, fill, personaNamed, renderCaf } from './renderCaf.tsx';

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the account’s pages (axe-core)', () => {
  it('« Mot de passe oublié » with errors, the mail sent, the new password with errors, the expired link', async () => {
    const site = renderCaf();
    site.drive(click('caf.header.mon-compte'), click('caf.login.forgot-password'), click('caf.compte.oubli.valider'));
    expect(await violations()).toEqual([]);
    site.drive(
      fill('caf.compte.oubli.nir', '2860375114023'),
      fill('caf.compte.oubli.naissance', '14/03/1986'),
      click('caf.compte.oubli.valider'),
    );
    expect(await violations()).toEqual([]);
    const link = site.world().inbox.find((m) => m.id === 'caf-reinitialisation')!.link!;
    site.openLink(link.id);
    site.drive(fill('caf.compte.nouveau.mot-de-passe', 'court'), click('caf.compte.nouveau.valider'));
    expect(await violations()).toEqual([]);
    site.drive(
      fill('caf.compte.nouveau.mot-de-passe', 'Soleil-Lilas-2027'),
      fill('caf.compte.nouveau.confirmation', 'Soleil-Lilas-2027'),
      click('caf.compte.nouveau.valider'),
    );
    expect(await violations()).toEqual([]);
    site.drive(click('caf.login.forgot-password'));
    site.drive(
      fill('caf.compte.oubli.nir', '2860375114023'),
      fill('caf.compte.oubli.naissance', '14/03/1986'),
      click('caf.compte.oubli.valider'),
    );
    site.later(25 * 3600_000);
    site.openLink(site.world().inbox.find((m) => m.id === 'caf-reinitialisation')!.link!.id);
    expect(await violations()).toEqual([]);
  });

  it('« Créer un compte »: the request, each step with its errors, the confirmation', async () => {
    const site = renderCaf({ persona: personaNamed('lucas') });
    site.drive(click('caf.header.mon-compte'), click('caf.login.create-account'));
    expect(await violations()).toEqual([]);
    site.drive(click('caf.compte.demande.creer'), click('caf.compte.creation.continuer'));
    expect(await violations()).toEqual([]);
    site.drive(
      fill('caf.compte.creation.nir', '1030593066274'),
      fill('caf.compte.creation.nom', 'Martin'),
      fill('caf.compte.creation.prenoms', 'Lucas'),
      fill('caf.compte.creation.naissance', '17/05/2003'),
      fill('caf.compte.creation.lieu', 'Saint-Denis'),
      fill('caf.compte.creation.code-postal', '93200'),
      fill('caf.compte.creation.commune', 'Saint-Denis'),
      click('caf.compte.creation.continuer'),
      click('caf.compte.creation.envoyer-code'),
    );
    expect(await violations()).toEqual([]);
    site.drive(
      fill('caf.compte.creation.email', 'lucas.martin@messagerie-entrainement.fr'),
      click('caf.compte.creation.envoyer-code'),
      click('caf.compte.creation.valider-code'),
    );
    expect(await violations()).toEqual([]);
    site.drive(fill('caf.compte.creation.code', site.world().otp), click('caf.compte.creation.valider-code'));
    site.drive(click('caf.compte.creation.creer'));
    expect(await violations()).toEqual([]);
    site.drive(
      fill('caf.compte.creation.mot-de-passe', 'Gare-Saint-Denis-2026'),
      fill('caf.compte.creation.confirmation', 'Gare-Saint-Denis-2026'),
      click('caf.compte.creation.creer'),
    );
    expect(await violations()).toEqual([]);
  });
});
