/** axe-core on every page of the monthly update and of « Transmettre un document ». */
import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EspaceStandIn, renderFt, type RenderedFt } from './actualisationBridge.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the e2e run checks it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

const click = (site: RenderedFt, name: string) => site.user.click(screen.getByRole('button', { name }));
const answer = (site: RenderedFt, text: RegExp, value: 'Oui' | 'Non') =>
  site.user.click(within(screen.getByRole('group', { name: text })).getByRole('radio', { name: value }));

describe('accessibility of the update and the documents (axe-core)', () => {
  it('closed window', async () => {
    renderFt(undefined, { date: '2026-12-20' });
    expect(await violations()).toEqual([]);
  });

  it('questions (with errors), end of search, employers (with errors), summary, recorded', async () => {
    const site = renderFt();
    await click(site, 'Suivant');
    expect(await violations()).toEqual([]);
    await answer(site, /Avez-vous travaillé/, 'Oui');
    await answer(site, /arrêt maladie/, 'Non');
    await answer(site, /toujours à la recherche/, 'Non');
    await click(site, 'Suivant');
    expect(site.place()).toBe('actualisation-fin-recherche');
    expect(await violations()).toEqual([]);
    await click(site, 'Modifier ma réponse');
    await answer(site, /toujours à la recherche/, 'Oui');
    await click(site, 'Suivant');
    await click(site, 'Ajouter un autre employeur');
    await click(site, 'Suivant');
    expect(site.place()).toBe('actualisation-employeurs');
    expect(await violations()).toEqual([]);
    const fill = async (n: number, label: string, value: string) =>
      site.user.type(within(screen.getByRole('group', { name: `Employeur ${n}` })).getByLabelText(label), value);
    await fill(1, 'Nom de l’employeur', 'École Sainte-Marie');
    await fill(1, 'Nombre d’heures travaillées', '38');
    await fill(1, 'Salaire brut', '498,75');
    await fill(2, 'Nom de l’employeur', 'Net Services 93');
    await fill(2, 'Nombre d’heures travaillées', '21');
    await fill(2, 'Salaire brut', '262,50');
    await click(site, 'Suivant');
    expect(site.place()).toBe('actualisation-recapitulatif');
    expect(await violations()).toEqual([]);
    await click(site, 'Valider mon actualisation');
    expect(site.place()).toBe('actualisation-enregistree');
    expect(await violations()).toEqual([]);
  });

  it('documents: form with errors, a refused file, the preview, the pages, the confirmation', async () => {
    const site = renderFt(<EspaceStandIn start="documents" />);
    await click(site, 'Envoyer');
    expect(await violations()).toEqual([]);
    await site.upload('Parcourir', 'bulletin-novembre.docx');
    expect(await violations()).toEqual([]);
    await site.upload('Parcourir', 'photo-bulletin-floue.jpg');
    expect(await screen.findByText('Votre document est-il lisible ?')).toBeVisible();
    expect(await violations()).toEqual([]);
    await click(site, 'Non, choisir un autre fichier');
    await site.upload('Parcourir', 'bulletin-novembre-2026-ecole.pdf');
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    await site.user.selectOptions(screen.getByLabelText('Type de document'), 'Bulletin de salaire');
    await site.user.selectOptions(screen.getByLabelText('Mois concerné'), 'novembre 2026');
    expect(await violations()).toEqual([]);
    site.switchOn('france-travail.envoi-refuse');
    await click(site, 'Envoyer');
    expect(await violations()).toEqual([]);
    await click(site, 'Envoyer');
    expect(site.place()).toBe('documents-envoye');
    expect(await violations()).toEqual([]);
  });
});
