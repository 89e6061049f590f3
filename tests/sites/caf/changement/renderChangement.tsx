/**
 * Renders the whole CAF site as the player does, for the declaration of a change: in its tab
 * panel, with amina, a practice world on 1 December 2026 (the lesson's day), the run's memory
 * and the practice browser's real « Ouvrir » dialog for the proof.
 */
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPracticeClock } from '../../../../src/lesson/practiceClock.ts';
import { practiceFilesOf } from '../../../../src/lesson/practiceFiles.ts';
import type { Persona, SiteEvent } from '../../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../../src/lesson/world.ts';
import { FileDialog } from '../../../../src/player/browser/FileDialog.tsx';
import { useFileChooser } from '../../../../src/player/browser/useFileChooser.ts';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import type { PracticeDocument } from '../../../../src/sites/framework/documents/practiceDocument.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { amina } from '../../renderWithBridge.tsx';

/** The practice day of these tests: the lesson's, 1 December 2026. */
export const practiceDay = '2026-12-01';

/** The CAF site, signed out on its home page. */
export function renderChangement(persona: Persona = amina) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const store: Record<string, unknown> = {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = { world: createWorld(createPracticeClock(practiceDay, Date.now())) };

  function Harness({ children }: { children: ReactNode }) {
    const [world, setWorld] = useState(current.world);
    useLayoutEffect(() => {
      current.world = world;
    });
    const emit = useCallback((event: SiteEvent) => void events.push(event), []);
    const updateWorld = useCallback((change: (w: PracticeWorld) => PracticeWorld) => setWorld(change), []);
    const openDocument = useCallback((doc: PracticeDocument) => void opened.push(doc), []);
    const chooser = useFileChooser();
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={persona}
        world={world}
        updateWorld={updateWorld}
        targets={registry.targets}
        memory={memory}
        chooseFile={chooser.chooseFile}
        openDocument={openDocument}
      >
        <main>
          <div data-site="caf">{children}</div>
        </main>
        {chooser.request && (
          <FileDialog documents={practiceFilesOf(persona)} downloads={[]} emit={emit} onClose={chooser.close} />
        )}
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <CafSite />
    </Harness>,
  );
  const drive = (...steps: DriverAction[]) => {
    for (const step of steps) act(() => perform(result.container, step));
  };
  return {
    ...result,
    user,
    events,
    opened,
    world: () => current.world,
    drive,
    /** Signs in with amina's number, password and the code from the practice mailbox. */
    logIn() {
      drive(
        { action: 'click', target: 'caf.header.mon-compte' },
        { action: 'fill', target: 'caf.login.nir', value: '2860375114023' },
        { action: 'fill', target: 'caf.login.password', value: 'Jasmin2026!' },
        { action: 'click', target: 'caf.login.submit' },
        { action: 'click', target: 'caf.code.send' },
      );
      drive(
        { action: 'fill', target: 'caf.code.input', value: current.world.otp },
        { action: 'click', target: 'caf.code.submit' },
      );
    },
    /** The root's `data-flags`. */
    flags: () =>
      (result.container.querySelector('[data-flags]')?.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
    /** The innermost place on screen. */
    place: () =>
      [...result.container.querySelectorAll('[data-place]:not([data-place=""])')].at(-1)?.getAttribute('data-place'),
    /** Types `value` into the field labelled `label` (emptied first). */
    async type(label: string | RegExp, value: string) {
      const field = screen.getByLabelText(label);
      await user.clear(field);
      await user.type(field, value);
    },
    next: () => user.click(screen.getByRole('button', { name: 'Suivant' })),
    /** Clicks the chooser `button` (its words), then opens `file` in the « Ouvrir » dialog. */
    async upload(button: string, file: string) {
      await user.click(screen.getByRole('button', { name: button }));
      const dialog = await screen.findByRole('dialog');
      const name = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      await user.click(within(dialog).getByRole('option', { name }));
      await user.click(within(dialog).getByRole('button', { name: 'Ouvrir' }));
    },
  };
}

export type RenderedChangement = ReturnType<typeof renderChangement>;
