/**
 * The frontmatter of a session script (`content/sessions/<id>/<locale>.mdx`): one schema gives the
 * type, the docs (`describe`) and the checks.
 */
import { z } from 'zod';
import { idPattern } from '../../lesson/ids.ts';

const text = (what: string) => z.string().trim().min(1, `must not be empty: write ${what}`);

/** Frontmatter of every locale's file (a translation gives its own texts, the same numbers and lessons). */
export const sessionFrontmatterSchema = z
  .object({
    title: text('the title').describe('the title of the workshop'),
    audience: text('one sentence').describe('who the workshop is for, in one sentence'),
    duration: z
      .number()
      .int('must be a whole number of minutes')
      .positive('must be more than 0 minutes')
      .describe('the planned minutes: the segments’ durations add up to it'),
    lessons: z
      .array(z.string().regex(idPattern, 'must be a lesson id: lower-case words joined by dashes'))
      .min(1, 'must list at least one lesson')
      .describe('the lesson ids the workshop uses, in order, from content/lessons/'),
    prepare: z
      .array(text('what to have ready'))
      .min(1, 'must list at least one thing to have ready')
      .describe('what to have ready before the workshop, one item each'),
  })
  .strict();

export type SessionFrontmatter = z.infer<typeof sessionFrontmatterSchema>;
