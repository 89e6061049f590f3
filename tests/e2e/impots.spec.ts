/**
 * impots.gouv.fr in a real Chromium, as a learner in « Je fais seul »: Gérard creates his espace
 * particulier from his papers and activates it with the link of the practice mailbox, then logs
 * in with the code (`impots-creer-espace`); Julien Martin logs in, checks the pre-filled salaries,
 * corrects Sophie's 1BJ from her salary statements, reads the estimate and signs, opens the avis
 * de situation déclarative and the last avis d'impôt from « Documents » (real PDFs whose text
 * reads back), then finds the acknowledgement in the mailbox (`impots-declarer-revenus`); Gérard
 * opens his activation link too late, gets a new one and finds it in the spam folder
 * (`impots-lien-expire`). axe-core checks every impots.gouv page visited.
 *
 * The learner acts on the site as they choose; the lesson's questions are answered when the
 * guide asks them, with the answers of the lesson's own path (from the real compiler).
 *
 * `SHOTS_DIR=/tmp/shots-impots npx playwright test tests/e2e/impots.spec.ts` also saves a
 * screenshot of each page, to look at beside the domain brief.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { lessonPaths, type PathStep } from '../../src/engine/lessonPaths.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { compiledLesson, pageChecker, readCodeInMailbox } from './helpers.ts';

const checkPage = pageChecker('');

const site = (page: Page) => page.locator('.impots-site');
const mailbox = (page: Page) => page.locator('.mail-site');
const guide = (page: Page) => page.locator('.guide-panel');
const target = (page: Page, id: string) => page.locator(`[data-target="${id}"]`);
const heading = (page: Page, name: string | RegExp) => site(page).getByRole('heading', { level: 1, name });

/** Whole euros as the site prints them (`22 610 €`, any space), as a pattern. */
const euros = (amount: number) => new RegExp(`${String(amount).replace(/\B(?=(\d{3})+$)/g, '\\s?')}\\s?€`);

/** Types in a field and leaves it, as a learner does. */
async function type(page: Page, id: string, value: string) {
  const field = target(page, id);
  await field.fill(value);
  await field.blur();
}

/** A paper of the practice card, by its title. */
function paper(page: Page, title: string | RegExp): Locator {
  return page.locator('.practice-card article').filter({ has: page.getByRole('heading', { name: title }) });
}

/** What the learner reads on the impots.gouv papers of the practice card. */
async function readCard(page: Page) {
  const avis = paper(page, /^Avis d’impôt \d{4} sur les revenus/);
  const refs = await avis.locator('.impots-paper__refs').innerText();
  const find = (label: string, text: string) => new RegExp(`${label} : ([^\\n]+)`).exec(text)?.[1]?.trim() ?? '';
  const declaration = await paper(page, /déclaration/i).innerText();
  return {
    numeroFiscal: find('Numéro fiscal', refs),
    referenceAvis: find('Référence de l’avis', refs),
    revenuFiscal: find('Revenu fiscal de référence', refs).replace(/\s*€$/, ''),
    numeroAcces: /\b(\d{7})\b/.exec(declaration)?.[1] ?? '',
    motDePasse: (await page.locator('.practice-card .note-secret').innerText()).trim(),
  };
}

/** The path of lesson `id` (real compiler) whose questions get `answers` (by question id), if asked. */
async function pathAnswering(id: string, answers: Record<string, string> = {}): Promise<PathStep[]> {
  const paths = lessonPaths(await compiledLesson(id), { ...createWorld(0), otp: '000000' });
  const path = paths.find((p) =>
    p.every((s) => !(s.unit.id in answers) || (s.event as { value?: string }).value === answers[s.unit.id]),
  );
  if (!path) throw new Error(`${id} has no path answering ${JSON.stringify(answers)}`);
  return path;
}

/**
 * The lesson as the learner meets it: after an action on a target of the lesson's path, the
 * guide may ask the questions that follow it; they are answered as the path answers them.
 */
function lessonLearner(page: Page, path: PathStep[]) {
  let next = 0;
  return {
    /** The learner acted on `targetId`: if it was the lesson's next step, answers the questions after it. */
    async did(targetId: string) {
      // Only the lesson's next step moves it on; any other action is the learner's own.
      const step = path[next];
      if (step?.event.type !== 'SITE' || step.event.target !== targetId) return;
      next += 1;
      while (next < path.length && path[next]!.unit.kind === 'question') {
        const question = path[next]!;
        const value = (question.event as { value: string }).value;
        const radio = guide(page).locator(`input[name="question-${question.unit.id}"][value="${value}"]`);
        await radio.check();
        await guide(page).getByRole('button', { name: 'Valider', exact: true }).click();
        await expect(radio).toBeHidden();
        next += 1;
      }
    },
  };
}

