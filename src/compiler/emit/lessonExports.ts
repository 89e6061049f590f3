/**
 * Emits the data exports appended to a compiled lesson module: metadata, units, the machine
 * config, the persona and the glossary entries the lesson uses.
 */
import type { GlossaryEntry, LessonMeta, Persona, Unit } from '../../lesson/types.ts';
import type { LessonDoc } from '../lessonDoc.ts';
import type { Frontmatter } from '../schema/frontmatter.ts';
import { machineConfig } from './machineConfig.ts';

export interface LessonData {
  meta: LessonMeta;
  units: Unit[];
  machine: ReturnType<typeof machineConfig>;
  persona: Persona;
  glossary: Record<string, GlossaryEntry>;
  intro: string | undefined;
  /** The practice sites the lesson shows as tabs, its start site first. */
  sites: string[];
}

/** The lesson's data, from a checked document (one whose frontmatter is valid). */
export function lessonData(
  doc: LessonDoc & { frontmatter: Frontmatter },
  locale: string,
  persona: Persona,
  glossary: Record<string, GlossaryEntry>,
): LessonData {
  const { date, ...fields } = doc.frontmatter;
  const practiceDate = date ?? (typeof persona.date === 'string' ? persona.date : undefined);
  const used = new Set(
    doc.terms.map((t) => t.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value as string),
  );
  return {
    meta: { ...fields, locale, ...(practiceDate === undefined ? {} : { practiceDate }) },
    units: doc.nodes.flatMap((n) => (n.kind === 'branch' ? [] : [n.data])),
    machine: machineConfig(fields.id, doc.nodes),
    persona,
    glossary: Object.fromEntries(Object.entries(glossary).filter(([id]) => used.has(id))),
    intro: doc.slots.some((s) => s.id === 'intro') ? 'intro' : undefined,
    sites: doc.sites ?? [fields.site],
  };
}

/** JavaScript `export const` statements for the data. */
export function lessonExports(data: LessonData): string {
  return Object.entries(data)
    .map(([name, value]) => `export const ${name} = ${value === undefined ? 'undefined' : JSON.stringify(value)};`)
    .join('\n');
}
