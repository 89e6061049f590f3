/** The lesson catalogue, generated at build time by the lessons plugin from `content/lessons/`. */
declare module 'virtual:pas-a-pas/lessons' {
  import type { LessonEntry } from './types.ts';
  /** Every lesson, sorted by level then id. */
  export const lessons: LessonEntry[];
}

/** The skill catalogue, `content/skills.yaml`, checked at build time. Its order is stable: only append. */
declare module 'virtual:pas-a-pas/skills' {
  export const skills: { id: string; ref?: string; fr: string; en: string; ar?: string; uk?: string; es?: string }[];
}

declare module '*.mdx' {
  import type { CompiledLesson } from './types.ts';
  const Content: CompiledLesson['default'];
  export default Content;
  export const meta: CompiledLesson['meta'];
  export const units: CompiledLesson['units'];
  export const machine: CompiledLesson['machine'];
  export const persona: CompiledLesson['persona'];
  export const glossary: CompiledLesson['glossary'];
  export const intro: CompiledLesson['intro'];
}
