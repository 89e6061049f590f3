/**
 * One text of a session script by its slot id (`segment/<n>`, `segment/<n>/ask/<k>`…): the
 * script's content component renders every text inside a `Slot`, and only the wanted one shows.
 */
import { createContext, useContext, type ElementType, type ReactNode } from 'react';
import type { CompiledSession } from '../sessionTypes.ts';

const WantedSlot = createContext<string | null>(null);

function Slot({ id, children }: { id: string; children?: ReactNode }) {
  return id === useContext(WantedSlot) ? <>{children}</> : null;
}

const components = { Slot };

export interface SessionTextProps {
  session: Pick<CompiledSession, 'default' | 'meta'>;
  slot: string;
  /** The element around the text (default: `div`). */
  as?: ElementType;
  className?: string;
}

/** One text of the script, in the script's language. */
export function SessionText({ session, slot, as: Tag = 'div', className }: SessionTextProps) {
  const Content = session.default;
  return (
    <WantedSlot value={slot}>
      <Tag className={className} lang={session.meta.locale}>
        <Content components={components} />
      </Tag>
    </WantedSlot>
  );
}
