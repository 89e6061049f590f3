/**
 * Loads a compiled lesson for the author preview, again each time its module changes: the dev
 * server updates the catalogue's loaders when a lesson file is saved. While the new version
 * loads, the last one stays on screen.
 */
import { useEffect, useState } from 'react';
import type { CompiledLesson } from '../lesson/types.ts';

type Loader = () => Promise<CompiledLesson>;

/** Where loading the lesson stands; `version` counts the versions loaded, to restart a run on each. */
export type AuthorLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; reason: string }
  | { status: 'ready'; lesson: CompiledLesson; version: number };

/** The lesson `load` gives (none while `load` is undefined: the file has errors). */
export function useAuthorLesson(load: Loader | undefined): AuthorLoad {
  const [loaded, setLoaded] = useState<{ load?: Loader; lesson?: CompiledLesson; reason?: string; version: number }>({
    version: 0,
  });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (lesson) => live && setLoaded((last) => ({ load, lesson, version: last.version + 1 })),
      (error: unknown) =>
        live &&
        setLoaded((last) => ({
          load,
          reason: error instanceof Error ? error.message : String(error),
          version: last.version,
        })),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (!load) return { status: 'idle' };
  if (loaded.load === load && loaded.reason !== undefined) return { status: 'error', reason: loaded.reason };
  if (loaded.lesson) return { status: 'ready', lesson: loaded.lesson, version: loaded.version };
  return { status: 'loading' };
}
