/**
 * The lesson files and the checker's messages, as the dev server's lessons plugin reports them
 * (`virtual:pas-a-pas/author-messages`): updated each time a lesson file is saved, even when it
 * does not compile.
 */
import { lessonFiles, type AuthorLessonFile } from 'virtual:pas-a-pas/author-messages';

export { lessonFiles };
export type { AuthorLessonFile, AuthorMessage } from 'virtual:pas-a-pas/author-messages';

/** The files of lesson `lessonId`, the reference (`fr`) first. */
export function filesOf(lessonId: string): AuthorLessonFile[] {
  return lessonFiles
    .filter((file) => file.lessonId === lessonId)
    .sort((a, b) => Number(b.locale === 'fr') - Number(a.locale === 'fr') || a.locale.localeCompare(b.locale));
}

/** How many errors and warnings `file` has. */
export function countsOf(file: Pick<AuthorLessonFile, 'messages'>): { errors: number; warnings: number } {
  const errors = file.messages.filter((m) => m.severity === 'error').length;
  return { errors, warnings: file.messages.length - errors };
}
