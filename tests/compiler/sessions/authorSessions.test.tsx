/**
 * Session scripts in the author preview (`/auteur`, dev only), with the data the dev server's
 * sessions plugin gives (`authorSessionFiles`, the real compiler on real files): the index lists
 * each session and its files with their counts; a session's page shows the segments it read,
 * with what to say, the questions and answers, the checklist and the lesson, and a broken file's
 * messages in plain words, with the line to fix.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeAll, expect, it } from 'vitest';
import { SessionIndex } from '../../../src/author/AuthorIndex.tsx';
import type { AuthorSessionFile } from '../../../src/author/authorSessions.ts';
import { AuthorSessionPage } from '../../../src/author/AuthorSessionPage.tsx';
import { sessionFilesOf } from '../../../src/author/sessionFiles.ts';
import { authorSessionFiles } from '../../../src/compiler/vite/authorSessionFiles.ts';
import { describeBoth } from '../../player/renderBoth.tsx';
import { change, script } from './sessionFixture.ts';

let files: AuthorSessionFile[];
beforeAll(async () => {
  const parent = resolve('tests/fixtures/.compiled');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'author-sessions-'));
  try {
    cpSync(resolve('tests/compiler/fixtures/content'), join(root, 'content'), { recursive: true });
    const folder = join(root, 'content/sessions/atelier-biblio');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'fr.mdx'), script);
    // The translation has a mistyped mode.
    writeFileSync(join(folder, 'en.mdx'), change(script, ['mode="watch"', 'mode="wach"']));
    const content = join(root, 'content');
    files = await authorSessionFiles(join(content, 'sessions'), join(content, 'lessons'), root).files();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

describeBoth('Session scripts in the author preview', ({ render }) => {
  const open = (ui: React.ReactElement, path: string) => {
    const location = memoryLocation({ path, record: true });
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>,
    );
    return location;
  };

  it('lists each session with its title and its files, with their counts', () => {
    open(<SessionIndex files={files} />, '/');
    const sessions = screen.getByRole('region', { name: 'Séances' });
    const row = within(sessions).getByRole('link', { name: 'atelier-biblio' }).closest('tr')!;
    expect(within(sessions).getByRole('link', { name: 'atelier-biblio' })).toHaveAttribute(
      'href',
      '/seances/atelier-biblio',
    );
    expect(row).toHaveTextContent('Atelier bibliothèque : prolonger un prêt');
    expect(within(row).getByRole('link', { name: 'fr' }).closest('li')).toHaveTextContent('fr : aucun message');
    expect(within(row).getByRole('link', { name: 'en' }).closest('li')).toHaveTextContent('en : 1 erreur');
  });

  it('says when there is no session yet', () => {
    open(<SessionIndex files={[]} />, '/');
    expect(screen.getByText("Il n'y a pas encore de séance dans content/sessions/.")).toBeInTheDocument();
  });

  it("shows a session's segments, with what to say, the questions, the checklist and the lesson", () => {
    open(
      <AuthorSessionPage id="atelier-biblio" files={sessionFilesOf('atelier-biblio', files)} />,
      '/seances/atelier-biblio',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Atelier bibliothèque : prolonger un prêt');
    expect(screen.getByRole('status')).toHaveTextContent('Le vérificateur ne signale rien dans ce fichier.');
    const segments = screen.getByRole('region', { name: 'Les parties de la séance' });
    expect(segments).toHaveTextContent('3 parties, 30 minutes en tout.');
    expect(
      within(segments)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['1. Accueil · 5 min', '2. Prolonger : je regarde · 10 min', '3. Le justificatif, seul · 15 min']);
    const first = within(segments).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(
      "À dire : Présentez-vous. Tout se passe sur une copie du site : rien n'est envoyé.",
    );
    expect(first).toHaveTextContent('Question : Qui a déjà prolongé un prêt ?');
    expect(first).toHaveTextContent("Bonnes réponses : Certains l'ont fait au guichet.");
    expect(within(first).getByText('Chaque personne a un ordinateur allumé.')).toBeInTheDocument();
    expect(segments).toHaveTextContent('ligne 27 · Leçon biblio-prolonger, mode « watch »');
  });

  it("shows a broken file's messages with the line to fix, and the segments it read", async () => {
    const location = open(
      <AuthorSessionPage id="atelier-biblio" files={sessionFilesOf('atelier-biblio', files)} />,
      '/seances/atelier-biblio',
    );
    await userEvent.click(screen.getByRole('button', { name: 'en' }));
    expect(location.history?.at(-1)).toBe('/seances/atelier-biblio?locale=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Erreur — corrigez le fichier à la ligne 27 (colonne 81) : mode="wach" is not a mode. Did you mean watch?',
    );
    expect(alert).toHaveTextContent('Règle : invalid-attribute (docs/session-scripts.md#invalid-attribute)');
    expect(alert).toHaveTextContent('On ne peut pas utiliser la séance tant que ces erreurs restent.');
    expect(screen.getByRole('region', { name: 'Les parties de la séance' })).toHaveTextContent(
      '3 parties, 30 minutes en tout.',
    );
  });

  it('says when the session does not exist', () => {
    open(<AuthorSessionPage id="atelier-inconnu" files={[]} />, '/seances/atelier-inconnu');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Il n'y a pas de séance « atelier-inconnu ». Le dossier content/sessions/atelier-inconnu/ doit contenir un fichier fr.mdx.",
    );
  });
});
