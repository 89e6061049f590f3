/**
 * A lesson with mistakes, as the author preview shows it: each message in plain words, with the
 * line to fix (« corrigez le fichier à la ligne 18 ») and its rule, errors first, and never
 * « Rechargez la page ». The messages come from the real compiler, as the dev server gives them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { LessonMessages } from '../../src/author/LessonMessages.tsx';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { authorLessonFiles } from '../../src/compiler/vite/lessonsPlugin.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { tempProject } from '../compiler/tempProject.ts';

const fixtures = resolve('tests/compiler/fixtures/content');

/** The preview's data for the fixture lesson `mini` once `edit` is saved. */
async function miniFile(edit: (source: string) => string) {
  const project = tempProject(fixtures);
  try {
    const path = join(project.root, 'content/lessons/mini/fr.mdx');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const content = join(project.root, 'content');
    const files = await authorLessonFiles(join(content, 'lessons'), project.root, () =>
      createContentStore(content),
    ).files();
    return files.find((file) => file.lessonId === 'mini' && file.locale === 'fr')!;
  } finally {
    project.remove();
  }
}

/** Line and column (1-based) where `text` starts in `source`. */
function place(source: string, text: string) {
  const before = source.slice(0, source.indexOf(text)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describeBoth('LessonMessages', ({ render }) => {
  it('says in words which line to fix, with the rule, and never to reload the page', async () => {
    const source = readFileSync(join(fixtures, 'lessons/mini/fr.mdx'), 'utf8');
    const broken = source.replace('target="caf.login.nir"', 'target="caf.login.nri"');
    const { line, column } = place(broken, 'target="caf.login.nri"');
    render(<LessonMessages file={await miniFile(() => broken)} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      `Erreur — corrigez le fichier à la ligne ${line} (colonne ${column}) : Unknown target caf.login.nri.`,
    );
    expect(alert).toHaveTextContent('Règle : unknown-target (docs/writing-lessons.md#unknown-target)');
    expect(alert).toHaveTextContent('On ne peut pas jouer la leçon tant que ces erreurs restent.');
    expect(alert).not.toHaveTextContent(/Rechargez/);
  });

  it("shows the checker's warnings as advice, at their line, without blocking the lesson", async () => {
    const source = readFileSync(join(fixtures, 'lessons/mini/fr.mdx'), 'utf8');
    // A step with one hint: the checker advises two.
    const edited = source.replace('  <Hint>Regardez en haut de la page.</Hint>\n', '');
    const file = await miniFile(() => edited);
    const { line } = place(edited, '<Step id="ouvrir"');
    expect(file.messages).toContainEqual(expect.objectContaining({ severity: 'warning', line }));
    render(<LessonMessages file={file} />);

    expect(screen.getByRole('status')).toHaveTextContent(
      `Conseil — à revoir à la ligne ${line} (colonne 1) : Step ouvrir`,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/On ne peut pas jouer la leçon/)).not.toBeInTheDocument();
  });

  it('shows a file without errors as playable, its warnings (if any) without an alert', async () => {
    render(<LessonMessages file={await miniFile((source) => source)} />);
    expect(screen.getByRole('status')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/On ne peut pas jouer la leçon/)).not.toBeInTheDocument();
  });
});
