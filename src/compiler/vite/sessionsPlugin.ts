/**
 * The Vite plugin for session scripts: compiles `content/sessions/<id>/<locale>.mdx` into session
 * modules (`src/advisor/sessionTypes.ts`, with a source map back to the .mdx) and serves the
 * catalogue `virtual:pas-a-pas/sessions`. A script's mistakes are reported as a lesson's are:
 * structured logs (`id`, `loc`, the rule's `url`) that fail the build, and lines the dev server
 * prints when the file is saved. The folder may be absent: the catalogue is then empty.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileSession, lessonIdsIn } from '../compileSession.ts';
import { lessonTerminal } from './lessonsPlugin.ts';
import { authorSessionFiles } from './authorSessionFiles.ts';
import { compiledModule } from './compiledModule.ts';
import { sessionCatalogueModule } from './sessionCatalogueModule.ts';

export interface SessionsPluginOptions {
  /** The content folder (default: `<root>/content`), holding `sessions/` and `lessons/`. */
  content?: string;
}

const name = 'pas-a-pas:sessions';
const catalogueId = 'virtual:pas-a-pas/sessions';
const resolvedCatalogueId = `\0${catalogueId}`;
const authorId = 'virtual:pas-a-pas/author-sessions';
const resolvedAuthorId = `\0${authorId}`;
const sessionFile = /[\\/]content[\\/]sessions[\\/][^\\/]+[\\/][a-z]{2}(-[A-Z]{2})?\.mdx$/;

/** Serves the session catalogue and compiles the session scripts. */
export function sessionsPlugin(options: SessionsPluginOptions = {}): Plugin {
  let root = '';
  let content = '';
  let terminal: ReturnType<typeof lessonTerminal> | undefined;
  /** The errors thrown for the overlay: the terminal printed them already. */
  const thrown = new WeakSet<object>();
  let author: ReturnType<typeof authorSessionFiles>;
  const compile = (path: string, value: string) =>
    compileSession({ path, value }, { lessons: lessonIdsIn(join(content, 'lessons')) });
  return {
    name,
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      content = resolve(config.root, options.content ?? 'content');
      author = authorSessionFiles(join(content, 'sessions'), join(content, 'lessons'), root);
    },
    resolveId(id) {
      if (id === authorId) return resolvedAuthorId;
      return id === catalogueId ? resolvedCatalogueId : undefined;
    },
    async load(id) {
      const [path = id] = id.split('?');
      // Read leniently: the compiler points at a byte that is not UTF-8 (`file-encoding`).
      if (sessionFile.test(path)) return new TextDecoder().decode(await readFile(path));
      if (id === resolvedAuthorId)
        return author.files().then((files) => `export const sessionFiles = ${JSON.stringify(files)};\n`);
      return id === resolvedCatalogueId ? sessionCatalogueModule(join(content, 'sessions')) : undefined;
    },
    configureServer(server) {
      const { logger } = server.config;
      const printError = logger.error.bind(logger);
      const printer = lessonTerminal(
        { info: logger.info.bind(logger), warn: logger.warn.bind(logger), error: printError },
        root,
        'session script',
      );
      terminal = printer;
      const previous = logger.error;
      logger.error = (message, logOptions) => {
        if (!(logOptions?.error && thrown.has(logOptions.error))) previous(message, logOptions);
      };
      const sessions = join(content, 'sessions');
      server.watcher.add(sessions);
      const onSave = (path: string) => {
        if (!sessionFile.test(path)) return;
        readFile(path, 'utf8')
          .then(async (value) => printer.report((await compile(path, value)).file))
          .catch(() => undefined); // removed meanwhile: `unlink` follows
      };
      server.watcher.on('change', onSave);
      server.watcher.on('add', onSave);
      server.watcher.on('unlink', (path) => printer.forget(path));
      // A script added or removed changes the catalogue; a lesson added or removed, the scripts' checks.
      const refresh = (file: string) => {
        const lessons = join(content, 'lessons');
        if (!file.startsWith(sessions) && !file.startsWith(lessons)) return;
        author.forget();
        for (const id of [resolvedCatalogueId, resolvedAuthorId]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (module.id && sessionFile.test(module.id)) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, refresh);
    },
    async transform(value, id) {
      const [path = id] = id.split('?');
      if (!sessionFile.test(path)) return undefined;
      const result = await compile(path, value);
      terminal?.report(result.file);
      return compiledModule(this, result, {
        noun: 'Session script',
        path,
        root,
        printed: terminal !== undefined,
        thrown,
      });
    },
    handleHotUpdate(context) {
      if (!sessionFile.test(context.file)) return undefined;
      // Its frontmatter feeds the catalogue (titles on the advisor's list); its messages, the author preview.
      author.forget();
      const also = [resolvedCatalogueId, resolvedAuthorId]
        .map((id) => context.server.moduleGraph.getModuleById(id))
        .filter((m) => m !== undefined);
      for (const module of also) context.server.moduleGraph.invalidateModule(module);
      return also.length > 0 ? [...context.modules, ...also] : undefined;
    },
  };
}
