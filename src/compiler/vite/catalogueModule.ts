/**
 * Generates `virtual:pas-a-pas/lessons`: every lesson's catalogue entry (texts per locale,
 * level, duration, skills) with lazy loaders, so the home page lists lessons without loading any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The YAML frontmatter of the file at `path`, leniently (`{}` when it is broken). */
export function frontmatterOf(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  try {
    const data: unknown = match?.[1] === undefined ? {} : parse(match[1]);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // the lesson's own compilation reports the broken YAML, with its position
  }
}

/** The module's source for the lessons under `lessonsDir`. */
export function catalogueModule(lessonsDir: string): string {
  const folders = existsSync(lessonsDir)
    ? readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  const entries = folders
    .filter((folder) => existsSync(join(lessonsDir, folder.name, 'fr.mdx')))
    .map((folder) => {
      const dir = join(lessonsDir, folder.name);
      const locales = readdirSync(dir)
        .filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.mdx$/.test(f))
        .map((f) => f.slice(0, -4));
      const fr = frontmatterOf(join(dir, 'fr.mdx'));
      const texts = Object.fromEntries(
        locales.map((locale) => {
          const own = locale === 'fr' ? fr : frontmatterOf(join(dir, `${locale}.mdx`));
          const text = (key: string) => String(own[key] ?? fr[key] ?? folder.name);
          return [locale, { title: text('title'), summary: text('summary'), goal: text('goal') }];
        }),
      );
      return {
        id: folder.name,
        site: String(fr.site ?? ''),
        level: Number(fr.level ?? 1),
        duration: Number(fr.duration ?? 0),
        skills: Array.isArray(fr.skills) ? fr.skills.map(String) : [],
        requires: Array.isArray(fr.requires) ? fr.requires.map(String) : [],
        texts,
        locales,
        dir,
      };
    })
    .sort((a, b) => a.level - b.level || a.id.localeCompare(b.id));
  const items = entries.map(({ locales, dir, ...entry }) => {
    const loaders = locales.map(
      (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(join(dir, `${locale}.mdx`))})`,
    );
    return `{ ...${JSON.stringify(entry)}, load: { ${loaders.join(', ')} } }`;
  });
  return `export const lessons = [\n${items.join(',\n')}\n];\n`;
}
