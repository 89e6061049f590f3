/**
 * The session-script contract: what the session compiler emits (`content/sessions/<id>/<locale>.mdx`)
 * and what the advisor pages (presenter, projector, run sheet) consume. Plain data, plus the
 * script's content component that renders its texts by slot, as lessons do.
 */
import type { ComponentType } from 'react';
import type { LessonContentProps, Mode } from '../lesson/types.ts';

/** A question the advisor asks the group (`<Ask>`), with what good answers sound like (`<Answer>`). */
export interface SessionAsk {
  /** Slot id of the question: `segment/<n>/ask/<k>`. */
  slot: string;
  text: string;
  /** Slot id of the good answers: `segment/<n>/ask/<k>/answer`. */
  answerSlot: string;
  answerText: string;
}

/** One item of a `<Checklist>` (a Markdown list item inside it). */
export interface SessionCheck {
  /** Slot id: `segment/<n>/check/<k>`. */
  slot: string;
  text: string;
}

/** A `<Segment>`: one part of the workshop, in the script's order. */
export interface SessionSegment {
  /** `segment-<n>`, n from 1, in document order. */
  id: string;
  title: string;
  /** Planned minutes. */
  duration: number;
  /** The lesson the segment plays, if any (checked against the catalogue). */
  lesson?: string;
  /** The mode the group uses for that lesson (default `watch` on the projector). */
  mode?: Mode;
  /** Slot id of what the advisor says (the segment's text outside Ask and Checklist): `segment/<n>`. */
  slot: string;
  /** Plain text of what the advisor says. */
  text: string;
  asks: SessionAsk[];
  checklist: SessionCheck[];
  /** Line of the `<Segment>` in the script. */
  line: number;
}

/** The script's frontmatter. */
export interface SessionMeta {
  id: string;
  title: string;
  /** Who the workshop is for, in one sentence. */
  audience: string;
  /** Planned minutes: the segments' durations add up to it. */
  duration: number;
  /** The lessons the workshop uses, in order (each in the catalogue). */
  lessons: string[];
  /** What to have ready (rooms, papers, accounts), one item each. */
  prepare: string[];
  /** The locale of this file (`fr` is the reference). */
  locale: string;
}

/** What a compiled session module exports. */
export interface CompiledSession {
  meta: SessionMeta;
  segments: SessionSegment[];
  /** Renders the script's texts: each wrapped in a `Slot` with the ids above. */
  default: ComponentType<LessonContentProps>;
}

/** A session in the catalogue (`virtual:pas-a-pas/sessions`): texts per locale, lazy loaders. */
export interface SessionEntry {
  id: string;
  duration: number;
  lessons: string[];
  /** Title and audience per locale. */
  texts: Record<string, { title: string; audience: string }>;
  load: Record<string, () => Promise<CompiledSession>>;
}
