/**
 * The session scripts as the author preview receives them from the sessions plugin, in
 * `npm run dev` only (`virtual:pas-a-pas/author-sessions`): plain JSON.
 */
import type { SessionSegment } from '../advisor/sessionTypes.ts';
import type { AuthorMessage } from './authorMessages.ts';

/** A session script (`content/sessions/<sessionId>/<locale>.mdx`), what the checker read of it, and its messages. */
export interface AuthorSessionFile {
  sessionId: string;
  locale: string;
  /** The file's path from the project's root. */
  path: string;
  /** Its title, when the frontmatter gives one. */
  title?: string;
  /** Its planned minutes, when the frontmatter gives them. */
  duration?: number;
  /** The segments the checker could read, even when the script has errors. */
  segments: SessionSegment[];
  /** The checker's messages, sorted by position. */
  messages: AuthorMessage[];
}
