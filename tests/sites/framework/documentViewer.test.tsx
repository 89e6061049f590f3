/**
 * A document a site generates, in the practice browser's viewer: its sections as a page,
 * « Télécharger » saving the real PDF (a Blob) which then appears in the « Ouvrir » dialog's
 * « Téléchargements », « Fermer » and Escape giving focus back; a long document scrolls from the
 * keyboard (its pages are reached with Tab).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../../src/lesson/types.ts';
import { Player } from '../../../src/player/Player.tsx';
import { findTarget } from '../../../src/sites/framework/driver.ts';
import { receipt } from '../../fixtures/test-site/BiblioSite.tsx';
import { loadTestLesson, testViews } from '../../fixtures/test-site/testSites.ts';
import { onStep } from '../../support/playLesson.tsx';
import { violations } from './axe.ts';

initI18n('fr');

let lesson: CompiledLesson;
let unload: () => void;
beforeAll(async () => {
  ({ lesson, unload } = await loadTestLesson('biblio-justificatif'));
});
afterAll(() => unload());

// jsdom has no Blob URLs: record what would be downloaded.
const saved: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return `blob:test/${saved.length}`;
  };
  URL.revokeObjectURL = () => {};
});
afterEach(() => vi.restoreAllMocks());

async function openReceipt() {
  const user = userEvent.setup();
  render(<Player lesson={lesson} mode="guided" onRestart={() => {}} sites={testViews} watchTravelMs={0} />);
  await onStep(lesson, lesson.units[0]!);
  await user.click(findTarget(document, 'biblio.home.prets')!);
  await user.click(findTarget(document, 'biblio.prets.recu')!);
  return { user, viewer: await screen.findByRole('dialog', { name: 'recu-prets.pdf' }) };
}

describe('the document viewer', () => {
  it('shows the document’s sections as a page marked as a practice document', async () => {
    const { viewer } = await openReceipt();
    expect(within(viewer).getByRole('heading', { name: 'recu-prets.pdf' })).toHaveFocus();
    const page = within(viewer).getByRole('article', { name: 'Reçu de vos prêts' });
    expect(page).toHaveTextContent("Médiathèque — site d'entraînement");
    expect(within(page).getByRole('heading', { name: 'Vos prêts' })).toBeVisible();
    expect(page).toHaveTextContent('Le Petit Prince, à rendre le 4 décembre 2026');
    expect(page).toHaveTextContent("Document d'entraînement — sans valeur officielle");
    expect(await violations(document.querySelector('.practice-browser')!)).toEqual([]);
  });

  it('downloads the real PDF, which then is in « Téléchargements »', async () => {
    // jsdom does not follow the download link: the click is enough.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, viewer } = await openReceipt();
    await user.click(within(viewer).getByRole('button', { name: 'Télécharger' }));
    expect(await within(viewer).findByText('recu-prets.pdf a été téléchargé.')).toHaveAttribute('role', 'status');
    const blob = saved.at(-1)!;
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    await user.click(within(viewer).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(findTarget(document, 'biblio.prets.recu')).toHaveFocus());

    await user.click(findTarget(document, 'biblio.prets.justificatif')!);
    const dialog = await screen.findByRole('dialog', { name: 'Ouvrir' });
    await user.click(within(dialog).getByRole('button', { name: 'Téléchargements' }));
    expect(within(dialog).getByText('Ordinateur › Téléchargements')).toBeVisible();
    expect(within(dialog).getByRole('option', { name: /recu-prets\.pdf/ })).toHaveTextContent(
      /recu-prets\.pdfDocument PDF\d+ Ko/,
    );
  });

  it('lets Tab reach the pages after the buttons, so that a long document scrolls from the keyboard', async () => {
    const { user, viewer } = await openReceipt();
    within(viewer).getByRole('button', { name: 'Fermer' }).focus();
    await user.tab();
    const pages = within(viewer).getByRole('region', { name: 'Reçu de vos prêts' });
    expect(pages).toHaveFocus();
    expect(pages).toContainElement(within(viewer).getByRole('article', { name: 'Reçu de vos prêts' }));
  });

  it('closes with Escape, and keeps Tab inside', async () => {
    const { user, viewer } = await openReceipt();
    for (let i = 0; i < 5; i++) {
      await user.tab();
      expect(viewer.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(receipt.fileName).toBe('recu-prets.pdf');
  });
});