/** Clicks a target, then lets the lesson ask what it asks after it. */
async function click(page: Page, learner: ReturnType<typeof lessonLearner>, id: string) {
  await target(page, id).click();
  await learner.did(id);
}

/** Fills a target, then lets the lesson ask what it asks after it. */
async function fill(page: Page, learner: ReturnType<typeof lessonLearner>, id: string, value: string) {
  await type(page, id, value);
  await learner.did(id);
}

async function openLessonAlone(page: Page, lessonId: string) {
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');
  await expect(target(page, 'impots.home.espace')).toBeVisible();
}

/** Opens a document in the practice viewer, downloads it, and returns its text (a real PDF). */
async function downloadedPdfText(page: Page, fileName: string): Promise<string> {
  const viewer = page.getByRole('dialog', { name: fileName });
  await expect(viewer).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    target(page, 'browser.document.telecharger').click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  await target(page, 'browser.document.fermer').click();
  await expect(viewer).toBeHidden();
  return (text as string).replace(/\s+/g, ' ');
}

/** Logs in with the numéro fiscal, the password and the code read in the mailbox. */
async function logIn(
  page: Page,
  learner: ReturnType<typeof lessonLearner>,
  card: { numeroFiscal: string; motDePasse: string },
  name: string,
) {
  await expect(heading(page, 'Connexion à mon espace particulier')).toBeVisible();
  await fill(page, learner, 'impots.connexion.numero-fiscal', card.numeroFiscal);
  await fill(page, learner, 'impots.connexion.mot-de-passe', card.motDePasse);
  await checkPage(page, `${name}-connexion`);
  await click(page, learner, 'impots.connexion.valider');
  await expect(heading(page, 'Code de sécurité')).toBeVisible();
  await checkPage(page, `${name}-code`);
  await click(page, learner, 'browser.tab.mail');
  // The mailbox may still show an earlier message: the inbox first.
  await click(page, learner, 'mail.folder.inbox');
  await click(page, learner, 'mail.inbox.impots-code');
  await expect(mailbox(page).getByRole('heading', { level: 1, name: 'Votre code de sécurité' })).toBeVisible();
  await checkPage(page, `${name}-messagerie-code`);
  const code = await readCodeInMailbox(page);
  await click(page, learner, 'browser.tab.impots');
  await fill(page, learner, 'impots.code.input', code);
  await click(page, learner, 'impots.code.valider');
}

test('Gérard creates his espace particulier from his papers, activates it from the mailbox and logs in', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const learner = lessonLearner(page, await pathAnswering('impots-creer-espace'));
  await openLessonAlone(page, 'impots-creer-espace');
  const card = await readCard(page);
  expect(card.numeroFiscal).toMatch(/^\d{2} \d{2} \d{3} \d{3} \d{3}$/);
  expect(card.numeroAcces).toMatch(/^\d{7}$/);
  await checkPage(page, 'gerard-accueil');

  await click(page, learner, 'impots.home.espace');
  await expect(heading(page, 'Connexion à mon espace particulier')).toBeVisible();
  await click(page, learner, 'impots.connexion.creer-espace');
  await expect(heading(page, 'Créer mon espace particulier')).toBeVisible();
  await fill(page, learner, 'impots.creation.numero-fiscal', card.numeroFiscal);
  await click(page, learner, 'impots.creation.aide-numero-fiscal');
  await checkPage(page, 'creation-numero-fiscal');
  await click(page, learner, 'impots.creation.continuer');
  await expect(target(page, 'impots.creation.numero-acces')).toBeVisible();
  await fill(page, learner, 'impots.creation.numero-acces', card.numeroAcces);
  await fill(page, learner, 'impots.creation.revenu-fiscal', card.revenuFiscal);
  await click(page, learner, 'impots.creation.aide-numero-acces');
  await click(page, learner, 'impots.creation.aide-revenu-fiscal');
  await checkPage(page, 'creation-identifiants');
  await click(page, learner, 'impots.creation.continuer');
  await expect(target(page, 'impots.creation.email')).toBeVisible();
  const email = 'gerard.lefevre@messagerie-entrainement.fr';
  await fill(page, learner, 'impots.creation.email', email);
  await fill(page, learner, 'impots.creation.email-confirmation', email);
  await fill(page, learner, 'impots.creation.mot-de-passe', card.motDePasse);
  await fill(page, learner, 'impots.creation.mot-de-passe-confirmation', card.motDePasse);
  await checkPage(page, 'creation-compte');
  await click(page, learner, 'impots.creation.valider');
  await expect(heading(page, 'Activez votre espace particulier')).toBeVisible();
  await checkPage(page, 'creation-envoye');

  // The activation link, in the practice mailbox.
  await click(page, learner, 'browser.tab.mail');
  await click(page, learner, 'mail.inbox.impots-activation');
  await expect(
    mailbox(page).getByRole('heading', { level: 1, name: 'Activation de votre espace particulier' }),
  ).toBeVisible();
  await expect(mailbox(page)).toContainText('Ce lien est valable 8 heures.');
  await checkPage(page, 'messagerie-activation');
  await click(page, learner, 'mail.lien.impots-activation');
  await expect(heading(page, 'Votre espace particulier est activé')).toBeVisible();
  await checkPage(page, 'creation-activee');
  await click(page, learner, 'impots.creation.acceder');

  await logIn(page, learner, card, 'gerard');
  await expect(heading(page, /^Bonjour Gérard/)).toBeVisible();
  await expect(site(page)).toContainText(card.numeroFiscal);
  await checkPage(page, 'gerard-espace');
  await click(page, learner, 'impots.header.deconnexion');
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});

