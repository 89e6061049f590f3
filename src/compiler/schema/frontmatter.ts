/**
 * The frontmatter of a lesson: one schema gives the type, the docs (`describe`) and the checks.
 */
import { z } from 'zod';
import { idPattern } from '../../lesson/ids.ts';
import { practiceDateSchema } from './practiceDate.ts';

const kebab = z.string().regex(idPattern, 'must be lower-case words joined by dashes, e.g. `caf-se-connecter`');
const text = (what: string) => z.string().trim().min(1, `must not be empty: write ${what}`);

/** Frontmatter of the reference file, `content/lessons/<id>/fr.mdx`. */
export const frontmatterSchema = z
  .object({
    id: kebab.describe('the lesson id, the same as its folder name'),
    title: text('the title').describe('the title shown to learners'),
    summary: text('one sentence').describe('one sentence saying what the learner will do'),
    site: z.string().describe('the practice site the lesson starts on, e.g. `caf`'),
    persona: kebab.describe('the persona id, a file in content/personas/'),
    skills: z
      .array(z.string())
      .min(1, 'must list at least one skill')
      .describe('the skill ids practised, from content/skills.yaml'),
    level: z
      .union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' })
      .describe('1 (first steps) to 3 (confident)'),
    duration: z.number().int().positive().describe('the expected duration in minutes'),
    requires: z.array(kebab).default([]).describe('lesson ids to do first (optional)'),
    goal: text('the mission').describe('the one-sentence mission shown in Alone mode'),
    date: practiceDateSchema
      .optional()
      .describe(
        "the day the lesson's story happens, shown by the sites; optional, default: the persona's `date`, else today",
      ),
  })
  .strict();

/** Frontmatter of a translated file (`en.mdx`…): only the texts; the rest comes from `fr.mdx`. */
export const translatedFrontmatterSchema = frontmatterSchema.pick({ title: true, summary: true, goal: true }).strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
