/**
 * What the advisor typed, pasted or scanned for a learner: a progress code, or the resume link
 * its QR code holds (`…/reprendre?code=ABCD-EFGH-JKMN-PQRS&lecons=a,b`, see `resumeUrl.ts`).
 */
import { readResumeQuery } from '../../progress/resumeUrl.ts';

/** The code and the lessons done that `text` carries. */
export function readLearnerInput(text: string): { code: string; lessons: string[] } {
  const trimmed = text.trim();
  const query = /reprendre\/?\?(.*)$/s.exec(trimmed)?.[1] ?? (/^\??code=/.test(trimmed) ? trimmed : undefined);
  if (query === undefined) return { code: trimmed, lessons: [] };
  const { code, lessons } = readResumeQuery(query.startsWith('?') ? query : `?${query}`);
  return { code: code.trim(), lessons };
}
