/**
 * The session scripts, what the checker read of them and its messages, as the dev server's
 * sessions plugin reports them (`virtual:pas-a-pas/author-sessions`): updated each time a script
 * is saved, even when it does not compile.
 */
import { sessionFiles, type AuthorSessionFile } from 'virtual:pas-a-pas/author-sessions';

export { sessionFiles };
export type { AuthorSessionFile };

/** The files of session `sessionId` among `files`, the reference (`fr`) first. */
export function sessionFilesOf(sessionId: string, files: readonly AuthorSessionFile[] = sessionFiles) {
  return files
    .filter((file) => file.sessionId === sessionId)
    .sort((a, b) => Number(b.locale === 'fr') - Number(a.locale === 'fr') || a.locale.localeCompare(b.locale));
}
