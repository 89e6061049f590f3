/**
 * Renders one text of a session script by its slot id (`segment/2`, `segment/2/ask/1/answer`…):
 * the script's content component wraps every text in a `Slot`, and only the wanted one shows.
 * The text carries the script's `lang`.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { createContext, useContext, type ElementType, type ReactNode } from 'react';
import type { CompiledSession } from './sessionTypes.ts';

const WantedSlot = createContext<string | null>(null);

function Slot({ id, children }: { id: string; children?: ReactNode }) {
  return id === useContext(WantedSlot) ? <>{children}</> : null;
}

/** Stable MDX components. */
const components = { Slot };

/** Props of `SessionText`. */
export interface SessionTextProps {
  session: Pick<CompiledSession, 'default' | 'meta'>;
  /** The slot id to render. */
  slot: string;
  /** The element around the text (default: `div`). */
  as?: ElementType;
  className?: string;
}

/** One text of a session script. */
export function SessionText({ session, slot, as: Tag = 'div', className }: SessionTextProps) {
  const Content = session.default;
  return (
    <WantedSlot value={slot}>
      <Tag className={className ? `session-text ${className}` : 'session-text'} {...textLanguage(session.meta.locale)}>
        <Content components={components} />
      </Tag>
    </WantedSlot>
  );
}
