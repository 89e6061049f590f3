/**
 * The Vite plugin: compiles `content/lessons/<id>/<locale>.mdx` into lesson modules and serves
 * the catalogues `virtual:pas-a-pas/lessons` and `virtual:pas-a-pas/skills`. It stays small: the work lives in the compiler.
 * Placed before the React plugin (`enforce: 'pre'`).
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileLesson } from '../compileLesson.ts';
import { createContentStore, type ContentStore } from '../content/contentStore.ts';
import { formatMessages } from '../messages.ts';
import { catalogueModule } from './catalogueModule.ts';

export interface LessonsPluginOptions {
  /** The content folder (default: `<root>/content`). */
  content?: string;
}

const catalogueId = 'virtual:pas-a-pas/lessons';
const resolvedCatalogueId = `\0${catalogueId}`;
const skillsId = 'virtual:pas-a-pas/skills';
const resolvedSkillsId = `\0${skillsId}`;
const lessonFile = /[\\/]content[\\/]lessons[\\/][^\\/]+[\\/][a-z]{2}(-[A-Z]{2})?\.mdx$/;

export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  let content = '';
  let store: ContentStore;
  return {
    name: 'pas-a-pas:lessons',
    enforce: 'pre',
    configResolved(config) {
      content = resolve(config.root, options.content ?? 'content');
      store = createContentStore(content);
    },
    resolveId(id) {
      if (id === catalogueId) return resolvedCatalogueId;
      return id === skillsId ? resolvedSkillsId : undefined;
    },
    load(id) {
      if (id === resolvedCatalogueId) return catalogueModule(join(content, 'lessons'));
      if (id !== resolvedSkillsId) return undefined;
      const skills = store.skills();
      this.addWatchFile(skills.file.path);
      if (!skills.data) this.error(`content/skills.yaml has errors:\n${formatMessages(skills.file).join('\n')}`);
      return `export const skills = ${JSON.stringify(skills.data)};\n`;
    },
    configureServer(server) {
      // A lesson added or removed changes the catalogue.
      const lessons = join(content, 'lessons');
      server.watcher.add(lessons);
      const refresh = (file: string) => {
        if (!file.startsWith(lessons)) return;
        const catalogue = server.moduleGraph.getModuleById(resolvedCatalogueId);
        if (catalogue) server.moduleGraph.invalidateModule(catalogue);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, refresh);
    },
    async transform(value, id) {
      const path = id.split('?')[0]!;
      if (!lessonFile.test(path)) return undefined;
      const result = await compileLesson({ path, value }, { store });
      for (const dependency of result.dependencies) this.addWatchFile(dependency);
      const lines = formatMessages(result.file);
      if (result.code === undefined) {
        // Vite wraps plugin errors and drops their location: the message itself carries file:line:column.
        this.error(`Lesson ${path} has errors:\n${lines.join('\n')}`);
      }
      for (const line of lines) this.warn(line);
      return { code: result.code, map: null };
    },
    handleHotUpdate(context) {
      if (!context.file.startsWith(content)) return undefined;
      if (lessonFile.test(context.file)) {
        // Its frontmatter feeds the catalogue (titles on the home page).
        const catalogue = context.server.moduleGraph.getModuleById(resolvedCatalogueId);
        return catalogue ? [...context.modules, catalogue] : undefined;
      }
      // A change to skills, personas, glossaries or a reference file can change any lesson.
      const lessons = [...context.server.moduleGraph.idToModuleMap.values()].filter((m) => m.id && lessonFile.test(m.id));
      for (const module of lessons) context.server.moduleGraph.invalidateModule(module);
      return [...context.modules, ...lessons];
    },
  };
}
