/**
 * The bridge between a practice site and the player: sites report what the learner does
 * through `emit`, and read and update the persona's practice world of the current lesson run.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Persona, SiteEvent } from '../../lesson/types.ts';
import type { PracticeFile } from '../../lesson/practiceFiles.ts';
import type { PracticeWorld } from '../../lesson/world.ts';
import type { PracticeDocument } from './documents/practiceDocument.ts';
import type { TargetRegistry } from './types.ts';

export interface SiteBridgeValue {
  /** Reports a learner action to the player (and so to the lesson actor). */
  emit(event: SiteEvent): void;
  persona: Persona;
  world: PracticeWorld;
  /** Changes the practice world (a site sends a code, the mailbox marks a message read…). */
  updateWorld(change: (world: PracticeWorld) => PracticeWorld): void;
  /** Switches the practice browser to another site's tab (a link that opens the mailbox…). */
  openTab?(site: string): void;
  /** Called when the learner typed what looks like a real identifier (it was not kept). */
  onRealIdentifier?(): void;
  /** Every target of the registered sites (a site may name elements after what others declare). */
  targets: TargetRegistry;
  /** Where sites keep their state with the run, so that a reload restores it (`useSiteReducer`). */
  memory?: SiteMemory;
  /**
   * Opens the practice browser's « Ouvrir » dialog for the button `forTarget`; resolves with the
   * file the learner opened, or `null` when they cancelled (`FileChooserButton` calls it).
   */
  chooseFile?(forTarget: string): Promise<PracticeFile | null>;
  /** Shows a document the site generated in the practice browser's viewer (download as PDF, print). */
  openDocument?(doc: PracticeDocument): void;
}

/** The sites' part of a run in progress, by key. */
export interface SiteMemory {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
}

const SiteBridgeContext = createContext<SiteBridgeValue | null>(null);

export interface SiteBridgeProviderProps extends SiteBridgeValue {
  children: ReactNode;
}

/** Provides the bridge to every practice site below it. */
export function SiteBridgeProvider({
  emit,
  persona,
  world,
  updateWorld,
  openTab,
  onRealIdentifier,
  targets,
  memory,
  chooseFile,
  openDocument,
  children,
}: SiteBridgeProviderProps) {
  const value = useMemo(
    () => ({ emit, persona, world, updateWorld, openTab, onRealIdentifier, targets, memory, chooseFile, openDocument }),
    [emit, persona, world, updateWorld, openTab, onRealIdentifier, targets, memory, chooseFile, openDocument],
  );
  return <SiteBridgeContext.Provider value={value}>{children}</SiteBridgeContext.Provider>;
}

/** The bridge of the enclosing player; throws with the fix when a site is rendered outside one. */
export function useSiteBridge(): SiteBridgeValue {
  const bridge = useContext(SiteBridgeContext);
  if (!bridge)
    throw new Error(
      'A practice site must be rendered inside <SiteBridgeProvider>: wrap it in the player or in a test bridge.',
    );
  return bridge;
}
