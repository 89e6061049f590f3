/**
 * A typed progress code read against this app's skill catalogue. A lazy chunk: the home page
 * loads the decoder and the catalogue when the learner starts typing, not before.
 */
import { skills } from 'virtual:pas-a-pas/skills';
import { decodeProgressCode, type ProgressCodeResult } from './progressCode.ts';

const skillIds = skills.map((skill) => skill.id);

/** `decodeProgressCode(text)` with the skill catalogue. */
export function readTypedCode(text: string): ProgressCodeResult {
  return decodeProgressCode(text, skillIds);
}
