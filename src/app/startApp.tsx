/**
 * Starts the app in the page: hydrates the HTML rendered at build time when the browser's first
 * render will match it (same address and language, a new learner's view), after loading the
 * lesson that page shows; otherwise renders afresh over it.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { i18n } from '../i18n/i18n.ts';
import { languagePath } from '../i18n/languagePath.ts';
import { lessonsInProgress } from '../progress/runStore.ts';
import { App } from './App.tsx';
import { findLesson } from './catalogue.ts';
import { loadLesson } from './lessonCache.ts';

/** Whether the first render in this browser gives the prerendered HTML of `root`. */
export function matchesPrerendered(root: HTMLElement, location: Pick<Location, 'pathname' | 'search'>): boolean {
  const rendered = root.dataset.prerendered;
  if (rendered === undefined || rendered !== location.pathname || location.search !== '') return false;
  // Runs kept for this tab are offered on the home page and taken up on a lesson's page.
  if (lessonsInProgress().length > 0) return false;
  return languagePath(rendered).language === (i18n.resolvedLanguage ?? 'fr');
}

/** Renders the app into `root`: hydration of the prerendered HTML when it matches. */
export async function startApp(root: HTMLElement): Promise<void> {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (!matchesPrerendered(root, location)) {
    root.replaceChildren();
    createRoot(root).render(app);
    return;
  }
  const { language, path } = languagePath(location.pathname);
  const entry = findLesson(/^\/lecons\/([^/]+)$/.exec(path)?.[1] ?? '');
  if (entry) await loadLesson(entry, language).catch(() => undefined); // the page says what failed
  hydrateRoot(root, app);
}

// Run once at start-up, with no effect at import: an update of what it imports (a lesson saved in
// `npm run dev`, which changes the catalogue) is taken here, not by reloading the page.
import.meta.hot?.accept();
