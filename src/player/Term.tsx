/**
 * A glossary word inside a lesson text: a button that shows or hides its explanation, in the
 * learner's language, right after the word.
 */
import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../lesson/types.ts';

/** The glossary of the lesson being shown (provided by `LessonText`). */
export const GlossaryContext = createContext<Readonly<Record<string, GlossaryEntry>>>({});

/** The `Term` MDX component: `<Term id="carte-vitale">carte Vitale</Term>`. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const entry = useContext(GlossaryContext)[id];
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  if (!entry) return <>{children}</>;
  return (
    <span className="term">
      <button
        type="button"
        className="term-word"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => setOpen((value) => !value)}
      >
        {children}
        <span className="visually-hidden"> {t('term.hint')}</span>
      </button>
      <span id={definitionId} className="term-definition" hidden={!open}>
        {entry.definition}
      </span>
    </span>
  );
}
