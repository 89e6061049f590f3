/**
 * Fetches what a lesson's page needs before the learner opens it — the lesson page's code, the
 * lesson in the UI language and its start site — when a link to it is pointed at or focused,
 * so that nothing waits in line after the click. Once per lesson and language; a failure is left
 * for the page to report.
 */
import type { LessonEntry } from '../lesson/types.ts';
import { loadLesson } from './lessonCache.ts';

/** The practice sites' components, loaded on demand (the same chunks as `src/sites/views.ts`). */
const siteViews = import.meta.glob('../sites/*/view.ts');
const asked = new Set<string>();

/** Starts loading lesson `entry`'s page, text and start site in `language`. */
export function prefetchLesson(entry: LessonEntry, language: string): void {
  const key = `${entry.id}\u0000${language}`;
  if (asked.has(key)) return;
  asked.add(key);
  const quietly = (promise: Promise<unknown>) => void promise.catch(() => asked.delete(key));
  quietly(import('./LessonPage.tsx'));
  quietly(loadLesson(entry, language));
  const site = siteViews[`../sites/${entry.site}/view.ts`];
  if (site) quietly(site());
}
