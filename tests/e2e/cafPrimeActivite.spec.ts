/**
 * The prime d'activité on the CAF copy, in a real Chromium, as a learner in « Je fais seul »:
 * first the anonymous simulation (Amina's household: the estimate says its resources are too high,
 * Karim's chômage counted), then the claim from Mon Compte (Nadia, who lives alone and works for
 * two employers): signed in with the code read in the practice mailbox, the household checked,
 * three months of resources, the IBAN from her RIB, a scan too large refused and the payslip chosen
 * in the « Ouvrir » dialog, the summary, « Valider »; the receipt opens in the practice viewer as a
 * real PDF. axe-core checks each page; Mon carnet lists both lessons.
 *
 * `SHOTS_DIR=/tmp/shots-pa npx playwright test tests/e2e/cafPrimeActivite.spec.ts` also saves a
 * screenshot of each page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { heading, signIn, site } from './cafHelpers.ts';
import { guide, openWithMouse, pageChecker, target, type } from './helpers.ts';

const checkPage = pageChecker('');

/** Chooses `value` in a list or a group of radio buttons. */
async function choose(page: Page, id: string, value: string) {
  const element = target(page, id);
  if ((await element.evaluate((e) => e.tagName)) === 'SELECT') await element.selectOption(value);
  else await element.locator(`input[value="${value}"]`).check();
}

/** Answers the guide's question with the answer whose text starts with `answer`. */
async function answer(page: Page, answer: string) {
  await guide(page)
    .getByRole('radio', { name: new RegExp(`^${answer}`) })
    .check();
  await guide(page).getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(guide(page).getByRole('radio', { name: new RegExp(`^${answer}`) })).toHaveCount(0);
}

/** Opens a lesson from its start screen in « Je fais seul ». */
async function startAlone(page: Page, id: string) {
  await page.goto(`/lecons/${id}`);
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');
}

/** The simulator's page whose title is `title`, checked, then « Suivant ». */
async function next(page: Page, name: string) {
  await checkPage(page, name);
  await target(page, 'caf.simulateur.next').click();
}

