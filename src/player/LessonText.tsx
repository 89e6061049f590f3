/**
 * Renders one text of a lesson (an instruction, a hint, a mistake…) by its slot id: the lesson's
 * content component renders every text inside a `Slot`, and only the wanted one shows. The text
 * carries the lesson's `lang`: a French lesson shown in an English UI is read as French.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { createContext, useContext, type ElementType, type ReactNode } from 'react';
import type { CompiledLesson } from '../lesson/types.ts';
import { LessonLink } from './LessonLink.tsx';
import { GlossaryContext, Term } from './Term.tsx';

const WantedSlot = createContext<string | null>(null);

function Slot({ id, children }: { id: string; children?: ReactNode }) {
  return id === useContext(WantedSlot) ? <>{children}</> : null;
}

/** Stable MDX components, so that re-rendering never remounts a text (an open `Term` stays open). */
const components = { Slot, Term, a: LessonLink };

export interface LessonTextProps {
  lesson: Pick<CompiledLesson, 'default' | 'glossary' | 'meta'>;
  /** The slot id to render (`step/<id>`, `step/<id>/hint/0`, `intro`…). */
  slot: string;
  /** The element around the text (default: `div`). */
  as?: ElementType;
  className?: string;
  id?: string;
}

/** One lesson text, with its glossary words explained on demand. */
export function LessonText({ lesson, slot, as: Tag = 'div', className, id }: LessonTextProps) {
  const Content = lesson.default;
  return (
    <GlossaryContext value={lesson.glossary}>
      <WantedSlot value={slot}>
        <Tag
          className={className ? `lesson-text ${className}` : 'lesson-text'}
          id={id}
          {...textLanguage(lesson.meta.locale)}
        >
          <Content components={components} />
        </Tag>
      </WantedSlot>
    </GlossaryContext>
  );
}
