/**
 * The compiler's intermediate form of a session script: its frontmatter, its segments with the
 * MDX nodes they came from (for positioned messages), and the texts to emit as slots.
 */
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SessionSegment } from '../advisor/sessionTypes.ts';
import type { JsxElement } from './lessonDoc.ts';
import type { YamlOrigin } from './content/validateYaml.ts';
import type { SessionFrontmatter } from './schema/sessionFrontmatter.ts';

/** A `<Segment>` with its element and attribute nodes. */
export interface DocSegment {
  data: SessionSegment;
  node: JsxElement;
  attributes: Record<string, JsxElement['attributes'][number]>;
  /** Whether its `duration` was read (else the total is not checked). */
  timed: boolean;
}

/** One text of the script, emitted as `<Slot id="…">`. */
export interface SessionSlot {
  id: string;
  children: RootContent[];
}

export interface SessionDoc {
  /** The frontmatter, when it is valid. */
  frontmatter?: SessionFrontmatter;
  /** The frontmatter's YAML and where it starts, to point at one of its fields. */
  yaml?: { text: string; origin: YamlOrigin };
  segments: DocSegment[];
  slots: SessionSlot[];
}

declare module 'vfile' {
  interface DataMap {
    session: SessionDoc;
  }
}

/** The session document being built on a file (created on first use). */
export function sessionDocOf(file: VFile): SessionDoc {
  file.data.session ??= { segments: [], slots: [] };
  return file.data.session;
}
