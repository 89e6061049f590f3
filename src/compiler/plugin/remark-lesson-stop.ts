/**
 * Stops the compilation once the lesson has errors: nothing is emitted for a broken lesson.
 */
import type { VFile } from 'vfile';
import { hasErrors } from '../messages.ts';

/** Thrown to stop the pipeline; the messages are on the file. */
export class LessonHasErrors extends Error {
  constructor() {
    super('The lesson has errors: see the file messages.');
  }
}

export default function remarkLessonStop() {
  return (_tree: unknown, file: VFile) => {
    if (hasErrors(file)) throw new LessonHasErrors();
  };
}
