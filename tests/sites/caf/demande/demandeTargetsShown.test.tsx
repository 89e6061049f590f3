/**
 * Every target the claim declares is on one of its pages: the list, each form page (the partner's
 * with a couple: Amina's), five files added (each with its « Supprimer »), the summary and the
 * confirmation (Nadia's claim).
 */
import { cleanup } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demandeTargets } from '../../../../src/sites/caf/demande/demandeTargets.ts';
import { amina, renderDemande, toConjoint, toFoyer, toRecapitulatif } from './renderDemande.tsx';

describe('the claim’s targets', () => {
  it('are all shown on its pages', async () => {
    const seen = new Set<string>();
    const look = () =>
      document.querySelectorAll<HTMLElement>('[data-target]').forEach((e) => seen.add(e.dataset.target!));
    // A couple's claim shows the partner's page.
    const couple = renderDemande(amina);
    toFoyer(couple);
    for (const step of toConjoint) {
      couple.drive(step);
      look();
    }
    cleanup();
    const site = renderDemande();
    const walk = (...steps: Parameters<typeof site.drive>) => {
      for (const step of steps) {
        site.drive(step);
        look();
      }
    };
    site.logIn();
    look();
    walk(
      { action: 'click', target: 'caf.espace.faire-demande' },
      { action: 'click', target: 'caf.demande.liste.prime-activite' },
      { action: 'click', target: 'caf.demande.commencer' },
      ...toRecapitulatif,
    );
    for (const file of [
      'bulletin-novembre-2026-ecole.pdf',
      'bulletin-novembre-2026-page2.pdf',
      'bulletin-septembre-2026-net-services.pdf',
      'bulletin-octobre-2026-net-services.pdf',
    ])
      await site.upload('Ajouter un fichier', file);
    await site.upload('Ajouter un fichier', 'photo-bulletin-floue.jpg');
    look();
    walk(
      { action: 'click', target: 'caf.demande.suivant' },
      { action: 'check', target: 'caf.demande.recapitulatif.certifier' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
    );
    expect(Object.keys(demandeTargets).filter((t) => !seen.has(t))).toEqual([]);
  });
});
