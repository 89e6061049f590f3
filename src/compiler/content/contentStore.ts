/**
 * Reads and checks the shared content files a lesson depends on — `content/skills.yaml`,
 * `content/personas/<id>.yaml`, `content/glossary/<locale>.yaml` — each into a VFile that holds
 * its own positioned messages. Results are cached until the file changes on disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { fail } from '../messages.ts';
import { glossarySchema, type Glossary } from '../schema/glossary.ts';
import { personaSchema, type PersonaData } from '../schema/persona.ts';
import { skillsSchema, type Skill } from '../schema/skills.ts';
import { validateYaml } from './validateYaml.ts';

/** A content file once read: its data (undefined when invalid or missing) and its messages. */
export interface Loaded<T> {
  file: VFile;
  data: T | undefined;
  /** Whether the file exists on disk. */
  exists: boolean;
}

export interface ContentStore {
  /** The content folder (default: `<cwd>/content`). */
  root: string;
  skills(): Loaded<Skill[]>;
  persona(id: string): Loaded<PersonaData>;
  glossary(locale: string): Loaded<Glossary>;
  /** Every file read so far, for dependency tracking. */
  files(): string[];
}

/** Creates a store over a content folder. */
export function createContentStore(root: string = join(process.cwd(), 'content')): ContentStore {
  const cache = new Map<string, { mtime: number; loaded: Loaded<unknown> }>();

  function load<S extends z.ZodType>(path: string, schema: S, field: string, check?: (data: z.infer<S>, file: VFile) => void): Loaded<z.infer<S>> {
    const exists = existsSync(path);
    const mtime = exists ? statSync(path).mtimeMs : -1;
    const hit = cache.get(path);
    if (hit && hit.mtime === mtime) return hit.loaded as Loaded<z.infer<S>>;
    const file = new VFile({ path, value: exists ? readFileSync(path, 'utf8') : '' });
    const data = exists ? validateYaml(file, String(file.value), schema, { line: 1, column: 1 }, { field }) : undefined;
    if (data !== undefined && check) check(data, file);
    const loaded: Loaded<z.infer<S>> = { file, data: file.messages.some((m) => m.fatal) ? undefined : data, exists };
    cache.set(path, { mtime, loaded });
    return loaded;
  }

  return {
    root,
    skills: () =>
      load(join(root, 'skills.yaml'), skillsSchema, 'Skill field', (skills, file) => {
        const seen = new Set<string>();
        for (const skill of skills) {
          if (seen.has(skill.id)) fail(file, `Skill \`${skill.id}\` is listed twice: keep one.`, { line: 1, column: 1 }, 'duplicate-id');
          seen.add(skill.id);
        }
      }),
    persona: (id) =>
      load(join(root, 'personas', `${id}.yaml`), personaSchema, 'Persona field', (persona, file) => {
        if (persona.id !== id) fail(file, `Persona id \`${persona.id}\` must be the file name \`${id}\`: rename one of them.`, { line: 1, column: 1 }, 'schema');
      }),
    glossary: (locale) => load(join(root, 'glossary', `${locale}.yaml`), glossarySchema, 'Glossary entry'),
    files: () => [...cache.keys()],
  };
}
