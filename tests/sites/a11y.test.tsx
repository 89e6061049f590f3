import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { MailSite } from '../../src/sites/mail/MailSite.tsx';
import { logIn, toCodePage, toDtr } from './cafSteps.ts';
import { renderWithBridge } from './renderWithBridge.tsx';
import { renderChangement } from './caf/changement/renderChangement.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the e2e run checks it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the practice sites (axe-core)', () => {
  it('CAF: home, login with errors, code page with an error', async () => {
    const site = renderWithBridge(<CafSite />);
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.header.mon-compte' }, { action: 'click', target: 'caf.login.submit' });
    expect(await violations()).toEqual([]);
    site.drive(
      ...toCodePage.slice(1),
      { action: 'click', target: 'caf.code.send' },
      { action: 'click', target: 'caf.code.submit' },
    );
    expect(screen.getByRole('alert')).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  it('CAF: espace, Mes paiements et mes droits, Mes ressources, declaration intro', async () => {
    const site = renderWithBridge(<CafSite />);
    logIn(site);
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.espace.menu.paiements' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.espace.menu.ressources' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.ressources.declarer' });
    expect(await violations()).toEqual([]);
  });

  it('CAF: declaration pages with their panels, review, confirmation', async () => {
    const site = renderWithBridge(<CafSite />);
    toDtr(site);
    site.drive(
      { action: 'click', target: 'caf.dtr.vous.m2.salaire.modifier' },
      { action: 'click', target: 'caf.dtr.edit.save' },
    );
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.dtr.vous.m3.ajouter' }, { action: 'click', target: 'caf.dtr.add.save' });
    expect(await violations()).toEqual([]);
    // « Suivant » refused: the question's error and the summary.
    site.drive(
      { action: 'click', target: 'caf.dtr.vous.m1.ajouter' },
      { action: 'click', target: 'caf.dtr.add.cancel' },
    );
    site.drive({ action: 'click', target: 'caf.dtr.next' });
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
      { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
    );
    // Inès's page (17), with a resource added (and its « Supprimer »).
    site.drive(
      { action: 'click', target: 'caf.dtr.enfant1.m2.ajouter' },
      { action: 'choose', target: 'caf.dtr.add.type', value: 'salaire' },
      { action: 'fill', target: 'caf.dtr.add.amount', value: '512,53' },
      { action: 'click', target: 'caf.dtr.add.save' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
      { action: 'click', target: 'caf.dtr.review.validate' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'check', target: 'caf.dtr.review.certify' },
      { action: 'click', target: 'caf.dtr.review.validate' },
    );
    site.drive({ action: 'click', target: 'caf.dtr.confirmation.receipt' });
    expect(await violations()).toEqual([]);
  });

  it('CAF: Mon profil and « Déclarer un changement »: each page, with its errors, to the confirmation', async () => {
    const site = renderChangement();
    site.logIn();
    site.drive({ action: 'click', target: 'caf.espace.menu.profil' });
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'caf.profil.modifier' },
      { action: 'click', target: 'caf.changement.choix.suivant' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'choose', target: 'caf.changement.type', value: 'demenagement' },
      { action: 'click', target: 'caf.changement.choix.suivant' },
      { action: 'click', target: 'caf.changement.demenagement.suivant' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'caf.changement.demenagement.adresse', value: '5 rue Victor Hugo' },
      { action: 'fill', target: 'caf.changement.demenagement.code-postal', value: '94200' },
      { action: 'choose', target: 'caf.changement.demenagement.commune', value: 'Ivry-sur-Seine' },
      { action: 'fill', target: 'caf.changement.demenagement.date', value: '21/11/2026' },
      { action: 'choose', target: 'caf.changement.demenagement.logement', value: 'locataire' },
      { action: 'fill', target: 'caf.changement.demenagement.loyer', value: '690,00' },
      { action: 'click', target: 'caf.changement.demenagement.suivant' },
      { action: 'click', target: 'caf.changement.demenagement.justificatif.suivant' },
    );
    expect(await violations()).toEqual([]);
    await site.upload('Ajouter un justificatif', 'bail-ivry-sur-seine.pdf');
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.changement.demenagement.justificatif.suivant' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.changement.demenagement.valider' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.changement.confirmation.profil' });
    expect(await violations()).toEqual([]);
  });

  it('mailbox: list and message', async () => {
    const site = renderWithBridge(<MailSite />);
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'mail.inbox.other' });
    expect(await violations()).toEqual([]);
  });
});
