/** The checker's messages of every lesson file, served by the lessons plugin in `npm run dev` only. */
declare module 'virtual:pas-a-pas/author-messages' {
  // An ambient module cannot `import` a relative path: the types come from the plugin's own file.
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  export type AuthorMessage = import('./authorMessages.ts').AuthorMessage;
  export type AuthorLessonFile = import('./authorMessages.ts').AuthorLessonFile;
  /* eslint-enable @typescript-eslint/consistent-type-imports */

  /** Every lesson file, sorted by path. */
  export const lessonFiles: AuthorLessonFile[];
}

/** The session scripts with their segments and messages, served by the sessions plugin in `npm run dev` only. */
declare module 'virtual:pas-a-pas/author-sessions' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export type AuthorSessionFile = import('./authorSessions.ts').AuthorSessionFile;

  /** Every session script, sorted by path. */
  export const sessionFiles: AuthorSessionFile[];
}
