/** Loads a compiled session script in the UI language (French when it has no translation). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSession, sessionLoaderOf } from '../sessionCatalogue.ts';
import type { CompiledSession } from '../sessionTypes.ts';

/** Where loading a session stands. */
export type SessionLoad =
  | { status: 'unknown' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; session: CompiledSession };

/** The session `id` of the catalogue, loaded lazily. */
export function useSessionScript(id: string): SessionLoad {
  const { i18n } = useTranslation();
  const entry = findSession(id);
  const load = entry && sessionLoaderOf(entry, i18n.resolvedLanguage ?? 'fr');
  const [loaded, setLoaded] = useState<{
    load?: () => Promise<CompiledSession>;
    session?: CompiledSession;
    error?: unknown;
  }>({});

  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (session) => live && setLoaded({ load, session }),
      (error: unknown) => live && setLoaded({ load, error: error ?? new Error('no session') }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (!entry) return { status: 'unknown' };
  if (!load) return { status: 'error', error: new Error(`Session "${id}" has no loader.`) };
  if (loaded.load !== load) return { status: 'loading' };
  if (loaded.session) return { status: 'ready', session: loaded.session };
  return { status: 'error', error: loaded.error };
}
