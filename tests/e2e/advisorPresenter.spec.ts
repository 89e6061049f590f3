/**
 * The advisor's presenter and projector windows on the real workshop `caf-declarer`, in the built
 * app: from the advisor's home, « Animer »; `P` opens the projector (a second window); the
 * presenter advances three segments (by keys and buttons) and the projector follows each time,
 * the lesson played in « Je regarde » to the presenter's step; a reload of the projector, then of
 * the presenter, takes the position up again; the wipe removes it. axe-core checks both pages; screenshots of both are
 * saved in `test-results/advisor-presenter/` to be looked at.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, stepCount } from './helpers.ts';

const shots = 'test-results/advisor-presenter';
const shoot = (page: Page, name: string) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
const segmentOf = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const projected = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

test('the projector follows the presenter through three segments, and both survive a reload', async ({
  page,
  context,
}) => {
  const total = await stepCount('caf-se-connecter');
  await page.goto('/animateur');
  await expect(page.getByRole('heading', { level: 1, name: 'Espace animateur' })).toBeVisible();
  await expectNoAxeViolations(page, 'the advisor home');
  await shoot(page, 'session-list');
  await page.getByRole('link', { name: /^Animer la séance « Atelier CAF/ }).click();
  await expect(page).toHaveURL(/\/animateur\/seances\/caf-declarer$/);
  await expect(segmentOf(page, 'Accueil et tour de table')).toBeVisible();

  // P opens the projector in a second window, which shows the first segment's questions only.
  const opening = context.waitForEvent('page');
  await page.keyboard.press('p');
  const projector = await opening;
  await expect(projector).toHaveURL(/\/animateur\/projecteur\/caf-declarer$/);
  await expect(projected(projector, 'Accueil et tour de table')).toBeVisible();
  await expect(projector.getByText('Qui a déjà fait une déclaration trimestrielle à la CAF ?')).toBeVisible();
  // The good answers and what to say are on the presenter's screen, never on the projector.
  await expect(page.getByRole('main')).toContainText('Bonnes réponses : Toutes les réponses vont.');
  await expect(page.getByRole('main')).toContainText('Présentez-vous.');
  await expect(projector.getByRole('main')).not.toContainText('Toutes les réponses vont');
  await expect(projector.getByRole('main')).not.toContainText('Présentez-vous.');
  await expectNoAxeViolations(page, 'the presenter view');
  await expectNoAxeViolations(projector, 'the projector view');
  await shoot(page, 'presenter-1-welcome');
  await shoot(projector, 'projector-1-welcome');

  // Segment 2 (→): the lesson in « Je regarde »; Space: its first step is done on the projector.
  await page.keyboard.press('ArrowRight');
  await expect(segmentOf(page, 'Se connecter : je regarde')).toBeVisible();
  await expect(projected(projector, 'Se connecter : je regarde')).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: "Note pour l'animateur" })).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
  // The presenter leads: the learner's own controls are not shown to the room.
  for (const name of ['Suivant', 'À moi !', "Un animateur m'a aidé"])
    await expect(projector.getByRole('button', { name, exact: true })).toBeHidden();
  await expect(projector.getByRole('main')).not.toContainText("Note pour l'animateur");
  await expectNoAxeViolations(page, 'the presenter view on a lesson step');
  await expectNoAxeViolations(projector, 'the projector playing the lesson');
  await shoot(page, 'presenter-2-lesson');
  await shoot(projector, 'projector-2-lesson');

  // Segments 3 and 4 (« Partie suivante »): the projector follows each time.
  await page.getByRole('button', { name: 'Partie suivante' }).click();
  await expect(segmentOf(page, 'Se connecter : on fait ensemble')).toBeVisible();
  await expect(projected(projector, 'Se connecter : on fait ensemble')).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
  await page.getByRole('button', { name: 'Partie suivante' }).click();
  await expect(segmentOf(page, 'Se connecter : je fais seul')).toBeVisible();
  await expect(projected(projector, 'Se connecter : je fais seul')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();

  // A reload of the projector, then of the presenter: both take the position up again.
  await projector.reload();
  await expect(projected(projector, 'Se connecter : je fais seul')).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
  await page.reload();
  await expect(segmentOf(page, 'Se connecter : je fais seul')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
  await expect(projector.getByRole('heading', { name: `Étape 1 sur ${total}` })).toBeVisible();
  await shoot(page, 'presenter-3-reloaded');
  await shoot(projector, 'projector-3-reloaded');

  // « Terminer et tout effacer » removes the kept position: the presenter starts again at part 1.
  const kept = () =>
    page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('pas-a-pas.advisor.')));
  expect(await kept()).toEqual(['pas-a-pas.advisor.presenter.caf-declarer']);
  await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(kept).toEqual([]);
  await page.goto('/animateur/seances/caf-declarer');
  await expect(segmentOf(page, 'Accueil et tour de table')).toBeVisible();
});

test('an unknown session says so on both pages, with a link back', async ({ page }) => {
  for (const path of ['/animateur/seances/pas-une-seance', '/animateur/projecteur/pas-une-seance']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Séance introuvable' })).toBeVisible();
    await page.getByRole('link', { name: 'Retour aux séances' }).click();
    await expect(page).toHaveURL(/\/animateur\/?$/);
  }
});

test('a long part: the timers turn amber then red, and the presenter view is never wiped for inactivity', async ({
  page,
}) => {
  await page.clock.install();
  // Control: on the advisor's home, a computer left alone is wiped as everywhere else.
  await page.goto('/animateur');
  await expect(page.getByRole('heading', { level: 1, name: 'Espace animateur' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.clock.runFor('10:10');
  await expect(page.getByRole('alertdialog', { name: 'Vous êtes encore là ?' })).toBeVisible();

  await page.goto('/animateur/seances/caf-declarer');
  await expect(segmentOf(page, 'Accueil et tour de table')).toBeVisible();
  await page.keyboard.press('Tab');
  const segmentTimer = page.locator('.session-timer').first();
  await page.clock.fastForward('08:30');
  await expect(segmentTimer).toHaveAttribute('data-tone', 'ending');
  await expect(segmentTimer).toContainText('Bientôt la fin : il reste 2 min.');
  await page.clock.fastForward('04:00');
  await expect(segmentTimer).toHaveAttribute('data-tone', 'over');
  await expect(segmentTimer).toContainText('Temps dépassé de 3 min.');
  await page.clock.fastForward('15:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(segmentOf(page, 'Accueil et tour de table')).toBeVisible();
  await shoot(page, 'presenter-4-over-time');
});
