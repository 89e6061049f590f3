/**
 * The lesson compiler, as one recipe: MDX is parsed once, the lesson plugins read and check it,
 * then @mdx-js/mdx compiles its texts and the lesson's data is appended as JSON exports.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { SourceMapGenerator } from 'source-map';
import { unified, type PluggableList } from 'unified';
import { VFile, type Map as SourceMap } from 'vfile';
import type { Persona } from '../lesson/types.ts';
import type { SiteRegistry } from '../sites/framework/siteRegistry.ts';
import { registry } from '../sites/registry.ts';
import { createContentStore, type ContentStore } from './content/contentStore.ts';
import { lessonData, lessonExports, type LessonData } from './emit/lessonExports.ts';
import type { LessonDoc } from './lessonDoc.ts';
import { fail, hasErrors } from './messages.ts';
import remarkLessonCheck from './plugin/remark-lesson-check.ts';
import remarkLessonFrontmatter from './plugin/remark-lesson-frontmatter.ts';
import remarkLessonSlots from './plugin/remark-lesson-slots.ts';
import remarkLessonStop, { LessonHasErrors } from './plugin/remark-lesson-stop.ts';
import remarkLessonStructure from './plugin/remark-lesson-structure.ts';
import remarkLessonTranslation from './plugin/remark-lesson-translation.ts';

/** The reference locale: its file defines the lesson's structure. */
export const referenceLocale = 'fr';

export interface CompileOptions {
  /** Shared content (skills, personas, glossaries); default: `./content`. */
  store?: ContentStore;
  /** The practice sites lessons may use (default: the app's, `src/sites/registry.ts`). */
  sites?: SiteRegistry;
}

export interface CompileResult {
  /** The module's JavaScript, or `undefined` when the lesson has errors. */
  code: string | undefined;
  /** The module's source map back to the .mdx, when it compiled (the JSON exports appended after the MDX code are unmapped). */
  map: SourceMap | undefined;
  /** The lesson's data, when it compiled. */
  data: LessonData | undefined;
  /** The lesson file, holding every message. */
  file: VFile;
  /** Content files the result depends on (to watch them). */
  dependencies: string[];
}

/** `content/lessons/<id>/<locale>.mdx` → id and locale. */
export function lessonPathParts(path: string) {
  return { folderId: basename(dirname(path)), locale: basename(path).replace(/\.mdx$/, '') };
}

const referenceCache = new Map<string, { mtime: number; doc: LessonDoc | undefined }>();

/** Reads the structure of a reference file without compiling it (for its translations). */
function readReference(path: string): LessonDoc | undefined {
  if (!existsSync(path)) return undefined;
  const mtime = statSync(path).mtimeMs;
  const hit = referenceCache.get(path);
  if (hit?.mtime === mtime) return hit.doc;
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkLessonFrontmatter, { translated: false })
    .use(remarkLessonStructure);
  let doc: LessonDoc | undefined;
  try {
    processor.runSync(processor.parse(file), file);
    doc = hasErrors(file) ? undefined : file.data.lesson;
  } catch {
    doc = undefined;
  }
  referenceCache.set(path, { mtime, doc });
  return doc;
}

/** The remark plugins that read, check and reshape a lesson. */
function lessonPlugins(file: VFile, store: ContentStore, sites: SiteRegistry): PluggableList {
  const { folderId, locale } = lessonPathParts(file.path);
  const translated = locale !== referenceLocale;
  const referencePath = join(dirname(file.path), `${referenceLocale}.mdx`);
  return [
    remarkFrontmatter,
    [remarkLessonFrontmatter, { translated }],
    remarkLessonStructure,
    ...(translated
      ? [
          [
            remarkLessonTranslation,
            { reference: readReference(referencePath), referencePath: `${folderId}/${referenceLocale}.mdx` },
          ] as const,
        ]
      : []),
    [remarkLessonCheck, { store, sites, folderId, locale }],
    remarkLessonStop,
    remarkLessonSlots,
  ] as PluggableList;
}

/** Compiles one lesson file. Author mistakes become messages on `result.file`; nothing throws for them. */
export async function compileLesson(
  input: VFile | { path: string; value: string },
  options: CompileOptions = {},
): Promise<CompileResult> {
  const file = input instanceof VFile ? input : new VFile(input);
  const store = options.store ?? createContentStore();
  let code: string | undefined;
  let map: SourceMap | undefined;
  try {
    const compiled = await compile(file, {
      remarkPlugins: lessonPlugins(file, store, options.sites ?? registry),
      development: false,
      SourceMapGenerator,
    });
    code = String(compiled.value);
    map = compiled.map ?? undefined;
  } catch (error) {
    if (!(error instanceof LessonHasErrors)) reportSyntaxError(file, error);
  }
  const dependencies = store.files();
  const lesson = file.data.lesson;
  const frontmatter = lesson?.frontmatter;
  if (code === undefined || !lesson || !frontmatter || hasErrors(file))
    return { code: undefined, map: undefined, data: undefined, file, dependencies };
  const { locale } = lessonPathParts(file.path);
  const persona = store.persona(frontmatter.persona).data as Persona;
  const glossary = store.glossary(locale).data ?? {};
  const data = lessonData({ ...lesson, frontmatter }, locale, persona, glossary);
  return { code: `${code}\n${lessonExports(data)}\n`, map, data, file, dependencies };
}

/** Turns an MDX syntax error into a positioned message with a fix. */
function reportSyntaxError(file: VFile, error: unknown) {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: unknown };
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\.$/, '');
  const point = e.line ? { line: e.line, column: e.column ?? 1 } : { line: 1, column: 1 };
  fail(
    file,
    `MDX syntax error: ${reason}. Check the tags here: each \`<Element …>\` is closed by \`</Element>\` or ends with \`/>\`, and attribute values are in quotes.`,
    point,
    'mdx-syntax',
  );
}
