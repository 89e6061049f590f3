/**
 * The build-time render (`prerenderPlugin`): the pages a learner can open first — the home page,
 * each lesson's start screen, « Mon carnet » empty, the resume page and the 404 — as HTML in each
 * UI language, so that they paint before any script runs. It renders what a new learner sees (no
 * storage at build time) and waits for the lazy pages and the lesson, as the browser does before
 * hydrating the same HTML (`main.tsx`).
 */
import { posix } from 'node:path';
import { PassThrough } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../App.tsx';
import { i18n, i18nReady, initI18n, languages, type Language } from '../../i18n/i18n.ts';
import { languageBase, languagePath, pathIn } from '../../i18n/languagePath.ts';
import { findLesson, lessons } from '../catalogue.ts';
import { loadLesson } from '../lessonCache.ts';

/** A page to render: its address and the file it is written to in `dist/` (`lecons/x.html`). */
export interface PrerenderedRoute {
  url: string;
  file: string;
  language: Language;
}

/** The 404 page's address: one that no route matches. */
const notFoundPath = '/404';

/** Every page rendered at build time, in every UI language. */
export function prerenderRoutes(): PrerenderedRoute[] {
  const paths = ['/', '/carnet', '/reprendre', ...lessons.map((entry) => `/lecons/${entry.id}`), notFoundPath];
  // `/lecons/x` is written to `lecons/x.html`, which static servers (and `vite preview`) serve for it.
  const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);
  return languages.flatMap((language) => {
    const base = languageBase(language);
    const pages = paths.map((path) => ({
      url: pathIn(language, path),
      file: posix.join(base.slice(1), fileOf(path)),
      language,
    }));
    // `/en`, typed without its last `/`: served `en.html`, its home page (not the French one).
    return base ? [...pages, { url: base, file: `${base.slice(1)}.html`, language }] : pages;
  });
}

/** What one render gives: the root's HTML, the page's title, its language and direction. */
export interface RenderedPage {
  html: string;
  title: string;
  language: Language;
  dir: 'ltr' | 'rtl';
}

async function toString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream.pipe(new PassThrough())) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** The first `<h1>`'s text of `html`, for the page's title. */
function headingOf(html: string): string | undefined {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Renders the page at `url` as a new learner sees it before any script runs. */
export async function renderPage(url: string): Promise<RenderedPage> {
  const { language, path } = languagePath(url);
  initI18n(language);
  await i18nReady(language);
  const lessonId = /^\/lecons\/([^/]+)$/.exec(path)?.[1];
  const entry = lessonId ? findLesson(lessonId) : undefined;
  if (entry) await loadLesson(entry, language);
  // The whole page in place: React would otherwise outline a large boundary (over 12 800 bytes:
  // the home page in Arabic or Ukrainian, two bytes a letter) behind its « Chargement… » fallback
  // and an inline script, which neither a browser without JavaScript nor the CSP would run.
  const { prelude } = await prerenderToNodeStream(<App ssrPath={url} />, { progressiveChunkSize: Infinity });
  const html = await toString(prelude);
  if (/<script|<template/.test(html))
    throw new Error(
      `The prerendered ${url} is not complete HTML: a part waits for a script (a boundary left suspended).`,
    );
  const name = i18n.t('app.name');
  const heading = headingOf(html);
  const title = path === '/' ? i18n.t('home.documentTitle') : heading ? `${heading} · ${name}` : name;
  return { html, title, language, dir: i18n.dir(language) };
}

/**
 * The source modules a page needs at once besides the entry, for `<link rel="modulepreload">`:
 * a lesson's page, the lesson in the page's language (else French) and its start site.
 */
export function routeModules(url: string): string[] {
  const { language, path } = languagePath(url);
  if (path === '/carnet') return ['src/progress/CarnetRoute.tsx'];
  if (path === '/reprendre') return ['src/progress/ResumePage.tsx'];
  const entry = findLesson(/^\/lecons\/([^/]+)$/.exec(path)?.[1] ?? '');
  if (!entry) return [];
  const locale = entry.load[language] ? language : 'fr';
  return ['src/app/LessonPage.tsx', `content/lessons/${entry.id}/${locale}.mdx`, `src/sites/${entry.site}/view.ts`];
}
