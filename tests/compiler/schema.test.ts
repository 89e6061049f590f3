// @vitest-environment node
/**
 * `content/lesson.schema.json`, the editors' JSON Schema of a lesson's frontmatter: it is current
 * (regenerated in memory from the compiler's schema), it accepts every lesson in `content/`, and
 * it rejects what the compiler rejects, as an editor's validator (Ajv, draft-07) reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchema, schemaFileName } from '../../src/compiler/cli/schema.ts';
import { frontmatterSchema } from '../../src/compiler/schema/frontmatter.ts';

const content = resolve('content');
const written = readFileSync(join(content, schemaFileName), 'utf8');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(written) as object);

/** The frontmatter of an MDX file, as YAML data. */
function frontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as Record<string, unknown>;
}

const lessons = readdirSync(join(content, 'lessons')).map((id) => ({
  id,
  data: frontmatter(join(content, 'lessons', id, 'fr.mdx')),
}));

const good = {
  id: 'caf-essai',
  title: 'Essai',
  summary: 'Un essai.',
  site: 'caf',
  persona: 'amina',
  skills: ['se-connecter'],
  level: 1,
  duration: 5,
  goal: 'Cliquez sur Mon Compte.',
};

describe(`content/${schemaFileName}`, () => {
  it('is current: npm run schema writes the same text', () => {
    expect(written, 'content/lesson.schema.json is stale: run npm run schema').toBe(lessonJsonSchema(content));
  });

  it.each(lessons)('accepts the frontmatter of $id', ({ data }) => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts what the compiler accepts, optional fields left out or given', () => {
    for (const data of [good, { ...good, requires: ['caf-se-connecter'], date: '2026-11-12' }]) {
      expect(frontmatterSchema.safeParse(data).success).toBe(true);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  const withoutGoal: Record<string, unknown> = { ...good };
  delete withoutGoal.goal;
  const bad: [string, Record<string, unknown>][] = [
    ['a missing field', withoutGoal],
    ['an unknown field', { ...good, auteur: 'Léa' }],
    ['an id with capitals', { ...good, id: 'Caf-Essai' }],
    ['an empty title', { ...good, title: '' }],
    ['no skill', { ...good, skills: [] }],
    ['level 4', { ...good, level: 4 }],
    ['a duration of 0', { ...good, duration: 0 }],
    ['a duration in hours and minutes', { ...good, duration: 1.5 }],
    ['a date written the French way', { ...good, date: '12/11/2026' }],
    ['a lesson id in requires with a space', { ...good, requires: ['caf se connecter'] }],
  ];
  it.each(bad)('rejects %s, as the compiler does', (_name, data) => {
    expect(frontmatterSchema.safeParse(data).success).toBe(false);
    expect(validate(data)).toBe(false);
  });

  it('offers only the sites, personas and skills that exist', () => {
    expect(validate({ ...good, site: 'pole-emploi' })).toBe(false);
    // FranceConnect has no tab: a lesson starts on the site that leads there.
    expect(validate({ ...good, site: 'franceconnect' })).toBe(false);
    expect(validate({ ...good, persona: 'personne' })).toBe(false);
    expect(validate({ ...good, skills: ['se-conecter'] })).toBe(false);
    const schema = JSON.parse(written) as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties.site?.enum).toContain('caf');
    expect(schema.properties.persona?.enum).toContain('amina');
  });
});
