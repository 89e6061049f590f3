/**
 * The public-computer screens in the app, on jsdom's real localStorage: « Reprendre avec mon
 * code » on the home page (success, each refusal, nothing changed on a refusal, asking before
 * replacing), « Terminer et tout effacer » (the dialog, its focus, Escape, the wipe), the store's
 * notice, « Mon code de progrès » (groups, QR code, card), `/reprendre` and `/carnet`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { skills } from 'virtual:pas-a-pas/skills';
import { App } from '../../src/app/App.tsx';
import { languageStorageKey } from '../../src/i18n/i18n.ts';
import type { Level } from '../../src/engine/learner/types.ts';
import { codeLevels } from '../../src/progress/codeLevels.ts';
import { decodeProgressCode, encodeProgressCode } from '../../src/progress/progressCode.ts';
import { progressStorageKey } from '../../src/progress/progressStore.ts';
import { readResumeQuery, resumeUrl } from '../../src/progress/resumeUrl.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { otherVersionCode, run } from './fixtures.ts';

const skillIds = skills.map((skill) => skill.id);
const [first, second, third] = skillIds as [string, string, string];
const levelsToRestore: Record<string, Level> = { [first]: 'autonome', [second]: 'avec-aide', [third]: 'presque-seul' };
const goodCode = encodeProgressCode(levelsToRestore, skillIds);
const storedRun = run('caf-se-connecter', ['se-connecter', 'trouver-identifiant']);
const keep = (runs = [storedRun]) =>
  localStorage.setItem(progressStorageKey, JSON.stringify({ version: 1, runs, settings: { inactivityMinutes: 10 } }));
const storedProgress = () => {
  const text = localStorage.getItem(progressStorageKey);
  return text === null
    ? null
    : (JSON.parse(text) as {
        runs: unknown[];
        baseline?: { levels: object; restoredAt: number };
        restoredLessons?: string[];
      });
};

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the QR code address', () => {
  it('holds the code and the lessons done, and reads back', () => {
    const url = resumeUrl(
      'ABCD-EFGH-JKMN-PQRS',
      ['caf-se-connecter', 'caf-declaration-trimestrielle'],
      'https://pas-a-pas.example/',
    );
    expect(url).toBe(
      'https://pas-a-pas.example/reprendre?code=ABCD-EFGH-JKMN-PQRS&lecons=caf-se-connecter,caf-declaration-trimestrielle',
    );
    expect(readResumeQuery(new URL(url).search)).toEqual({
      code: 'ABCD-EFGH-JKMN-PQRS',
      lessons: ['caf-se-connecter', 'caf-declaration-trimestrielle'],
    });
    expect(resumeUrl('ABCD', [], 'https://x/')).toBe('https://x/reprendre?code=ABCD');
    expect(readResumeQuery('?code=x&lecons=ok-1,<script>,,UPPER')).toEqual({ code: 'x', lessons: ['ok-1'] });
  });
});

describeBoth('Public computer', ({ render }) => {
  const open = (path: string) => {
    const location = memoryLocation({ path, record: true });
    render(<App hook={location.hook} />);
    return { user: userEvent.setup(), location };
  };
  const codeField = () => screen.getByRole('textbox', { name: 'Mon code de progrès' });

  describe('« Reprendre avec mon code » on the home page', () => {
    it('restores the levels of a good code, says so, says the lessons done stay behind, and links to the carnet', async () => {
      const { user } = open('/');
      expect(screen.getByRole('heading', { level: 2, name: 'Reprendre avec mon code' })).toBeVisible();
      expect(
        screen.getByText(
          'Le code garde vos niveaux. La liste des leçons faites ne passe que par le QR code de la carte.',
        ),
      ).toBeVisible();
      const before = Date.now();
      await user.type(codeField(), goodCode.toLowerCase().replace(/-/g, ' '));
      await user.click(screen.getByRole('button', { name: 'Reprendre' }));
      const done = await screen.findByText('Vos progrès sont repris.');
      expect(done.closest('[role="status"]')).toBeInTheDocument();
      expect(within(done).getByRole('link', { name: 'Voir mon carnet' })).toHaveAttribute('href', '/carnet');
      expect(within(done.closest('[role="status"]')!).getByText(/pas la liste des leçons faites/)).toBeVisible();
      expect((codeField() as HTMLInputElement).value).toBe('');
      const stored = storedProgress()!;
      expect(stored.runs).toEqual([]);
      expect(stored.baseline!.levels).toEqual(levelsToRestore);
      expect(stored.baseline!.restoredAt).toBeGreaterThanOrEqual(before);
      expect(stored.restoredLessons).toBeUndefined();
    });

    const mistyped = (() => {
      const raw = goodCode.replace(/-/g, '');
      const other = raw[5] === 'A' ? 'B' : 'A';
      return raw.slice(0, 5) + other + raw.slice(6);
    })();
    it.each([
      ['nothing', '', 'Tapez votre code de progrès : il est écrit sur votre carte.'],
      [
        'a truncated code',
        goodCode.slice(0, 14),
        'Il manque des caractères : un code en a 16. Vérifiez le code sur votre carte.',
      ],
      [
        'a code too long',
        `${goodCode}-7`,
        'Il y a trop de caractères : un code en a 16. Vérifiez le code sur votre carte.',
      ],
      [
        'a character that codes do not use',
        `U${goodCode.slice(1)}`,
        "Le caractère « U » n'existe pas dans les codes. Vérifiez le code sur votre carte.",
      ],
      [
        'a mistyped character',
        mistyped,
        'Ce code contient une erreur de frappe. Vérifiez chaque caractère sur votre carte, puis corrigez.',
      ],
      [
        'a code of another version',
        otherVersionCode,
        "Ce code vient d'une autre version de Pas à pas : il ne peut pas être lu ici. Demandez de l'aide à un animateur.",
      ],
    ])(
      'refuses %s with a clear message, focus back in the field, and changes nothing',
      async (_what, typed, message) => {
        keep();
        const before = localStorage.getItem(progressStorageKey);
        const { user } = open('/');
        if (typed) await user.type(codeField(), typed);
        await user.click(screen.getByRole('button', { name: 'Reprendre' }));
        const alert = await screen.findByRole('alert');
        expect(alert.textContent).toBe(message);
        expect(codeField()).toHaveFocus();
        expect(codeField()).toHaveAttribute('aria-invalid', 'true');
        expect(codeField().getAttribute('aria-describedby')).toContain(alert.id);
        expect(localStorage.getItem(progressStorageKey)).toBe(before);
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        expect(screen.queryByText('Vos progrès sont repris.')).not.toBeInTheDocument();
      },
    );

    it('asks before replacing the progress this computer keeps: Annuler keeps it, Remplacer replaces it', async () => {
      keep();
      const before = localStorage.getItem(progressStorageKey);
      const { user } = open('/');
      await user.type(codeField(), goodCode);
      await user.click(screen.getByRole('button', { name: 'Reprendre' }));
      const dialog = await screen.findByRole('dialog', { name: 'Remplacer les progrès de cet ordinateur ?' });
      expect(within(dialog).getByText(/Cet ordinateur garde déjà des progrès/)).toBeVisible();
      expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
      await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByText("Rien n'a changé : les progrès de cet ordinateur sont gardés.")).toBeVisible();
      expect(localStorage.getItem(progressStorageKey)).toBe(before);

      await user.click(screen.getByRole('button', { name: 'Reprendre' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remplacer' }));
      expect(await screen.findByText('Vos progrès sont repris.')).toBeVisible();
      expect(storedProgress()).toMatchObject({ runs: [], baseline: { levels: levelsToRestore } });
    });
  });

  describe('« Terminer et tout effacer »', () => {
    it('asks first, saying what will be erased, with the focus trapped in the dialog', async () => {
      keep();
      const { user } = open('/');
      await waitFor(() => expect(screen.getByRole('link', { name: 'Mon carnet' })).toHaveAttribute('href', '/carnet'));
      await user.click(screen.getByRole('button', { name: 'Terminer et tout effacer' }));
      const dialog = screen.getByRole('dialog', { name: 'Terminer et tout effacer ?' });
      expect(dialog).toHaveAttribute('aria-modal', 'true');
      expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toMatch(
        /vos progrès, votre carnet, la leçon en cours et la langue choisie/,
      );
      expect(document.querySelector('header')!.closest('[inert]')).toBeInTheDocument();
      const link = within(dialog).getByRole('link', { name: 'Prendre mon code de progrès' });
      const confirm = within(dialog).getByRole('button', { name: 'Oui, tout effacer' });
      const cancel = within(dialog).getByRole('button', { name: 'Annuler' });
      expect(cancel).toHaveFocus();
      await user.tab();
      expect(link).toHaveFocus();
      await user.tab();
      expect(confirm).toHaveFocus();
      await user.tab({ shift: true });
      await user.tab({ shift: true });
      expect(cancel).toHaveFocus();
    });

    it('Escape cancels: nothing erased, focus back on the button', async () => {
      keep();
      sessionStorage.setItem(languageStorageKey, 'fr');
      const { user } = open('/');
      const button = screen.getByRole('button', { name: 'Terminer et tout effacer' });
      await user.click(button);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(button).toHaveFocus();
      expect(document.querySelector('[inert]')).not.toBeInTheDocument();
      expect(storedProgress()).not.toBeNull();
      expect(sessionStorage.getItem(languageStorageKey)).toBe('fr');
    });

    it('erases local and session storage, goes home and says the computer can be left', async () => {
      keep();
      localStorage.setItem('pas-a-pas:other', 'x');
      sessionStorage.setItem(languageStorageKey, 'fr');
      const { user, location } = open('/carnet');
      await screen.findByRole('heading', { level: 1, name: 'Mon carnet' });
      await user.click(screen.getByRole('button', { name: 'Terminer et tout effacer' }));
      await user.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
      const message = await screen.findByText("Tout est effacé. Vous pouvez laisser l'ordinateur.");
      expect(localStorage.length).toBe(0);
      expect(sessionStorage.length).toBe(0);
      expect(location.history!.at(-1)).toBe('/');
      expect(screen.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
      expect(message.closest('[role="status"]')).toBeInTheDocument();
      await waitFor(() => expect(message).toHaveFocus());
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  describe('the store’s notice', () => {
    it('says once, on the home page, that damaged progress was reset', async () => {
      localStorage.setItem(progressStorageKey, '{"version": 1, "runs": [');
      const { user } = open('/');
      const notice = await screen.findByText(/Les progrès gardés sur cet ordinateur étaient abîmés/);
      expect(notice.closest('[role="status"]')).toBeInTheDocument();
      expect(localStorage.getItem(progressStorageKey)).toBeNull();
      await user.click(screen.getByRole('link', { name: 'Mon carnet' }));
      await screen.findByRole('heading', { level: 1, name: 'Mon carnet' });
      await user.click(screen.getByRole('link', { name: "Pas à pas, page d'accueil" }));
      await screen.findByRole('heading', { level: 1, name: 'Les leçons' });
      expect(screen.queryByText(/étaient abîmés/)).not.toBeInTheDocument();
    });

    it('can be closed', async () => {
      localStorage.setItem(progressStorageKey, JSON.stringify({ version: 9, runs: [] }));
      const { user } = open('/');
      expect(await screen.findByText(/viennent d'une version plus récente de Pas à pas/)).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Fermer ce message' }));
      expect(screen.queryByText(/version plus récente/)).not.toBeInTheDocument();
    });
  });

  describe('« Mon code de progrès »', () => {
    it('shows the code in groups of 4, its QR code, and a card to print', async () => {
      keep();
      const print = vi.fn();
      vi.stubGlobal('print', print);
      const { user } = open('/carnet/code');
      expect(await screen.findByRole('heading', { level: 1, name: 'Mon code de progrès' })).toBeVisible();
      const shown = document.querySelector('.progress-code [aria-hidden="true"]')!.textContent!;
      expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(decodeProgressCode(shown, skillIds)).toEqual({
        ok: true,
        levels: codeLevels([storedRun], undefined, skillIds),
      });
      // For screen readers only (visually hidden): the code spelled out.
      expect(
        screen.getByText(
          `Votre code, caractère par caractère : ${shown
            .split('-')
            .map((g) => [...g].join(' '))
            .join(', ')}`,
        ),
      ).toBeInTheDocument();
      const qr = screen.getByRole('img', { name: 'QR code de vos progrès' });
      expect(qr.querySelector('svg path')).toBeInTheDocument();
      const card = screen.getByRole('region', { name: 'Pas à pas : mon code de progrès' });
      expect(
        within(card).getByText('Gardez cette carte. Avec ce code, vous reprenez vos progrès sur un autre ordinateur.'),
      ).toBeVisible();
      expect(within(card).getByText(/aucune donnée personnelle/)).toBeVisible();
      expect(within(card).getByText(/^Code pris le \d{1,2} \S+ \d{4}$/)).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Imprimer la carte' }));
      expect(print).toHaveBeenCalled();
      vi.unstubAllGlobals();
    });

    it('says there is nothing to keep yet for a new learner', async () => {
      open('/carnet/code');
      expect(
        await screen.findByText("Vous n'avez pas encore de progrès à garder. Faites d'abord une leçon."),
      ).toBeVisible();
      expect(screen.queryByRole('img')).not.toBeInTheDocument();
    });
  });

  describe('/reprendre (the QR code’s address)', () => {
    it('restores from the address, keeps the known lessons, and takes the code out of the address', async () => {
      const { location } = open(`/reprendre?code=${goodCode}&lecons=caf-se-connecter,nulle-part`);
      expect(await screen.findByText('Vos progrès sont repris.')).toBeVisible();
      expect(screen.queryByText(/pas la liste des leçons faites/)).not.toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: 'Reprendre avec mon code' })).toBeVisible();
      expect(location.history!.at(-1)).toBe('/reprendre');
      expect(storedProgress()).toMatchObject({
        baseline: { levels: levelsToRestore },
        restoredLessons: ['caf-se-connecter'],
      });
      expect(lessons.some((l) => l.id === 'caf-se-connecter')).toBe(true);
    });

    it('says what is wrong with a damaged code, and leaves it in the field to correct', async () => {
      open(`/reprendre?code=${goodCode.slice(0, 12)}`);
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Il manque des caractères/);
      expect((codeField() as HTMLInputElement).value).toBe(goodCode.slice(0, 12));
      expect(storedProgress()).toBeNull();
    });
  });

  describe('/carnet', () => {
    it('shows the carnet of the stored runs, with the way to take the progress code', async () => {
      keep();
      open('/carnet');
      expect(await screen.findByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
      expect(screen.getByRole('link', { name: 'Mon code de progrès' })).toHaveAttribute('href', '/carnet/code');
    });
  });
});
