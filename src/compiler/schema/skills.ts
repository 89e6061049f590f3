/**
 * The skill catalogue, `content/skills.yaml`.
 */
import { z } from 'zod';
import { idPattern } from '../../lesson/ids.ts';

export const skillSchema = z
  .object({
    id: z.string().regex(idPattern, 'must be lower-case words joined by dashes').describe('stable skill id'),
    ref: z.string().optional().describe('the K-number of docs/procedures.md section 3'),
    fr: z.string().min(1).describe('the French label'),
    en: z.string().min(1).describe('the English label'),
    ar: z.string().min(1).optional().describe('the Arabic label'),
    uk: z.string().min(1).optional().describe('the Ukrainian label'),
    es: z.string().min(1).optional().describe('the Spanish label'),
  })
  .strict();

export const skillsSchema = z.array(skillSchema).min(1, 'must list at least one skill');

export type Skill = z.infer<typeof skillSchema>;
