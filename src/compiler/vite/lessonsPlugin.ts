/**
 * The Vite plugin: compiles `content/lessons/<id>/<locale>.mdx` into lesson modules (with a source
 * map back to the .mdx) and serves the catalogues `virtual:pas-a-pas/lessons` and
 * `virtual:pas-a-pas/skills`. A lesson's mistakes are structured logs (`id`, `loc`, the rule's
 * `url`) for the overlay and the build; the dev server also prints them when the file is saved.
 * For the author preview (`/auteur`, dev only), `virtual:pas-a-pas/author-messages` gives every
 * lesson file's messages as data, even when the file does not compile, and is updated on each save.
 * It stays small: the work lives in the compiler. Placed before the React plugin (`enforce: 'pre'`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Logger, Plugin, Rolldown, ViteDevServer } from 'vite';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { compileLesson } from '../compileLesson.ts';
import { createContentStore, type ContentStore } from '../content/contentStore.ts';
import { displayPath, formatMessage, formatMessages, hasErrors, ruleLinks, sortedMessages } from '../messages.ts';
import { lessonWarnings } from '../warnings/lessonWarnings.ts';
import { catalogueModule } from './catalogueModule.ts';
import { compiledModule } from './compiledModule.ts';
import type { AuthorLessonFile, AuthorMessage } from '../../author/authorMessages.ts';

export interface LessonsPluginOptions {
  /** The content folder (default: `<root>/content`). */
  content?: string;
}

const name = 'pas-a-pas:lessons';
const catalogueId = 'virtual:pas-a-pas/lessons';
const resolvedCatalogueId = `\0${catalogueId}`;
const skillsId = 'virtual:pas-a-pas/skills';
const resolvedSkillsId = `\0${skillsId}`;
const authorId = 'virtual:pas-a-pas/author-messages';
const resolvedAuthorId = `\0${authorId}`;
const lessonFile = /[\\/]content[\\/]lessons[\\/][^\\/]+[\\/][a-z]{2}(-[A-Z]{2})?\.mdx$/;
const localeFile = /^[a-z]{2}(-[A-Z]{2})?\.mdx$/;

/** Where a message points, Rollup's way: line 1-based, column 0-based. */
export function pointOf(message: VFileMessage) {
  return { line: message.line ?? 1, column: (message.column ?? 1) - 1 };
}

/** A message as a log that points at its line in the lesson and links to its rule. */
export function messageLog(message: VFileMessage, path: string, text: string): Rolldown.RolldownLog {
  return { message: text, id: path, loc: { file: path, ...pointOf(message) }, url: message.url };
}

/** Prints each lesson's (or session script's) messages in the dev server's terminal once per change, without a stack trace. */
export function lessonTerminal(logger: Pick<Logger, 'info' | 'warn' | 'error'>, root: string, noun = 'lesson') {
  const printed = new Map<string, { text: string; failing: boolean }>();
  return {
    report(file: VFile) {
      const path = displayPath(file, root);
      const lines = sortedMessages(file).map((m) => ({ fatal: m.fatal, line: formatMessage(m, path) }));
      const text = lines.map((l) => l.line).join('\n');
      const before = printed.get(file.path);
      if ((before?.text ?? '') === text) return;
      const failing = hasErrors(file);
      printed.set(file.path, { text, failing });
      if (before?.failing && !failing) logger.info(`${path}  fixed: the ${noun} compiles again.`);
      for (const { fatal, line } of lines) (fatal ? logger.error : logger.warn)(line);
      for (const line of ruleLinks([file])) logger.info(line);
    },
    forget(path: string) {
      printed.delete(path);
    },
  };
}

function authorMessage(message: VFileMessage): AuthorMessage {
  return {
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    reason: message.reason,
    ruleId: message.ruleId ?? 'unknown',
    ...(message.url ? { url: message.url } : {}),
  };
}

/** The files of a folder (none when it is gone meanwhile). */
const filesIn = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * Every lesson file under `lessons` with the checker's messages, for the author preview
 * (`virtual:pas-a-pas/author-messages`), paths relative to `root`. Each file is compiled once
 * per content; `forget` drops what a change may have made stale.
 */
export function authorLessonFiles(lessons: string, root: string, store: () => ContentStore) {
  const cache = new Map<string, { value: string; messages: AuthorMessage[] }>();
  return {
    async files(): Promise<AuthorLessonFile[]> {
      const folders = existsSync(lessons) ? readdirSync(lessons, { withFileTypes: true }) : [];
      const files = folders
        .filter((folder) => folder.isDirectory())
        .flatMap((folder) =>
          filesIn(join(lessons, folder.name))
            .filter((name) => localeFile.test(name))
            .map((name) => ({
              lessonId: folder.name,
              locale: name.slice(0, -4),
              path: join(lessons, folder.name, name),
            })),
        )
        .sort((a, b) => a.path.localeCompare(b.path));
      const entries: AuthorLessonFile[] = [];
      for (const { lessonId, locale, path } of files) {
        const value = await readFile(path, 'utf8').catch(() => undefined); // removed meanwhile
        if (value === undefined) continue;
        let known = cache.get(path);
        if (known?.value !== value) {
          const { file } = await compileLesson({ path, value }, { store: store() });
          // The checker's warnings too, as `npm run check` prints them (the build ignores them).
          lessonWarnings(file, value, { glossary: store().glossary(locale).data });
          known = { value, messages: sortedMessages(file).map(authorMessage) };
          cache.set(path, known);
        }
        entries.push({ lessonId, locale, path: relative(root, path), messages: known.messages });
      }
      return entries;
    },
    /** Forgets the files of `path`'s lesson (a translation depends on its reference), or all of them. */
    forget(path?: string) {
      for (const known of cache.keys()) if (!path || dirname(known) === dirname(path)) cache.delete(known);
    },
  };
}