test('Gérard opens his activation link too late, asks for a new one and finds it in the spam folder', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const learner = lessonLearner(page, await pathAnswering('impots-lien-expire'));
  await page.goto('/lecons/impots-lien-expire');
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');
  const card = await readCard(page);

  await click(page, learner, 'impots.home.creer-espace');
  await fill(page, learner, 'impots.creation.numero-fiscal', card.numeroFiscal);
  await click(page, learner, 'impots.creation.continuer');
  await fill(page, learner, 'impots.creation.numero-acces', card.numeroAcces);
  await fill(page, learner, 'impots.creation.revenu-fiscal', card.revenuFiscal);
  await click(page, learner, 'impots.creation.continuer');
  const email = 'gerard.lefevre@messagerie-entrainement.fr';
  await fill(page, learner, 'impots.creation.email', email);
  await fill(page, learner, 'impots.creation.email-confirmation', email);
  await fill(page, learner, 'impots.creation.mot-de-passe', card.motDePasse);
  await fill(page, learner, 'impots.creation.mot-de-passe-confirmation', card.motDePasse);
  await click(page, learner, 'impots.creation.valider');
  await expect(heading(page, 'Activez votre espace particulier')).toBeVisible();

  // The lesson's incident: the link is opened after its 8 hours.
  await click(page, learner, 'browser.tab.mail');
  await click(page, learner, 'mail.inbox.impots-activation');
  await click(page, learner, 'mail.lien.impots-activation');
  await expect(heading(page, 'Le lien d’activation a expiré')).toBeVisible();
  await expect(site(page)).toContainText('il devait être utilisé dans les 8 heures');
  await checkPage(page, 'activation-expiree');

  // A new link; this one lands in « Courrier indésirable » (the lesson's second incident).
  await click(page, learner, 'impots.creation.nouveau-lien');
  await click(page, learner, 'browser.tab.mail');
  await click(page, learner, 'mail.folder.spam');
  await checkPage(page, 'messagerie-indesirable');
  await click(page, learner, 'mail.spam.impots-activation');
  await click(page, learner, 'mail.message.pas-indesirable');
  await click(page, learner, 'mail.lien.impots-activation');
  await expect(heading(page, 'Votre espace particulier est activé')).toBeVisible();
  await click(page, learner, 'impots.creation.acceder');
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});

