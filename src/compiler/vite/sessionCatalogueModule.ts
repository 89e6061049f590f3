/**
 * Generates `virtual:pas-a-pas/sessions`: every session script's catalogue entry (`SessionEntry`:
 * duration, lessons, title and audience per locale) with lazy loaders per locale, sorted by id,
 * so the advisor's list shows sessions without loading any.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterOf } from './catalogueModule.ts';

const localeFile = /^[a-z]{2}(-[A-Z]{2})?\.mdx$/;

/** The module's source for the session scripts under `sessionsDir` (none when the folder is absent). */
export function sessionCatalogueModule(sessionsDir: string): string {
  const folders = existsSync(sessionsDir)
    ? readdirSync(sessionsDir, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  const items = folders
    .filter((folder) => existsSync(join(sessionsDir, folder.name, 'fr.mdx')))
    .map((folder) => folder.name)
    .sort((a, b) => a.localeCompare(b))
    .map((id) => {
      const dir = join(sessionsDir, id);
      const locales = readdirSync(dir)
        .filter((f) => localeFile.test(f))
        .map((f) => f.slice(0, -4))
        .sort();
      const fr = frontmatterOf(join(dir, 'fr.mdx'));
      const texts = Object.fromEntries(
        locales.map((locale) => {
          const own = locale === 'fr' ? fr : frontmatterOf(join(dir, `${locale}.mdx`));
          const text = (key: string, fallback: string) => String(own[key] ?? fr[key] ?? fallback);
          return [locale, { title: text('title', id), audience: text('audience', '') }];
        }),
      );
      const entry = {
        id,
        duration: Number(fr.duration ?? 0),
        lessons: Array.isArray(fr.lessons) ? fr.lessons.map(String) : [],
        texts,
      };
      const loaders = locales.map(
        (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(join(dir, `${locale}.mdx`))})`,
      );
      return `{ ...${JSON.stringify(entry)}, load: { ${loaders.join(', ')} } }`;
    });
  return `export const sessions = [\n${items.join(',\n')}\n];\n`;
}
