/**
 * Never stuck, for every lesson, as a property (half the lessons here, half in
 * deviationsMore.test.tsx; tests/support/neverStuck.tsx): from any step (a reload into the middle of the
 * lesson), after one to five plausible deviations — any target clicked, wrong values typed and
 * committed, forms sent, menus visited, the practice browser's « Page précédente », a tab, a
 * reload — mixed with right actions, following the guide (« Montre-moi », and « Valider » on a
 * question) reaches « Bravo ! ». Real compiled lessons, the real player and sites, Guided mode.
 * Then, one example of each way out that the deviations found missing, fixed in the product.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { findTarget, perform } from '../../src/sites/framework/driver.ts';
import { followGuide, pressShowMe } from '../support/followGuide.ts';
import { keptAtEachUnit, renderKeptPlayer } from '../support/keptPlayer.tsx';
import { compiledLessons, describeNeverStuck } from '../support/neverStuck.tsx';
import { onStep } from '../support/playLesson.tsx';

initI18n('fr');

const lessons = compiledLessons(import.meta.glob<CompiledLesson>('../../content/lessons/*/fr.mdx', { eager: true }));
// Half the lessons here, the other half in deviationsMore.test.tsx: the two run side by side.
describeNeverStuck(lessons, 0);

/** The lesson with id `id`, as compiled from its French file. */
const lessonNamed = (id: string) => lessons.find((l) => l.id === id)!.lesson;

/** A new player taking `lesson` up at `unit`, as kept when the right path reached it. */
async function reloadAt(lesson: CompiledLesson, unit: string) {
  const [path] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
  const states = await keptAtEachUnit(lesson, path!);
  await renderKeptPlayer(lesson, states[path!.findIndex((s) => s.unit.id === unit)]);
}

/** Waits for the guide to show the unit `id` of `lesson`. */
function onUnit(lesson: CompiledLesson, id: string) {
  const unit = lesson.units.find((u) => u.id === id);
  if (!unit) throw new Error(`${lesson.meta.id} has no unit « ${id} »`);
  return onStep(lesson, unit);
}
const guide = () => document.querySelector<HTMLElement>('.guide-panel')!;
const doOnSite = (step: Parameters<typeof perform>[1]) => act(() => perform(document, step));
const caf = () => document.querySelector<HTMLElement>('.caf-site')!;

