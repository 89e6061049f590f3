/**
 * Renders a practice site as the player does: inside a real `SiteBridgeProvider` with the amina
 * persona and a real practice world kept in React state. Emitted events are recorded in order.
 */
import { readFileSync } from 'node:fs';
import { StrictMode, useCallback, useState, type ReactElement, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { practiceFilesOf } from '../../src/lesson/practiceFiles.ts';
import type { Persona, SiteEvent } from '../../src/lesson/types.ts';
import { FileDialog } from '../../src/player/browser/FileDialog.tsx';
import { useFileChooser } from '../../src/player/browser/useFileChooser.ts';
import { createWorld, type PracticeWorld } from '../../src/lesson/world.ts';
import { SiteBridgeProvider } from '../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../src/sites/framework/driver.ts';
import { registry } from '../../src/sites/registry.ts';
import type { PracticeDocument } from '../../src/sites/framework/documents/practiceDocument.ts';
import type { TargetRegistry } from '../../src/sites/framework/types.ts';
import { uploadFile } from './renderPracticeSite.tsx';

/** The amina persona, read from its YAML file as the compiler would give it (tests run from the project root). */
export const amina = parse(readFileSync('content/personas/amina.yaml', 'utf8')) as Persona;

export interface BridgeOptions {
  /** (default: amina) */
  persona?: Persona;
  /** (default: `createWorld()`) */
  world?: PracticeWorld;
  /** Renders inside `<StrictMode>` (default: false). */
  strict?: boolean;
  /** Every target the sites may name (default: the app's registry). */
  targets?: TargetRegistry;
}

/** Renders `ui` inside a bridge; returns RTL's result plus a user, the events and the world. */
export function renderWithBridge(ui: ReactElement, options: BridgeOptions = {}) {
  const events: SiteEvent[] = [];
  const tabs: string[] = [];
  const realIdentifiers = { count: 0 };
  const documents: PracticeDocument[] = [];
  const targets = options.targets ?? registry.targets;
  const persona = options.persona ?? amina;
  const current = { world: options.world ?? createWorld() };

  function Harness({ children }: { children: ReactNode }) {
    const [world, setWorld] = useState(current.world);
    current.world = world;
    const emit = useCallback((event: SiteEvent) => void events.push(event), []);
    const updateWorld = useCallback((change: (w: PracticeWorld) => PracticeWorld) => setWorld(change), []);
    const openTab = useCallback((site: string) => void tabs.push(site), []);
    const onRealIdentifier = useCallback(() => void (realIdentifiers.count += 1), []);
    const openDocument = useCallback((doc: PracticeDocument) => void documents.push(doc), []);
    const chooser = useFileChooser();
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={persona}
        world={world}
        updateWorld={updateWorld}
        openTab={openTab}
        onRealIdentifier={onRealIdentifier}
        targets={targets}
        openDocument={openDocument}
        chooseFile={chooser.chooseFile}
      >
        {/* The player renders sites inside its main region. */}
        <main>{children}</main>
        {chooser.request && (
          <FileDialog documents={practiceFilesOf(persona)} downloads={[]} emit={emit} onClose={chooser.close} />
        )}
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(<Harness>{ui}</Harness>, options.strict ? { wrapper: StrictMode } : {});
  return {
    /** How many times a real-looking identifier was typed (and not kept). */
    realIdentifiers,
    ...result,
    user,
    events,
    tabs,
    /** The documents the sites opened in the viewer (`openDocument`). */
    documents,
    /** The practice world as the site last rendered it. */
    world: () => current.world,
    /** Empties the recorded events (after setting a page up). */
    clearEvents: () => void events.splice(0),
    /** Clicks the file chooser `button` (its words), then opens `file` in the practice « Ouvrir » dialog. */
    upload: (button: string | RegExp, file: string) => uploadFile(user, button, file),
    /** Performs expected actions with the lesson driver, as Watch mode does. */
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
  };
}

export type Rendered = ReturnType<typeof renderWithBridge>;
