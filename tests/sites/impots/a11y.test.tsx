/**
 * axe-core on every page of the impots.gouv site, errors shown where a page has a form (contrast
 * needs a real layout: the e2e run checks it).
 */
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../framework/axe.ts';
import {
  activationLink,
  click,
  createSpace,
  fill,
  gerard,
  gerardIds,
  julien,
  renderImpots,
  signIn,
} from './impotsBridge.tsx';

/** Checks the page now shown, named by its title. */
async function check(title: string) {
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
  expect(await violations(), title).toEqual([]);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the impots.gouv site (axe-core)', () => {
  it('home, login with errors, code with an error, forgotten password', async () => {
    const site = renderImpots();
    await check('Particulier');
    site.drive(click('impots.home.espace'), click('impots.connexion.valider'));
    await check('Connexion à mon espace particulier');
    site.drive(
      fill('impots.connexion.numero-fiscal', julien.nif),
      fill('impots.connexion.mot-de-passe', 'faux-mot-2'),
      click('impots.connexion.valider'),
    );
    await check('Connexion à mon espace particulier');
    site.drive(fill('impots.connexion.mot-de-passe', julien.password), click('impots.connexion.valider'));
    site.drive(click('impots.code.valider'));
    await check('Code de sécurité');
    site.drive(click('impots.header.logo'), click('impots.home.espace'), click('impots.connexion.mot-de-passe-oublie'));
    site.drive(click('impots.mot-de-passe-oublie.continuer'));
    await check('Mot de passe oublié');
  });

  it('creating the space: the three pages with errors and help, the link sent, expired, activated', async () => {
    const site = renderImpots({ persona: gerard });
    site.drive(click('impots.home.creer-espace'), click('impots.creation.continuer'));
    await check('Créer mon espace particulier');
    site.drive(fill('impots.creation.numero-fiscal', gerardIds.nif), click('impots.creation.continuer'));
    site.drive(
      click('impots.creation.continuer'),
      click('impots.creation.aide-numero-acces'),
      click('impots.creation.aide-revenu-fiscal'),
    );
    await check('Créer mon espace particulier');
    site.drive(
      fill('impots.creation.numero-acces', gerardIds.access),
      fill('impots.creation.revenu-fiscal', gerardIds.rfr),
      click('impots.creation.continuer'),
      fill('impots.creation.mot-de-passe', 'abc'),
      click('impots.creation.valider'),
    );
    await check('Créer mon espace particulier');
    createSpace(site, gerardIds, 'gerard.lefevre@messagerie-entrainement.fr');
    await check('Activez votre espace particulier');
    site.incident('lien-expire');
    site.openLink(activationLink(site));
    await check('Le lien d’activation a expiré');
    site.drive(click('impots.creation.nouveau-lien'));
    site.openLink(activationLink(site));
    await check('Votre espace particulier est activé');
  });

  it('the espace, the declaration with errors, the summary, the acknowledgement, documents, messagerie', async () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    await check('Bonjour Julien MARTIN');
    site.drive(click('impots.espace.declarer'));
    await check('État civil et situation du foyer');
    site.drive(
      click('impots.declaration.etat-civil.modifier-adresse'),
      fill('impots.declaration.adresse.code-postal', '9'),
      click('impots.declaration.adresse.valider'),
    );
    await check('État civil et situation du foyer');
    site.drive(click('impots.declaration.adresse.annuler'), click('impots.declaration.suivant'));
    site.drive(fill('impots.declaration.revenus.1bj', '22,5'), click('impots.declaration.suivant'));
    await check('Revenus et charges');
    site.drive(fill('impots.declaration.revenus.1bj', '22610'), click('impots.declaration.suivant'));
    await check('Récapitulatif');
    site.drive(click('impots.menu.accueil'));
    await check('Bonjour Julien MARTIN');
    site.drive(
      click('impots.espace.declarer'),
      click('impots.declaration.suivant'),
      click('impots.declaration.suivant'),
    );
    site.drive(click('impots.declaration.signer'));
    await check('Accusé de réception');
    site.drive(click('impots.menu.documents'));
    await check('Documents');
    site.drive(click('impots.menu.messagerie'));
    await check('Messagerie sécurisée');
    site.drive(click('impots.menu.accueil'));
    await check('Bonjour Julien MARTIN');
  });
});