test('a learner simulates the prime d’activité, then claims it from Mon Compte with a payslip, alone', async ({
  page,
}) => {
  test.setTimeout(300_000);

  // The simulation: anonymous, from the home page.
  await startAlone(page, 'caf-simuler-prime-activite');
  await target(page, 'caf.home.simulateur').click();
  await expect(heading(page, 'Vous')).toBeVisible();
  await type(page, 'caf.simulateur.debut.code-postal', '93200');
  await type(page, 'caf.simulateur.debut.date-naissance', '14/03/1986');
  await next(page, 'simulateur-vous');
  await expect(heading(page, 'Vos revenus professionnels')).toBeVisible();
  await choose(page, 'caf.simulateur.revenus', 'oui');
  await next(page, 'simulateur-revenus');
  await expect(heading(page, 'Votre situation')).toBeVisible();
  await choose(page, 'caf.simulateur.situation', 'aucune');
  await next(page, 'simulateur-situation');
  await expect(heading(page, 'Votre famille')).toBeVisible();
  await choose(page, 'caf.simulateur.famille.couple', 'oui');
  await choose(page, 'caf.simulateur.famille.enfants', '1');
  await next(page, 'simulateur-famille');
  await expect(heading(page, 'Votre logement')).toBeVisible();
  await choose(page, 'caf.simulateur.logement.type', 'locataire');
  await choose(page, 'caf.simulateur.logement.aide', 'non');
  await next(page, 'simulateur-logement');

  await expect(heading(page, 'Vos ressources')).toBeVisible();
  // The months the page names are the 3 before the practice day's month (6 October 2026).
  await expect(site(page)).toContainText('Juillet 2026');
  await expect(site(page)).toContainText('Septembre 2026');
  await answer(page, 'Juillet, août et septembre 2026');
  await answer(page, 'Le montant net social');
  const amina = { m1: '1012,40', m2: '1012,40', m3: '1169,71' };
  for (const [month, salaires] of Object.entries(amina)) {
    await type(page, `caf.simulateur.ressources.vous.${month}.salaires`, salaires);
    await type(page, `caf.simulateur.ressources.vous.${month}.autres`, '0');
  }
  await next(page, 'simulateur-ressources');
  await expect(heading(page, 'Les ressources de votre conjoint')).toBeVisible();
  await answer(page, 'Oui. Pour la CAF, l');
  const karim = { m1: ['0', '845,60'], m2: ['0', '845,60'], m3: ['320,00', '845,60'] };
  for (const [month, [salaires, autres]] of Object.entries(karim)) {
    await type(page, `caf.simulateur.ressources.conjoint.${month}.salaires`, salaires!);
    await type(page, `caf.simulateur.ressources.conjoint.${month}.autres`, autres!);
  }
  await next(page, 'simulateur-conjoint');

  await expect(heading(page, 'Résultat de votre simulation')).toBeVisible();
  await expect(site(page)).toContainText('Les ressources de votre foyer sont trop élevées.');
  await expect(site(page)).toContainText('Il ne constitue pas une décision de la Caf.');
  await checkPage(page, 'simulateur-resultat');
  await answer(page, "D’après ces réponses|D'après ces réponses");
  await answer(page, "Non. C’est une estimation|Non. C'est une estimation");
  await answer(page, 'Parce que la CAF compte');
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();

  // The claim: Nadia's, from Mon Compte.
  await startAlone(page, 'caf-demander-prime-activite');
  await signIn(page, '2820693066045', 'Tilleul-Caf-93', 'Nadia');

  await target(page, 'caf.espace.faire-demande').click();
  await expect(heading(page, 'Faire une demande de prestation')).toBeVisible();
  await checkPage(page, 'demande-liste');
  await target(page, 'caf.demande.liste.prime-activite').click();
  await expect(heading(page, 'Demande de prime d’activité')).toBeVisible();
  await checkPage(page, 'demande-intro');
  await target(page, 'caf.demande.commencer').click();

  await expect(heading(page, /Votre foyer/)).toBeVisible();
  await expect(site(page)).toContainText('Nadia');
  await choose(page, 'caf.demande.foyer.exact', 'oui');
  await checkPage(page, 'demande-foyer');
  await target(page, 'caf.demande.suivant').click();

  // Her resources: the three months before December, both employers added up, the ARE as paid.
  await expect(site(page)).toContainText('Septembre 2026');
  await expect(site(page)).toContainText('Novembre 2026');
  const nadia = { m1: ['573,30', '280,80'], m2: ['561,60', '151,20'], m3: ['593,78', '172,80'] };
  for (const [month, [salaires, chomage]] of Object.entries(nadia)) {
    await type(page, `caf.demande.ressources.vous.${month}.salaires`, salaires!);
    await type(page, `caf.demande.ressources.vous.${month}.chomage`, chomage!);
  }
  await checkPage(page, 'demande-ressources');
  await target(page, 'caf.demande.suivant').click();

  await expect(heading(page, /Vos coordonnées bancaires/)).toBeVisible();
  // A mistyped IBAN first: « Suivant » is refused, with the site's message.
  await type(page, 'caf.demande.banque.iban', 'FR76 1789 9009 1500 0826 3041 779');
  await target(page, 'caf.demande.suivant').click();
  await expect(site(page).getByText('Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.').first()).toBeVisible();
  await checkPage(page, 'demande-banque-erreur');
  await type(page, 'caf.demande.banque.iban', 'FR76 1789 9009 1500 0826 3041 778');
  await type(page, 'caf.demande.banque.bic', 'BENTFRPPXXX');
  await target(page, 'caf.demande.suivant').click();

  await expect(heading(page, /Vos justificatifs/)).toBeVisible();
  await target(page, 'caf.demande.justificatifs.ajouter').click();
  await openWithMouse(page, 'scan-bulletin-grand.pdf');
  await expect(site(page).getByRole('alert').filter({ hasText: 'scan-bulletin-grand.pdf' })).toBeVisible();
  await checkPage(page, 'demande-justificatif-refuse');
  await target(page, 'caf.demande.justificatifs.ajouter').click();
  await openWithMouse(page, 'bulletin-novembre-2026-net-services.pdf');
  await expect(site(page)).toContainText('bulletin-novembre-2026-net-services.pdf');
  await checkPage(page, 'demande-justificatifs');
  await target(page, 'caf.demande.suivant').click();

  await expect(heading(page, /Récapitulatif de votre demande/)).toBeVisible();
  await expect(site(page)).toContainText('593,78');
  await expect(site(page)).toContainText('bulletin-novembre-2026-net-services.pdf');
  await target(page, 'caf.demande.recapitulatif.certifier').check();
  await checkPage(page, 'demande-recapitulatif');
  await target(page, 'caf.demande.recapitulatif.valider').click();

  await expect(heading(page, 'Votre demande a bien été envoyée')).toBeVisible();
  const reference = (
    await site(page)
      .getByText(/^Numéro de référence/)
      .locator('strong')
      .innerText()
  ).trim();
  await checkPage(page, 'demande-confirmation');

  // The receipt opens in the practice viewer; downloaded, it is a real PDF with the reference.
  await target(page, 'caf.demande.confirmation.accuse').click();
  const viewer = page.getByRole('dialog', { name: `accuse-reception-prime-activite-${reference}.pdf` });
  await expect(viewer).toBeVisible();
  await checkPage(page, 'demande-accuse');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    target(page, 'browser.document.telecharger').click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  const words = (text as string).replace(/\s+/g, ' ');
  expect(words).toContain(reference);
  expect(words.toLowerCase()).toContain('haddad');
  await target(page, 'browser.document.fermer').click();
  await expect(viewer).toBeHidden();
  await answer(page, 'La CAF étudie la demande');
  await target(page, 'caf.espace.logout').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
  await checkPage(page, 'bravo');

  // Mon carnet lists both lessons, done alone.
  await page.getByRole('link', { name: 'Mon carnet', exact: true }).first().click();
  await expect(page).toHaveURL(/\/carnet$/);
  for (const title of ["Faire une simulation de la prime d'activité", "Demander la prime d'activité à la CAF"])
    await expect(page.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible();
});
