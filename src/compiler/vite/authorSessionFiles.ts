/**
 * Every session script with what the checker read of it and its messages, for the author preview
 * (`virtual:pas-a-pas/author-sessions`, dev only), paths relative to the project's root. Each file
 * is compiled once per content; `forget` drops what a change may have made stale.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AuthorSessionFile } from '../../author/authorSessions.ts';
import { compileSession, lessonIdsIn } from '../compileSession.ts';
import { sortedMessages } from '../messages.ts';

const localeFile = /^[a-z]{2}(-[A-Z]{2})?\.mdx$/;

/** The session scripts under `sessions`, checked against the lessons under `lessons`. */
export function authorSessionFiles(sessions: string, lessons: string, root: string) {
  const cache = new Map<string, { value: string; file: AuthorSessionFile }>();
  return {
    async files(): Promise<AuthorSessionFile[]> {
      const folders = existsSync(sessions) ? readdirSync(sessions, { withFileTypes: true }) : [];
      const paths = folders
        .filter((folder) => folder.isDirectory())
        .flatMap((folder) =>
          (existsSync(join(sessions, folder.name)) ? readdirSync(join(sessions, folder.name)) : [])
            .filter((name) => localeFile.test(name))
            .map((name) => ({
              sessionId: folder.name,
              locale: name.slice(0, -4),
              path: join(sessions, folder.name, name),
            })),
        )
        .sort((a, b) => a.path.localeCompare(b.path));
      const known = lessonIdsIn(lessons);
      const entries: AuthorSessionFile[] = [];
      for (const { sessionId, locale, path } of paths) {
        const value = await readFile(path, 'utf8').catch(() => undefined); // removed meanwhile
        if (value === undefined) continue;
        let hit = cache.get(path);
        if (hit?.value !== value) {
          const { file } = await compileSession({ path, value }, { lessons: known });
          const doc = file.data.session;
          const entry: AuthorSessionFile = {
            sessionId,
            locale,
            path: relative(root, path),
            ...(doc?.frontmatter ? { title: doc.frontmatter.title, duration: doc.frontmatter.duration } : {}),
            segments: doc?.segments.map((segment) => segment.data) ?? [],
            messages: sortedMessages(file).map((m) => ({
              line: m.line ?? 1,
              column: m.column ?? 1,
              severity: m.fatal ? 'error' : 'warning',
              reason: m.reason,
              ruleId: m.ruleId ?? 'unknown',
              ...(m.url ? { url: m.url } : {}),
            })),
          };
          hit = { value, file: entry };
          cache.set(path, hit);
        }
        entries.push(hit.file);
      }
      return entries;
    },
    /** Forgets every file (a lesson added or removed changes every script's check). */
    forget() {
      cache.clear();
    },
  };
}
