/**
 * What the author chose in the preview — the file's locale, the mode and the persona to play —
 * kept in the address's query (`?locale=en&mode=guided&persona=situation = couple`), so that it
 * survives a module update, a reload and the browser's Back.
 */
import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import { modes } from '../engine/learner/recommend.ts';
import type { Mode } from '../lesson/types.ts';

/** The author's choices. */
export interface AuthorChoice {
  /** The lesson file's locale (default: `fr`). */
  locale: string;
  /** The mode being played (absent: not playing). */
  mode?: Mode;
  /** The persona variant's name (default: `as written`). */
  persona: string;
}

/** The choices in the query, and a way to change some of them (`undefined` removes one). */
export function useAuthorChoice(): [AuthorChoice, (change: Partial<Record<keyof AuthorChoice, string>>) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const query = new URLSearchParams(search);
  const mode = query.get('mode') as Mode | null;
  const choice: AuthorChoice = {
    locale: query.get('locale') ?? 'fr',
    ...(mode && modes.includes(mode) ? { mode } : {}),
    persona: query.get('persona') ?? 'as written',
  };
  const choose = useCallback(
    (change: Partial<Record<keyof AuthorChoice, string>>) => {
      const next = new URLSearchParams(search);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined) next.delete(key);
        else next.set(key, value);
      }
      const text = next.toString();
      navigate(text ? `${location}?${text}` : location);
    },
    [search, location, navigate],
  );
  return [choice, choose];
}
