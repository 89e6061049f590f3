/** A practice date (`date:` of a lesson or a persona): the day the lesson's story happens. */
import { z } from 'zod';
import { isPracticeDate } from '../../lesson/practiceClock.ts';

/** A real day written `YYYY-MM-DD`; a YAML date left unquoted stays this text. */
export const practiceDateSchema = z
  .string()
  .refine(isPracticeDate, 'must be a real day written `YYYY-MM-DD`, e.g. `2026-11-12`');
