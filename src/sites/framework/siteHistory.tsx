/**
 * The practice browser's « Précédent » button and the sites: each site says, with
 * `useSiteBack`, how to go back to its previous page (or that there is none); the practice
 * browser puts a `SiteHistoryProvider` around each site to hear it.
 */
import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

/** How a site goes back one page; `null` when there is nothing to go back to. */
export type SiteBack = (() => void) | null;

const SiteHistoryContext = createContext<((back: SiteBack) => void) | null>(null);

export interface SiteHistoryProviderProps {
  /**
   * Receives the site's way back each time it starts or stops having one (`null`: nothing to go
   * back to, or the site is gone). Keep it stable (`useCallback`).
   */
  onBackChange(back: SiteBack): void;
  children: ReactNode;
}

/** Listens to the way back of the site below it. */
export function SiteHistoryProvider({ onBackChange, children }: SiteHistoryProviderProps) {
  return <SiteHistoryContext.Provider value={onBackChange}>{children}</SiteHistoryContext.Provider>;
}

/**
 * Registers how the site goes back one page, for the practice browser's « Précédent »: pass
 * `null` when there is no page to go back to (the button is then disabled). `goBack` may be a
 * new function at each render: the browser always calls the latest one. Outside a practice
 * browser (a site rendered alone in a test) it does nothing.
 */
export function useSiteBack(goBack: SiteBack): void {
  const onBackChange = useContext(SiteHistoryContext);
  const latest = useRef(goBack);
  useLayoutEffect(() => {
    latest.current = goBack;
  });
  const canGoBack = goBack !== null;
  useEffect(() => {
    if (!onBackChange) return;
    onBackChange(canGoBack ? () => latest.current?.() : null);
    return () => onBackChange(null);
  }, [onBackChange, canGoBack]);
}
