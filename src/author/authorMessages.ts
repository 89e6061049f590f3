/**
 * The checker's messages as the author preview receives them from the lessons plugin, in
 * `npm run dev` only (`virtual:pas-a-pas/author-messages`): plain JSON.
 */

/** One message of the checker, as `npm run check` prints it. */
export interface AuthorMessage {
  /** 1-based line of the lesson file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** An error stops the lesson from compiling; a warning does not. */
  severity: 'error' | 'warning';
  /** The checker's sentence, which says the fix. */
  reason: string;
  /** The rule's id (`unknown-target`). */
  ruleId: string;
  /** Where the rule is explained (`docs/writing-lessons.md#unknown-target`). */
  url?: string;
}

/** A lesson file (`content/lessons/<lessonId>/<locale>.mdx`) and its messages, sorted by position. */
export interface AuthorLessonFile {
  lessonId: string;
  locale: string;
  /** The file's path from the project's root. */
  path: string;
  messages: AuthorMessage[];
}
