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
import { rightToLeft } from '../i18n/rightToLeft.ts';
import { lessonData, lessonExports, type LessonData } from './emit/lessonExports.ts';
import type { LessonDoc } from './lessonDoc.ts';
import { fail, hasErrors } from './messages.ts';
import remarkLessonCheck from './plugin/remark-lesson-check.ts';
import remarkLessonFrontmatter from './plugin/remark-lesson-frontmatter.ts';
import remarkLessonSafety from './plugin/remark-lesson-safety.ts';
import remarkLessonSlots from './plugin/remark-lesson-slots.ts';
import remarkLessonLtrRuns from './plugin/remark-lesson-ltr-runs.ts';
import remarkLessonStop, { LessonHasErrors } from './plugin/remark-lesson-stop.ts';
import remarkLessonStructure from './plugin/remark-lesson-structure.ts';
import remarkLessonTranslation from './plugin/remark-lesson-translation.ts';
import { encodingProblem } from './safety/encodingProblem.ts';

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
    .use(remarkLessonSafety)
    .use(remarkLessonFrontmatter, { translated: false })
    .use(remarkLessonStructure);
  let doc: LessonDoc | undefined;
  try {
    if (encodingProblem(String(file.value))) throw new Error('not UTF-8');
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
    remarkLessonSafety,
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
    [remarkLessonLtrRuns, { rtl: rightToLeft(locale) }],
  ] as PluggableList;
}

/**
 * Compiles one lesson file. Author mistakes become messages on `result.file`; nothing throws for
 * them. Give the file's bytes (`Uint8Array`) to have a byte that is not UTF-8 pointed at exactly;
 * text already decoded is checked for the `�` that such a byte became, and for NUL characters.
 */
export async function compileLesson(
  input: VFile | { path: string; value: string | Uint8Array },
  options: CompileOptions = {},
): Promise<CompileResult> {
  const file = input instanceof VFile ? input : new VFile(input);
  const store = options.store ?? createContentStore();
  // Before any parser reads it: a lesson is plain UTF-8 text.
  const problem = encodingProblem(typeof file.value === 'string' ? file.value : (file.value ?? ''));
  if (problem) {
    fail(file, problem.reason, problem.place, 'file-encoding');
    return { code: undefined, map: undefined, data: undefined, file, dependencies: [] };
  }
  if (file.value instanceof Uint8Array) file.value = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.value);
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

/**
 * An unclosed tag, as the MDX parser words it: its name and where it opens, and what the parser
 * met instead (`Unexpected closing tag \`</Hnt>\``, `before the end of \`paragraph\``).
 */
const unclosed =
  /^(?:Unexpected closing tag `(<\/[^`]*>)`, expected corresponding closing tag for|Expected a closing tag for) `<([^ `>]*)[^`]*` \((\d+):(\d+)-\d+:\d+\)( before the end of `(\w+)`)?/;

/** Turns an MDX syntax error into a positioned message with a fix; an unclosed tag is reported where it opens. */
export function reportSyntaxError(file: VFile, error: unknown) {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: unknown };
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\.$/, '');
  const point = e.line ? { line: e.line, column: e.column ?? 1 } : { line: 1, column: 1 };
  const tag = unclosed.exec(reason);
  if (tag) {
    const [, closing, name, line, column, , container] = tag;
    const met = closing
      ? ` The next closing tag, \`${closing}\` (line ${point.line}), is for another element: fix its name, or add \`</${name}>\` before it.`
      : container === 'paragraph'
        ? ` A tag opened inside a line of text closes in that same paragraph: add \`</${name}>\` before the blank line, or put \`<${name}>\` on a line of its own.`
        : container
          ? ` Close it before the end of its ${container}.`
          : ' The file ends before it is closed.';
    fail(
      file,
      `\`<${name}>\` is not closed: end it with \`</${name}>\`, or write \`<${name} … />\` if it holds nothing.${met}`,
      { line: Number(line), column: Number(column) },
      'unclosed-tag',
    );
    return;
  }
  fail(
    file,
    `MDX syntax error: ${reason}. Check the tags here: each \`<Element …>\` is closed by \`</Element>\` or ends with \`/>\`, and attribute values are in quotes.`,
    point,
    'mdx-syntax',
  );
}