export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  let root = '';
  let content = '';
  let store: ContentStore;
  /** Only in the dev server, where it replaces Vite's own printing of lesson messages. */
  let terminal: ReturnType<typeof lessonTerminal> | undefined;
  /** The lesson errors thrown for the overlay: the terminal printed them already. */
  const thrown = new WeakSet<object>();
  let author: ReturnType<typeof authorLessonFiles>;
  /** Marks the author preview's messages as stale (for the files of `path`'s lesson, or all) and returns their module. */
  const staleAuthorModule = (server: ViteDevServer, path?: string) => {
    author.forget(path);
    const module = server.moduleGraph.getModuleById(resolvedAuthorId);
    if (module) server.moduleGraph.invalidateModule(module);
    return module;
  };
  return {
    name,
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      content = resolve(config.root, options.content ?? 'content');
      store = createContentStore(content);
      author = authorLessonFiles(join(content, 'lessons'), root, () => store);
    },
    resolveId(id) {
      if (id === catalogueId) return resolvedCatalogueId;
      if (id === authorId) return resolvedAuthorId;
      return id === skillsId ? resolvedSkillsId : undefined;
    },
    async load(id) {
      const [path = id] = id.split('?');
      // Read here, leniently: Rolldown refuses a file that is not UTF-8 before the compiler can
      // point at the bad byte (`file-encoding`).
      if (lessonFile.test(path)) return new TextDecoder().decode(await readFile(path));
      if (id === resolvedCatalogueId) return catalogueModule(join(content, 'lessons'));
      if (id === resolvedAuthorId)
        return author.files().then((files) => `export const lessonFiles = ${JSON.stringify(files)};\n`);
      if (id !== resolvedSkillsId) return undefined;
      const skills = store.skills();
      this.addWatchFile(skills.file.path);
      if (!skills.data) this.error(`content/skills.yaml has errors:\n${formatMessages(skills.file).join('\n')}`);
      return `export const skills = ${JSON.stringify(skills.data)};\n`;
    },
    configureServer(server) {
      const { logger } = server.config;
      const printError = logger.error.bind(logger);
      const printer = lessonTerminal(
        { info: logger.info.bind(logger), warn: logger.warn.bind(logger), error: printError },
        root,
      );
      terminal = printer;
      // When a browser requests a failing lesson, Vite prints its error again: the terminal has printed it already.
      logger.error = (message, logOptions) => {
        if (!(logOptions?.error && thrown.has(logOptions.error))) printError(message, logOptions);
      };
      const lessons = join(content, 'lessons');
      server.watcher.add(lessons);
      // A saved lesson is checked at once, even when no browser has it open.
      const check = async (path: string) => {
        const value = await readFile(path, 'utf8').catch(() => undefined); // removed meanwhile: `unlink` follows
        if (value !== undefined) printer.report((await compileLesson({ path, value }, { store })).file);
      };
      const onSave = (path: string) => {
        if (!lessonFile.test(path)) return;
        check(path).catch((error: unknown) =>
          printError(
            `The lesson compiler failed on ${path}: ${(error as Error).message ?? String(error)}. Please report it.`,
          ),
        );
      };
      server.watcher.on('change', onSave);
      server.watcher.on('add', onSave);
      server.watcher.on('unlink', (path) => printer.forget(path));
      // A lesson added or removed changes the catalogue.
      const refresh = (file: string) => {
        if (!file.startsWith(lessons)) return;
        const catalogue = server.moduleGraph.getModuleById(resolvedCatalogueId);
        if (catalogue) server.moduleGraph.invalidateModule(catalogue);
        staleAuthorModule(server, file);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, refresh);
    },
    async transform(value, id) {
      const [path = id] = id.split('?');
      if (!lessonFile.test(path)) return undefined;
      const result = await compileLesson({ path, value }, { store });
      for (const dependency of result.dependencies) this.addWatchFile(dependency);
      terminal?.report(result.file);
      return compiledModule(this, result, { noun: 'Lesson', path, root, printed: terminal !== undefined, thrown });
    },
    handleHotUpdate(context) {
      if (!context.file.startsWith(content)) return undefined;
      if (lessonFile.test(context.file)) {
        // Its frontmatter feeds the catalogue (titles on the home page); its messages, the author preview.
        const catalogue = context.server.moduleGraph.getModuleById(resolvedCatalogueId);
        const authorModule = staleAuthorModule(context.server, context.file);
        const also = [catalogue, authorModule].filter((m) => m !== undefined);
        return also.length > 0 ? [...context.modules, ...also] : undefined;
      }
      // A change to skills, personas, glossaries or a reference file can change any lesson.
      const lessons = [...context.server.moduleGraph.idToModuleMap.values()].filter(
        (m) => m.id && lessonFile.test(m.id),
      );
      for (const module of lessons) context.server.moduleGraph.invalidateModule(module);
      const authorModule = staleAuthorModule(context.server);
      return [...context.modules, ...lessons, ...(authorModule ? [authorModule] : [])];
    },
  };
}