test('Julien declares the household’s income, corrects Sophie’s salaries, signs, and opens the notices', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The learner finds 1AJ right and 1BJ to correct, as the papers say.
  const learner = lessonLearner(
    page,
    await pathAnswering('impots-declarer-revenus', { 'montant-1aj': 'juste', 'montant-1bj': 'a-corriger' }),
  );
  await openLessonAlone(page, 'impots-declarer-revenus');
  const card = await readCard(page);
  const statement = paper(page, /^Attestations de salaires \d{4}/);
  const salaries = (await statement.locator('dd').allInnerTexts()).map((s) =>
    Number(s.replace(/[^\d,]/g, '').split(',')[0]),
  );
  expect(salaries).toHaveLength(2);
  const sophie = salaries[0]! + salaries[1]!;
  await checkPage(page, 'martin-accueil');

  await click(page, learner, 'impots.home.espace');
  await logIn(page, learner, card, 'martin');
  await expect(heading(page, /^Bonjour Julien/)).toBeVisible();
  await checkPage(page, 'martin-espace');

  // Step 1: the civil status, the address and the household, as they are.
  await click(page, learner, 'impots.espace.declarer');
  await expect(heading(page, 'État civil et situation du foyer')).toBeVisible();
  await expect(site(page)).toContainText('Marié(e)');
  await expect(site(page)).toContainText('Léa');
  await expect(site(page)).toContainText('Tom');
  await checkPage(page, 'declaration-etat-civil');
  await click(page, learner, 'impots.declaration.suivant');

  // Step 2: 1AJ is right; 1BJ misses Sophie's second employer.
  await expect(heading(page, 'Revenus et charges')).toBeVisible();
  await expect(target(page, 'impots.declaration.revenus.1aj')).toHaveValue('31240');
  const oneBj = target(page, 'impots.declaration.revenus.1bj');
  expect(Number(await oneBj.inputValue())).toBe(salaries[0]);
  await checkPage(page, 'declaration-revenus');
  // A first try with the cents, as on the statement: the site asks for whole euros.
  await type(page, 'impots.declaration.revenus.1bj', `${sophie},00`);
  await target(page, 'impots.declaration.suivant').click();
  await expect(
    site(page).getByRole('link', { name: /1BJ : Le montant doit être saisi en euros, sans les centimes\./ }),
  ).toBeVisible();
  await expect(oneBj).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'declaration-revenus-erreur');
  await fill(page, learner, 'impots.declaration.revenus.1bj', String(sophie));
  await expect(site(page).getByText('Montant modifié')).toBeVisible();
  await click(page, learner, 'impots.declaration.suivant');

  // Step 3: the summary and the estimate, then « Signer ».
  await expect(heading(page, 'Récapitulatif')).toBeVisible();
  const summary = site(page).locator('.impots-table');
  await expect(summary).toContainText(euros(31240));
  await expect(summary).toContainText(euros(sophie));
  await expect(site(page).locator('.impots-estimate')).toContainText('Impôt à payer');
  await checkPage(page, 'declaration-recapitulatif');
  await click(page, learner, 'impots.declaration.signer');
  await expect(heading(page, 'Accusé de réception')).toBeVisible();
  await expect(site(page)).toContainText('Votre déclaration a bien été signée.');
  await checkPage(page, 'declaration-accuse');

  // « Documents »: the avis de situation déclarative and the last avis d'impôt, as PDFs.
  await target(page, 'impots.accuse.accueil').click();
  await expect(heading(page, /^Bonjour Julien/)).toBeVisible();
  await expect(site(page)).toContainText(/Déclaration signée le 20\/04\/2026/);
  await target(page, 'impots.menu.documents').click();
  await expect(heading(page, 'Documents')).toBeVisible();
  await checkPage(page, 'documents');
  await target(page, 'impots.documents.asdir').click();
  await checkPage(page, 'documents-asdir');
  const asdir = await downloadedPdfText(page, 'avis-situation-declarative-2026.pdf');
  expect(asdir).toContain('Avis de situation déclarative à l’impôt sur le revenu 2026');
  expect(asdir).toContain(`Numéro fiscal : ${card.numeroFiscal}`);
  expect(asdir).toContain('Déclarant 2 : Sophie MARTIN');
  expect(asdir).toMatch(new RegExp(`1BJ — Salaires : ${euros(sophie).source}`));
  expect(asdir).toContain('Déclaration signée le 20/04/2026');
  await target(page, 'impots.documents.avis.2025').click();
  const avis = await downloadedPdfText(page, 'avis-impot-2025.pdf');
  expect(avis).toContain('Avis d’impôt 2025 sur les revenus de l’année 2024');
  expect(avis).toContain(card.numeroFiscal);
  expect(avis).toContain(card.referenceAvis);

  // The acknowledgement by e-mail, then signing out.
  await click(page, learner, 'browser.tab.mail');
  await click(page, learner, 'mail.folder.inbox');
  await click(page, learner, 'mail.inbox.impots-accuse');
  await expect(
    mailbox(page).getByRole('heading', { level: 1, name: 'Accusé de réception de votre déclaration de revenus 2025' }),
  ).toBeVisible();
  await checkPage(page, 'messagerie-accuse');
  await click(page, learner, 'browser.tab.impots');
  await click(page, learner, 'impots.header.deconnexion');
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});
