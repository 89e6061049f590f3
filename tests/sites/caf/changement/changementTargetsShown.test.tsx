/**
 * Every target the declaration of a change declares is on one of its pages: each of the four
 * changes walked from Mon profil to its confirmation (details, proof added and removed, summary,
 * « Modifier »), and Mon profil's « Revoir l'accusé de réception » once one is sent.
 */
import { describe, expect, it } from 'vitest';
import { changementTargets } from '../../../../src/sites/caf/changement/changementTargets.ts';
import type { DriverAction } from '../../../../src/sites/framework/driver.ts';
import { renderChangement } from './renderChangement.tsx';

const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });
const choose = (target: string, value: string): DriverAction => ({ action: 'choose', target, value });
const click = (target: string): DriverAction => ({ action: 'click', target });

const details: Record<string, DriverAction[]> = {
  demenagement: [
    fill('caf.changement.demenagement.adresse', '5 rue Victor Hugo'),
    fill('caf.changement.demenagement.code-postal', '94200'),
    choose('caf.changement.demenagement.commune', 'Ivry-sur-Seine'),
    fill('caf.changement.demenagement.date', '21/11/2026'),
    choose('caf.changement.demenagement.logement', 'locataire'),
    fill('caf.changement.demenagement.loyer', '690,00'),
  ],
  naissance: [
    fill('caf.changement.naissance.nom', 'Benali'),
    fill('caf.changement.naissance.prenoms', 'Yanis'),
    choose('caf.changement.naissance.sexe', 'M'),
    fill('caf.changement.naissance.date', '24/11/2026'),
  ],
  couple: [
    fill('caf.changement.couple.nom', 'Benali'),
    fill('caf.changement.couple.prenom', 'Karim'),
    fill('caf.changement.couple.nir', '183019935001772'),
    fill('caf.changement.couple.date', '01/11/2026'),
  ],
  emploi: [
    fill('caf.changement.emploi.employeur', 'Supermarché Les Halles du Nord'),
    fill('caf.changement.emploi.date', '02/12/2026'),
  ],
};

describe('the declaration’s targets', () => {
  it('are all on its pages, across the four changes', async () => {
    const site = renderChangement();
    const seen = new Set<string>();
    const look = () =>
      document.querySelectorAll<HTMLElement>('[data-target]').forEach((e) => seen.add(e.dataset.target!));
    const walk = (...steps: DriverAction[]) => {
      for (const step of steps) {
        site.drive(step);
        look();
      }
    };
    site.logIn();
    for (const [type, fields] of Object.entries(details)) {
      walk(click('caf.espace.menu.profil'), click('caf.profil.modifier'));
      walk(choose('caf.changement.type', type), click('caf.changement.choix.suivant'), ...fields);
      walk(click(`caf.changement.${type}.suivant`));
      await site.upload('Ajouter un justificatif', 'bail-ivry-sur-seine.pdf');
      look();
      walk(click(`caf.changement.${type}.justificatif.supprimer`));
      await site.upload('Ajouter un justificatif', 'bail-ivry-sur-seine.pdf');
      walk(
        click(`caf.changement.${type}.justificatif.suivant`),
        click(`caf.changement.${type}.modifier`),
        click(`caf.changement.${type}.suivant`),
        click(`caf.changement.${type}.justificatif.suivant`),
        click(`caf.changement.${type}.valider`),
        click('caf.changement.confirmation.profil'),
        click('caf.profil.revoir'),
        click('caf.header.mon-compte'),
      );
    }
    walk(click('caf.espace.declarer-changement'));
    const missing = [...Object.keys(changementTargets)].filter((t) => !seen.has(t));
    expect(missing).toEqual([]);
  });
});
