import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { parseFrenchDate, type FrenchDate } from '../../src/french/index.ts';
import { createPracticeClock } from '../../src/lesson/practiceClock.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { MailSite } from '../../src/sites/mail/MailSite.tsx';
import { logIn, toCodePage } from './cafSteps.ts';
import { renderWithBridge, type Rendered } from './renderWithBridge.tsx';

const minutes = 60_000;
/** The real day of these runs, far from the story: 3 March 2025 at 10:00, on the computer's clock. */
const realNow = new Date(2025, 2, 3, 10, 0).getTime();
const day = (d: FrenchDate) => d.year * 10_000 + d.month * 100 + d.day;

/** The practice date the declaration lesson gives, as the compiler emits it. */
let lessonDate: string | undefined;
beforeAll(async () => {
  const path = 'content/lessons/caf-declaration-trimestrielle/fr.mdx';
  const compiled = await compileLesson({ path, value: readFileSync(path, 'utf8') });
  lessonDate = compiled.data?.meta.practiceDate;
});
beforeEach(() => void vi.spyOn(Date, 'now').mockReturnValue(realNow));
afterEach(() => void vi.restoreAllMocks());

/** Logs in, reads the deadline the espace shows, then declares as pre-filled; returns the deadline. */
function declare(site: Rendered): FrenchDate {
  logIn(site);
  const alert = screen.getByRole('button', { name: /Vous devez déclarer vos ressources trimestrielles avant le/ });
  const deadline = parseFrenchDate(/(\d\d\/\d\d\/\d{4})$/.exec(alert.textContent!)![1]!)!;
  site.drive(
    { action: 'click', target: 'caf.espace.notification-dtr' },
    { action: 'click', target: 'caf.ressources.declarer' },
    { action: 'click', target: 'caf.dtr.start' },
    { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
    { action: 'click', target: 'caf.dtr.next' },
    { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' },
    { action: 'click', target: 'caf.dtr.next' },
    // Inès's page (17).
    { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
    { action: 'click', target: 'caf.dtr.next' },
    { action: 'check', target: 'caf.dtr.review.certify' },
    { action: 'click', target: 'caf.dtr.review.validate' },
  );
  return deadline;
}

/** The date or time each message of the open folder shows, newest first. */
const listed = () =>
  within(screen.getByRole('region', { name: /Boîte de réception|Courrier indésirable/ }))
    .getAllByRole('button')
    .map((item) => [item.dataset.target, item.querySelector('.mail-item__date')!.textContent]);

describe.each([{ strict: false }, { strict: true }])(
  'the practice date of a run (StrictMode: $strict)',
  ({ strict }) => {
    it('dates the declaration in the lesson’s story, before its deadline, and the mails with it', async () => {
      expect(lessonDate).toBe('2026-11-12');
      const world = createWorld(createPracticeClock(lessonDate, Date.now()));
      const site = renderWithBridge(
        <>
          <CafSite />
          <MailSite />
        </>,
        { strict, world },
      );
      const deadline = declare(site);

      const confirmed = screen.getByText(/^Votre déclaration trimestrielle de ressources pour /).textContent!;
      expect(confirmed).toBe(
        'Votre déclaration trimestrielle de ressources pour juillet, août et septembre 2026 a bien été transmise le 12/11/2026 à 10:00.',
      );
      expect(day(parseFrenchDate('12/11/2026')!)).toBeLessThan(day(deadline));
      // After the declared months (juillet, août et septembre 2026).
      expect(day(parseFrenchDate('12/11/2026')!)).toBeGreaterThan(day(parseFrenchDate('30/09/2026')!));
      // The reference starts with the practice date and time of sending.
      expect(screen.getByText(/^\d{15}$/).textContent).toMatch(/^202611121000\d{3}$/);

      // The mailbox: the practice day's messages show their time, older ones their date.
      expect(listed()).toEqual([
        ['mail.inbox.caf-accuse', '10:00'],
        ['mail.inbox.caf-code', '10:00'],
        ['mail.inbox.other', '07:00'],
      ]);
      await site.user.click(
        screen.getByRole('button', { name: /Confirmation de votre déclaration trimestrielle de ressources/ }),
      );
      const message = screen.getByRole('article');
      expect(within(message).getByText('12/11/2026 à 10:00')).toBeVisible();
      expect(message.textContent).toContain('le 12/11/2026 à 10:00.');
      await site.user.click(screen.getByRole('button', { name: /Courrier indésirable/ }));
      expect(listed()).toEqual([['mail.inbox.other', '11/11/2026']]);

      await site.user.click(screen.getByRole('button', { name: 'Retour à Mon Compte' }));
      expect(screen.getByText(/a été transmise le 12\/11\/2026\./)).toBeVisible();
      expect(document.body.textContent).not.toContain('03/03/2025');
    });

    it('sends the code on the practice day, and expires it 15 real minutes later', async () => {
      const world = createWorld(createPracticeClock('2026-11-10', Date.now()));
      const site = renderWithBridge(
        <>
          <CafSite />
          <MailSite />
        </>,
        { strict, world },
      );
      site.drive(...toCodePage, { action: 'click', target: 'caf.code.send' });
      await site.user.click(screen.getByRole('button', { name: /Votre code de connexion/ }));
      expect(within(screen.getByRole('article')).getByText('10/11/2026 à 10:00')).toBeVisible();

      vi.mocked(Date.now).mockReturnValue(realNow + 15 * minutes + 1);
      await site.user.type(screen.getByLabelText('Code reçu par courriel'), site.world().otp);
      await site.user.click(screen.getByRole('button', { name: 'Valider' }));
      expect(screen.getByRole('alert').textContent).toMatch(/^Ce code a expiré : il était valable 15 minutes\./);

      await site.user.click(screen.getByRole('button', { name: 'Renvoyer un code' }));
      vi.mocked(Date.now).mockReturnValue(realNow + 29 * minutes);
      const field = screen.getByLabelText('Code reçu par courriel');
      await site.user.clear(field);
      await site.user.type(field, site.world().otp);
      await site.user.click(screen.getByRole('button', { name: 'Valider' }));
      expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Amina' })).toBeVisible();
    });

    it('shows the real date when the run has no practice date', () => {
      const site = renderWithBridge(<CafSite />, { strict, world: createWorld() });
      declare(site);
      expect(screen.getByText(/^Votre déclaration trimestrielle de ressources pour /).textContent).toMatch(
        / a bien été transmise le 03\/03\/2025 à 10:00\.$/,
      );
    });
  },
);
