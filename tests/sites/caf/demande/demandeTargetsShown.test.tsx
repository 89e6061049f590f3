/**
 * Every target the claim declares is on one of its pages: the list, each form page, five files
 * added (each with its « Supprimer »), the summary and the confirmation.
 */
import { describe, expect, it } from 'vitest';
import { demandeTargets } from '../../../../src/sites/caf/demande/demandeTargets.ts';
import { renderDemande, toRecapitulatif } from './renderDemande.tsx';

describe('the claim’s targets', () => {
  it('are all shown on its pages', async () => {
    const seen = new Set<string>();
    const look = () =>
      document.querySelectorAll<HTMLElement>('[data-target]').forEach((e) => seen.add(e.dataset.target!));
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
    for (const file of ['bulletin-juillet-2026.pdf', 'bulletin-aout-2026.pdf', 'bulletin-septembre-2026.pdf'])
      await site.upload('Ajouter un fichier', file);
    await site.upload('Ajouter un fichier', 'photo-bulletin-septembre-floue.jpg');
    await site.upload('Ajouter un fichier', 'bulletin-septembre-2026.pdf');
    look();
    walk(
      { action: 'click', target: 'caf.demande.suivant' },
      { action: 'check', target: 'caf.demande.recapitulatif.certifier' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
    );
    expect(Object.keys(demandeTargets).filter((t) => !seen.has(t))).toEqual([]);
  });
});
