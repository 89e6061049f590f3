/**
 * The lesson document being built on a file (created on first use).
 */
import type { VFile } from 'vfile';
import type { LessonDoc } from '../lessonDoc.ts';

export function lessonDocOf(file: VFile): LessonDoc {
  file.data.lesson ??= { meta: {}, nodes: [], slots: [], terms: [] };
  return file.data.lesson;
}
