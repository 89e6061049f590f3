/**
 * The session-script compiler, as one recipe (like the lesson compiler): MDX is parsed once, the
 * session plugins read and check it, then @mdx-js/mdx compiles its texts into slots and the
 * script's `meta` and `segments` are appended as JSON exports (`src/advisor/sessionTypes.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { SourceMapGenerator } from 'source-map';
import type { PluggableList } from 'unified';
import { VFile, type Map as SourceMap } from 'vfile';
import type { SessionMeta, SessionSegment } from '../advisor/sessionTypes.ts';
import { referenceLocale, reportSyntaxError } from './compileLesson.ts';
import { fail, hasErrors, listOf, sessionRuleUrl } from './messages.ts';
import type { SessionDoc } from './sessionDoc.ts';
import remarkLessonSafety from './plugin/remark-lesson-safety.ts';
import remarkLessonStop, { LessonHasErrors } from './plugin/remark-lesson-stop.ts';
import remarkSessionCheck from './plugin/remark-session-check.ts';
import remarkSessionFrontmatter from './plugin/remark-session-frontmatter.ts';
import remarkSessionSlots from './plugin/remark-session-slots.ts';
import remarkSessionStructure, { sessionVocabulary } from './plugin/remark-session-structure.ts';
import { encodingProblem } from './safety/encodingProblem.ts';

export interface CompileSessionOptions {
  /** The lesson ids a script may use (default: the folders of `./content/lessons` that hold a `fr.mdx`). */
  lessons?: readonly string[];
}

/** What a session module exports, besides its content component. */
export interface SessionData {
  meta: SessionMeta;
  segments: SessionSegment[];
}

export interface CompileSessionResult {
  /** The module's JavaScript, or `undefined` when the script has errors. */
  code: string | undefined;
  /** The module's source map back to the .mdx, when it compiled. */
  map: SourceMap | undefined;
  /** The script's data, when it compiled. */
  data: SessionData | undefined;
  /** The script file, holding every message (each linked to docs/session-scripts.md). */
  file: VFile;
}

/** `content/sessions/<id>/<locale>.mdx` → id and locale. */
export function sessionPathParts(path: string) {
  return { sessionId: basename(dirname(path)), locale: basename(path).replace(/\.mdx$/, '') };
}

/** The lesson ids under `lessonsDir`: its folders that hold a reference file. */
export function lessonIdsIn(lessonsDir: string): string[] {
  if (!existsSync(lessonsDir)) return [];
  return readdirSync(lessonsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(lessonsDir, entry.name, 'fr.mdx')))
    .map((entry) => entry.name)
    .sort();
}

/** The remark plugins that read, check and reshape a session script. */
function sessionPlugins(lessons: readonly string[]): PluggableList {
  return [
    remarkFrontmatter,
    [remarkLessonSafety, { vocabulary: sessionVocabulary, noun: 'session script' }],
    remarkSessionFrontmatter,
    remarkSessionStructure,
    [remarkSessionCheck, { lessons }],
    remarkLessonStop,
    remarkSessionSlots,
  ] as PluggableList;
}

/**
 * Compiles one session script. Author mistakes become messages on `result.file`, each linked to
 * its section of docs/session-scripts.md; nothing throws for them.
 */
export async function compileSession(
  input: VFile | { path: string; value: string | Uint8Array },
  options: CompileSessionOptions = {},
): Promise<CompileSessionResult> {
  const file = input instanceof VFile ? input : new VFile(input);
  const none = { code: undefined, map: undefined, data: undefined, file };
  const problem = encodingProblem(typeof file.value === 'string' ? file.value : (file.value ?? ''));
  if (problem) {
    fail(file, problem.reason, problem.place, 'file-encoding');
    return linked(none);
  }
  if (file.value instanceof Uint8Array) file.value = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.value);
  const lessons = options.lessons ?? lessonIdsIn(resolve('content/lessons'));
  let code: string | undefined;
  let map: SourceMap | undefined;
  try {
    const compiled = await compile(file, {
      remarkPlugins: sessionPlugins(lessons),
      development: false,
      SourceMapGenerator,
    });
    code = String(compiled.value);
    map = compiled.map ?? undefined;
  } catch (error) {
    if (!(error instanceof LessonHasErrors)) reportSyntaxError(file, error);
  }
  const doc = file.data.session;
  if (code === undefined || !doc?.frontmatter || hasErrors(file)) return linked(none);
  if (sessionPathParts(file.path).locale !== referenceLocale) await compareWithReference(file, doc, lessons);
  if (hasErrors(file)) return linked(none);
  const meta: SessionMeta = {
    id: sessionPathParts(file.path).sessionId,
    ...doc.frontmatter,
    locale: sessionPathParts(file.path).locale,
  };
  const segments = doc.segments.map((segment) => segment.data);
  const exports = `export const meta = ${JSON.stringify(meta)};\nexport const segments = ${JSON.stringify(segments)};\n`;
  return linked({ code: `${code}\n${exports}`, map, data: { meta, segments }, file });
}

/**
 * A translation plays the same workshop: the same duration and lessons, and the same segments
 * (duration, lesson, mode) in the same order as the French reference beside it.
 */
async function compareWithReference(file: VFile, doc: SessionDoc, lessons: readonly string[]) {
  const path = join(dirname(file.path), `${referenceLocale}.mdx`);
  if (!existsSync(path)) return;
  const reference = (await compileSession({ path, value: readFileSync(path, 'utf8') }, { lessons })).data;
  if (!reference) return; // its own messages say what to fix there
  const shown = `${sessionPathParts(path).sessionId}/${referenceLocale}.mdx`;
  const { frontmatter } = doc;
  if (
    frontmatter &&
    (frontmatter.duration !== reference.meta.duration || frontmatter.lessons.join() !== reference.meta.lessons.join())
  )
    fail(
      file,
      `A translation keeps the \`duration\` and \`lessons\` of ${shown} (\`duration: ${reference.meta.duration}\`, lessons ${listOf(reference.meta.lessons, 'and')}): translate only the texts.`,
      { line: 1, column: 1 },
      'translation-mismatch',
    );
  const same = (a: SessionSegment | undefined, b: SessionSegment | undefined) =>
    a?.duration === b?.duration && a?.lesson === b?.lesson && a?.mode === b?.mode;
  const index = doc.segments.findIndex((segment, i) => !same(segment.data, reference.segments[i]));
  const [differs, wanted] = [doc.segments[index], reference.segments[index]];
  if (differs && wanted) {
    const { duration, lesson, mode } = wanted;
    const want = [
      `duration={${duration}}`,
      ...(lesson ? [`lesson="${lesson}"`] : []),
      ...(mode ? [`mode="${mode}"`] : []),
    ];
    fail(
      file,
      `Segment ${index + 1} differs from segment ${index + 1} of ${shown}, which has ${want.join(' ')}: a translation keeps each segment's \`duration\`, \`lesson\` and \`mode\`, in the same order. Translate only the texts.`,
      differs.node,
      'translation-mismatch',
    );
  } else if (doc.segments.length !== reference.segments.length)
    fail(
      file,
      `This translation has ${doc.segments.length} segments, ${shown} has ${reference.segments.length}: a translation has the same segments, in the same order. Translate only the texts.`,
      doc.segments.at(-1)?.node ?? { line: 1, column: 1 },
      'translation-mismatch',
    );
}

/** Points every message at the session-script guide, where each rule met in a script is explained. */
function linked(result: CompileSessionResult): CompileSessionResult {
  for (const message of result.file.messages) if (message.ruleId) message.url = sessionRuleUrl(message.ruleId);
  return result;
}
