/**
 * « Le suivi du groupe » in jsdom with the real catalogues and real progress codes: adding
 * learners (typed code, the QR code's link, a mistyped code), each bad code's message on its own
 * row while the others show, duplicates flagged, editing and removing, the form's messages, a
 * damaged or newer store, the camera's messages, and axe-core.
 */
import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { skills } from 'virtual:pas-a-pas/skills';
import { GroupPage } from '../../../src/advisor/group/GroupPage.tsx';
import { GROUP_STORE_KEY, readGroup } from '../../../src/advisor/group/groupStore.ts';
import { i18n } from '../../../src/i18n/i18n.ts';
import { resumeUrl } from '../../../src/progress/resumeUrl.ts';
import { describeBoth } from '../../player/renderBoth.tsx';
import { aloneTwice, guidedOnce, mistyped, passwordGuided } from './groupCodes.ts';

const skillName = (id: string) => skills.find((s) => s.id === id)!.fr;
const lessonName = (id: string) => lessons.find((l) => l.id === id)!.texts.fr!.title;
const stored = () => {
  const read = readGroup(localStorage);
  return read.kind === 'ok' ? read.learners.map((l) => [l.name, l.code, l.lessons]) : read;
};
/** The page's announcement of what was just done (a `status` region). */
const announced = (text: string) => expect(screen.getByText(text).closest('[role="status"]')).not.toBeNull();
const table = () => screen.getByRole('table', { name: /Le niveau de chaque personne|Each person's level/ });
const rowOf = (name: string) =>
  within(table())
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('tr')!;

afterEach(() => localStorage.clear());

describeBoth('GroupPage', ({ render }) => {
  const user = () => userEvent.setup();

  async function add(u: ReturnType<typeof user>, name: string, code: string) {
    await u.type(screen.getByRole('textbox', { name: 'Prénom ou surnom' }), name);
    const field = screen.getByRole('textbox', { name: 'Code de progrès ou lien' });
    await u.click(field);
    await u.paste(code);
    await u.click(screen.getByRole('button', { name: 'Ajouter' }));
  }

  it('builds the table from typed, pasted and mistyped codes: the bad one says what to do, the others show', async () => {
    const u = user();
    render(<GroupPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Le suivi du groupe' })).toBeVisible();
    expect(screen.getByText("Personne n'est encore dans la liste.")).toBeVisible();

    await add(u, 'Amina', guidedOnce);
    announced('Amina fait maintenant partie de la liste.');
    await add(u, 'Karim', resumeUrl(aloneTwice, ['caf-se-connecter'], 'https://example.org/'));
    await add(u, 'Sofia', mistyped(passwordGuided));
    await add(u, 'Inès', passwordGuided.toLowerCase());

    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Nom',
      'Prochaine leçon',
      ...skills
        .map((s) => s.id)
        .filter((id) =>
          [
            'utiliser-messagerie',
            'creer-mot-de-passe',
            'trouver-identifiant',
            'se-connecter',
            'code-unique',
            'trouver-rubrique',
            'remplir-champ',
            'repondre-oui-non',
            'se-deconnecter',
          ].includes(id),
        )
        .map(skillName),
      'Actions',
    ]);
    const cell = (name: string, skill: string) =>
      rowOf(name).cells[headers.indexOf(skillName(skill))]!.textContent?.trim();
    expect(cell('Amina', 'se-connecter')).toBe('Avec aide');
    expect(cell('Karim', 'se-connecter')).toBe('Autonome');
    expect(cell('Inès', 'se-connecter')).toBe('Découverte');
    expect(cell('Inès', 'creer-mot-de-passe')).toBe('Avec aide');
    expect(rowOf('Amina')).toHaveTextContent(`${lessonName('caf-se-connecter')} (Je fais seul)`);
    // Karim's link says he did the login lesson: it is not his next one.
    expect(rowOf('Karim')).not.toHaveTextContent(lessonName('caf-se-connecter'));

    const bad = rowOf('Sofia');
    expect(bad).toHaveTextContent(`Ce code ne peut pas être lu (${mistyped(passwordGuided)}).`);
    expect(bad).toHaveTextContent('Il y a une erreur de frappe dans le code.');
    expect(bad).toHaveTextContent('Demandez à la personne de montrer son code encore une fois');
    expect(bad).not.toHaveTextContent('Avec aide');

    const together = screen.getByRole('region', { name: 'À travailler ensemble' });
    expect(together).toHaveTextContent(`La leçon à faire ensemble : ${lessonName('caf-se-connecter')}`);
    expect(together).toHaveTextContent(`${skillName('creer-mot-de-passe')} : 3 sur 3 pas encore autonomes`);

    expect(stored()).toEqual([
      ['Amina', guidedOnce, []],
      ['Karim', aloneTwice, ['caf-se-connecter']],
      ['Sofia', mistyped(passwordGuided), []],
      ['Inès', passwordGuided.toLowerCase(), []],
    ]);
  });

  it('corrects a bad code with « Modifier », renames, and removes a learner', async () => {
    const u = user();
    render(<GroupPage />);
    await add(u, 'Sofia', mistyped(guidedOnce));
    await add(u, 'Karim', aloneTwice);
    expect(rowOf('Sofia')).toHaveTextContent('erreur de frappe');

    await u.click(screen.getByRole('button', { name: 'Modifier Sofia' }));
    const editForm = within(screen.getByRole('button', { name: 'Enregistrer' }).closest('form')!);
    const editName = editForm.getByRole('textbox', { name: 'Prénom ou surnom' });
    expect(editName).toHaveValue('Sofia');
    expect(editName).toHaveFocus();
    await u.clear(editName);
    await u.type(editName, 'Sofia M.');
    const editCode = editForm.getByRole('textbox', { name: 'Code de progrès ou lien' });
    expect(editCode).toHaveValue(mistyped(guidedOnce));
    await u.clear(editCode);
    await u.type(editCode, guidedOnce);
    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    announced('Les changements sont enregistrés.');
    expect(screen.getByRole('button', { name: 'Modifier Sofia M.' })).toHaveFocus();
    expect(rowOf('Sofia M.')).not.toHaveTextContent('erreur de frappe');
    expect(rowOf('Sofia M.')).toHaveTextContent('Avec aide');

    await u.click(screen.getByRole('button', { name: 'Retirer Karim de la liste' }));
    announced('Karim ne fait plus partie de la liste.');
    expect(screen.getByRole('heading', { level: 2, name: 'Où en est chacun' })).toHaveFocus();
    expect(within(table()).queryByRole('rowheader', { name: 'Karim' })).toBeNull();
    expect(stored()).toEqual([['Sofia M.', guidedOnce, []]]);
  });

  it('flags the same name and the same code given twice', async () => {
    const u = user();
    render(<GroupPage />);
    await add(u, 'Amina', guidedOnce);
    await add(u, 'amina', guidedOnce);
    expect(rowOf('Amina')).toHaveTextContent(
      'Deux personnes ont ce nom. Ajoutez une initiale, par exemple « Amina B. »',
    );
    expect(rowOf('Amina')).toHaveTextContent('Même code que amina.');
    expect(rowOf('amina')).toHaveTextContent('Même code que Amina.');
  });

  it('asks for a name and a code, and keeps nothing until both are there', async () => {
    const u = user();
    render(<GroupPage />);
    await u.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Écrivez le prénom ou le surnom de la personne.');
    expect(screen.getByRole('textbox', { name: 'Prénom ou surnom' })).toHaveFocus();
    await u.type(screen.getByRole('textbox', { name: 'Prénom ou surnom' }), 'Amina');
    await u.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tapez le code de progrès de la personne.');
    expect(screen.getByRole('textbox', { name: 'Code de progrès ou lien' })).toHaveFocus();
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBeNull();
  });

  it('a damaged list is shown as it was, not erased, until the advisor starts again', async () => {
    const u = user();
    localStorage.setItem(GROUP_STORE_KEY, '{"version":1,"learners":[{"name":"Amina"');
    render(<GroupPage />);
    expect(screen.getByRole('alert')).toHaveTextContent('La liste gardée sur cet ordinateur est abîmée');
    expect(screen.getByRole('textbox', { name: 'La liste gardée, telle quelle' })).toHaveValue(
      '{"version":1,"learners":[{"name":"Amina"',
    );
    expect(screen.queryByRole('button', { name: 'Ajouter' })).toBeNull();
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBe('{"version":1,"learners":[{"name":"Amina"');
    await u.click(screen.getByRole('button', { name: 'Effacer cette liste et recommencer' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await add(u, 'Amina', guidedOnce);
    expect(stored()).toEqual([['Amina', guidedOnce, []]]);
  });

  it('a list from a newer version says so and is kept', () => {
    const raw = JSON.stringify({ version: 3, learners: [] });
    localStorage.setItem(GROUP_STORE_KEY, raw);
    render(<GroupPage />);
    expect(screen.getByRole('alert')).toHaveTextContent("vient d'une version plus récente de Pas à pas (version 3)");
    expect(localStorage.getItem(GROUP_STORE_KEY)).toBe(raw);
  });

  it('where the browser keeps nothing, the list lives in the page and the page says to print it', async () => {
    const u = user();
    const locked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      render(<GroupPage />);
      expect(screen.getByRole('alert')).toHaveTextContent('Ce navigateur ne permet pas de garder la liste.');
      await add(u, 'Amina', guidedOnce);
      expect(rowOf('Amina')).toHaveTextContent('Avec aide');
      expect(screen.getAllByRole('alert')).toHaveLength(1);
    } finally {
      locked.mockRestore();
    }
  });

  it('without camera access, scanning says to type the code, and typing still works', async () => {
    const u = user();
    render(<GroupPage />);
    await u.click(screen.getByRole('button', { name: 'Scanner le code QR avec la caméra' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ce navigateur ne peut pas utiliser de caméra ici. Tapez le code à la main.',
    );
    await add(u, 'Amina', guidedOnce);
    expect(rowOf('Amina')).toHaveTextContent('Avec aide');
  });

  it('a refused camera says how to allow it', async () => {
    const u = user();
    const refuse = async () => {
      throw new DOMException('Permission denied', 'NotAllowedError');
    };
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: refuse } });
    try {
      render(<GroupPage />);
      await u.click(screen.getByRole('button', { name: 'Scanner le code QR avec la caméra' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('La caméra est refusée.');
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  it('speaks English too', async () => {
    const u = user();
    await i18n.changeLanguage('en');
    render(<GroupPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'The group follow-up' })).toBeVisible();
    await u.type(screen.getByRole('textbox', { name: 'First name or nickname' }), 'Amina');
    await u.type(screen.getByRole('textbox', { name: 'Progress code or link' }), mistyped(guidedOnce));
    await u.click(screen.getByRole('button', { name: 'Add' }));
    expect(rowOf('Amina')).toHaveTextContent('There is a typing mistake in the code.');
    expect(rowOf('Amina')).toHaveTextContent('Ask the person to show their code once more');
  });

  it('has no axe-core violations, empty or full (contrast aside: the e2e run checks it)', async () => {
    document.documentElement.lang = 'fr';
    const u = user();
    render(
      <main>
        <GroupPage />
      </main>,
    );
    const violations = async () =>
      (await axe.run(document, { rules: { 'color-contrast': { enabled: false } } })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    await add(u, 'Amina', guidedOnce);
    await add(u, 'Sofia', mistyped(guidedOnce));
    expect(await violations()).toEqual([]);
  });
});