describe('the ways out that the deviations found', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a reload empties the login form: « Montre-moi » on « Me connecter » types the number and password again', async () => {
    const lesson = lessonNamed('caf-se-connecter');
    await reloadAt(lesson, 'me-connecter');
    expect(findTarget(document, 'caf.login.nir')).toHaveValue('');
    await pressShowMe(lesson);
    await onUnit(lesson, 'envoyer-code');
    expect(within(caf()).getByRole('heading', { level: 1 })).toHaveTextContent('Double authentification');
  });

  it('a number typed over with a wrong one, put right by « Montre-moi »: the summary counts it as shown, not left wrong', async () => {
    const lesson = lessonNamed('caf-se-connecter');
    await reloadAt(lesson, 'me-connecter');
    doOnSite({ action: 'fill', target: 'caf.login.nir', value: '1234567890123' });
    await pressShowMe(lesson);
    await onUnit(lesson, 'envoyer-code');
    await followGuide(lesson);
    const summary = await screen.findByRole('heading', { name: /Bravo/ });
    expect(summary).toBeVisible();
    expect(document.body).not.toHaveTextContent(/restée fausse/);
    expect(document.body).toHaveTextContent(/étapes? montrées?, ou faites? avec un animateur/);
  });

  it('another message open where the activation link should be: « Montre-moi » goes back to the inbox and opens the right one', async () => {
    const lesson = lessonNamed('mail-trouver-code');
    await reloadAt(lesson, 'activer');
    doOnSite({ action: 'click', target: 'mail.message.back' });
    doOnSite({ action: 'click', target: 'mail.inbox.other' });
    expect(findTarget(document, 'mail.lien.ft-activation')).toBeNull();
    await pressShowMe(lesson);
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('a code refused as expired: « Montre-moi » asks for a new one, types it and goes on', async () => {
    const lesson = lessonNamed('caf-se-connecter');
    await reloadAt(lesson, 'taper-code');
    await pressShowMe(lesson);
    await onUnit(lesson, 'valider-code');
    // Sixteen minutes later, the code typed has expired.
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 16 * 60_000);
    await pressShowMe(lesson);
    expect(within(caf()).getByRole('alert')).toHaveTextContent(/^Ce code a expiré/);
    expect(await within(guide()).findByText(/Pour y revenir/)).toHaveTextContent('Lien « Renvoyer un code »');
    await pressShowMe(lesson);
    await onUnit(lesson, 'se-deconnecter');
    expect(within(caf()).getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Amina');
  });

  it('a declaration sent too early is made again through « Refaire la déclaration (site d’entraînement) »', async () => {
    const lesson = lessonNamed('caf-declaration-trimestrielle');
    await reloadAt(lesson, 'modifier-aout');
    doOnSite({ action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' });
    doOnSite({ action: 'click', target: 'caf.dtr.next' });
    doOnSite({ action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' });
    doOnSite({ action: 'click', target: 'caf.dtr.next' });
    // Inès's page (17).
    doOnSite({ action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' });
    doOnSite({ action: 'click', target: 'caf.dtr.next' });
    doOnSite({ action: 'check', target: 'caf.dtr.review.certify' });
    doOnSite({ action: 'click', target: 'caf.dtr.review.validate' });
    expect(within(caf()).getByRole('heading', { level: 1 })).toHaveTextContent('Votre déclaration est enregistrée');
    // « Montre-moi » walks back through « Mes ressources » and « Refaire… », then does the step.
    await pressShowMe(lesson);
    await onUnit(lesson, 'motif-aout');
    expect(findTarget(document, 'caf.dtr.edit.reason')).toBeVisible();
    await followGuide(lesson);
  });

  it('Karim’s income added with a wrong amount: « Montre-moi » adds it again with the right one, and removes the wrong one', async () => {
    const lesson = lessonNamed('caf-declaration-trimestrielle');
    await reloadAt(lesson, 'ajouter-septembre');
    doOnSite({ action: 'click', target: 'caf.dtr.conjoint.m3.ajouter' });
    doOnSite({ action: 'choose', target: 'caf.dtr.add.type', value: 'independant' });
    doOnSite({ action: 'fill', target: 'caf.dtr.add.amount', value: '845,60' });
    doOnSite({ action: 'click', target: 'caf.dtr.add.save' });
    const september = () => screen.getByRole('region', { name: 'Septembre 2026' });
    expect(september()).toHaveTextContent('Revenus d’activité indépendante845,60 €');
    // « Montre-moi » opens the panel again and types 320,00; then chooses the type again and adds.
    await pressShowMe(lesson);
    await onUnit(lesson, 'ajouter-ressource');
    await pressShowMe(lesson);
    await onUnit(lesson, 'autres-conjoint');
    expect(september()).toHaveTextContent('Revenus d’activité indépendante320,00 €');
    // The line added twice: « Montre-moi » removes the earlier (wrong) one with its « Supprimer »
    // before doing the next step; the payer typed for Amina's second employer is not typed again.
    expect(september()).toHaveTextContent('indépendante845,60');
    await pressShowMe(lesson);
    await onUnit(lesson, 'suivant-conjoint');
    expect(september()).not.toHaveTextContent('indépendante845,60');
    expect(september()).not.toHaveTextContent('Supérette du Canal');
    expect(within(september()).getAllByText('Revenus d’activité indépendante')).toHaveLength(1);
  });

  it('a file dropped at its preview (« Non, choisir un autre fichier »): « Montre-moi » chooses it again and adds it', async () => {
    const lesson = lessonNamed('envoyer-un-document');
    await reloadAt(lesson, 'lisible');
    doOnSite({ action: 'click', target: 'france-travail.documents.apercu.autre' });
    expect(findTarget(document, 'france-travail.documents.apercu.lisible')).toBeNull();
    await pressShowMe(lesson);
    await onUnit(lesson, 'ajouter-page');
    expect(screen.getByText('Page 1 : bulletin-novembre-2026-ecole.pdf (180 Ko)')).toBeVisible();
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('a sending made before its second page was added: « Montre-moi » chooses the first page again, then adds the second', async () => {
    const lesson = lessonNamed('envoyer-un-document');
    await reloadAt(lesson, 'ajouter-page');
    doOnSite({ action: 'click', target: 'france-travail.documents.envoyer' });
    expect(screen.getByRole('heading', { level: 1, name: 'Votre document a bien été transmis' })).toBeVisible();
    await pressShowMe(lesson);
    await onUnit(lesson, 'lisible-page-2');
    expect(screen.getByText('Page 1 : bulletin-novembre-2026-ecole.pdf (180 Ko)')).toBeVisible();
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('a second page dropped at its preview, then Back to Mon espace: « Montre-moi » goes back and chooses it again', async () => {
    const lesson = lessonNamed('envoyer-un-document');
    await reloadAt(lesson, 'lisible-page-2');
    doOnSite({ action: 'click', target: 'france-travail.documents.apercu.autre' });
    doOnSite({ action: 'click', target: 'browser.back' });
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Nadia' })).toBeVisible();
    await pressShowMe(lesson);
    await onUnit(lesson, 'envoyer');
    expect(screen.getByText('Page 2 : bulletin-novembre-2026-page2.pdf (120 Ko)')).toBeVisible();
  });

  it('a sending made while the second page was in its preview: « Montre-moi » starts the pages again from the first', async () => {
    const lesson = lessonNamed('envoyer-un-document');
    await reloadAt(lesson, 'lisible-page-2');
    doOnSite({ action: 'click', target: 'france-travail.documents.envoyer' });
    await pressShowMe(lesson);
    await onUnit(lesson, 'envoyer');
    expect(screen.getByText('Page 2 : bulletin-novembre-2026-page2.pdf (120 Ko)')).toBeVisible();
  });
  it('an employer’s name emptied after going back from the summary: « Montre-moi » types it again, goes on and sends the update', async () => {
    const lesson = lessonNamed('france-travail-session-expiree');
    await reloadAt(lesson, 'valider');
    doOnSite({ action: 'click', target: 'france-travail.actualisation.recapitulatif.modifier-employeurs' });
    doOnSite({ action: 'fill', target: 'france-travail.actualisation.employeur.1.nom', value: '' });
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('an amount refused on « Revenus et charges » after going back: « Montre-moi » puts the right one back, then goes on', async () => {
    const lesson = lessonNamed('impots-declarer-revenus');
    await reloadAt(lesson, 'estimation');
    doOnSite({ action: 'click', target: 'impots.declaration.precedent' });
    doOnSite({ action: 'fill', target: 'impots.declaration.revenus.1aj', value: ':' });
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('a page skipped ahead, then « : » typed in a box no earlier step typed: « Montre-moi » empties it, then goes on', async () => {
    const lesson = lessonNamed('impots-declarer-revenus');
    await reloadAt(lesson, 'adresse-juste');
    doOnSite({ action: 'click', target: 'impots.declaration.suivant' });
    doOnSite({ action: 'fill', target: 'impots.declaration.revenus.1aj', value: ':' });
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('an employer’s name emptied, then signed out: « Montre-moi » signs in, types the name again on the way and sends the update', async () => {
    const lesson = lessonNamed('france-travail-actualisation');
    await reloadAt(lesson, 'valider');
    doOnSite({ action: 'click', target: 'france-travail.actualisation.recapitulatif.modifier-employeurs' });
    doOnSite({ action: 'fill', target: 'france-travail.actualisation.employeur.1.nom', value: '' });
    doOnSite({ action: 'click', target: 'france-travail.header.deconnexion' });
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('« Non » to work income in the simulator, then « Suivant »: « Montre-moi » goes back, chooses « Oui » again and goes on', async () => {
    const lesson = lessonNamed('caf-simuler-prime-activite');
    await reloadAt(lesson, 'suivant-revenus');
    doOnSite({ action: 'choose', target: 'caf.simulateur.revenus', value: 'non' });
    doOnSite({ action: 'click', target: 'caf.simulateur.next' });
    expect(findTarget(document, 'caf.simulateur.non-eligible.modifier')).not.toBeNull();
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('an identifier typed on France Travail’s login page instead of registering: « Montre-moi » leaves the password step for the registration', async () => {
    const lesson = lessonNamed('france-travail-s-inscrire');
    await reloadAt(lesson, 'je-commence');
    doOnSite({ action: 'click', target: 'france-travail.header.connexion' });
    doOnSite({ action: 'fill', target: 'france-travail.connexion.identifiant', value: '1234567A' });
    doOnSite({ action: 'click', target: 'france-travail.connexion.poursuivre' });
    // The password step hides the login page's « S’inscrire » link: the way goes through the logo.
    expect(findTarget(document, 'france-travail.connexion.inscription')).toBeNull();
    expect(await within(guide()).findByText(/Pour y revenir/)).toHaveTextContent('France Travail');
    await pressShowMe(lesson);
    await onUnit(lesson, 'encore-en-contrat');
  });

  it('the activation mail moved out of « Courrier indésirable » before the lesson asks: the guide does not ask to open it there again', async () => {
    const lesson = lessonNamed('mail-trouver-code');
    await reloadAt(lesson, 'vrai-message');
    doOnSite({ action: 'click', target: 'mail.spam.ft-activation' });
    doOnSite({ action: 'click', target: 'mail.message.pas-indesirable' });
    doOnSite({ action: 'click', target: 'browser.tab.france-travail' });
    expect(findTarget(document, 'mail.spam.ft-activation')).toBeNull();
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('the activation mail moved out of « Courrier indésirable » while the guide asks to open it there: the step counts as done', async () => {
    const lesson = lessonNamed('mail-trouver-code');
    await reloadAt(lesson, 'vrai-message');
    doOnSite({ action: 'click', target: 'mail.spam.ft-activation' });
    act(() => guide().querySelector<HTMLInputElement>('input[type="radio"][value="activation"]')!.click());
    act(() => guide().querySelector<HTMLButtonElement>('form.question button[type="submit"]')!.click());
    await onUnit(lesson, 'ouvrir-message');
    doOnSite({ action: 'click', target: 'mail.message.pas-indesirable' });
    await onUnit(lesson, 'activer');
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });

  it('the claim made again (« Refaire la demande ») at its receipt: « Montre-moi » sends it again and opens the receipt', async () => {
    const lesson = lessonNamed('caf-demander-prime-activite');
    await reloadAt(lesson, 'telecharger');
    doOnSite({ action: 'click', target: 'caf.demande.confirmation.refaire' });
    await followGuide(lesson);
    expect(await screen.findByRole('heading', { name: /Bravo/ })).toBeVisible();
  });
});
