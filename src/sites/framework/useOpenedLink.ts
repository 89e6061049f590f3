/**
 * Whether the learner clicked a mail's link that opens this site (« Activer mon compte »), and when
 * it expires: the site shows the page the link leads to, or its own « lien expiré » page.
 */
import { practiceNow } from '../../lesson/practiceClock.ts';
import { useSiteBridge } from './SiteBridge.tsx';

export interface OpenedLink {
  /** The learner clicked it in the practice mailbox. */
  opened: boolean;
  /** It was clicked after its `expiresAt` (practice time), or is now past it. */
  expired: boolean;
}

/** The state of the mail link `id` (`PracticeMailLink.id`). */
export function useOpenedLink(id: string): OpenedLink {
  const { world } = useSiteBridge();
  const opened = (world.openedLinks ?? []).includes(id);
  const link = world.inbox.find((m) => m.link?.id === id)?.link;
  const expired = link?.expiresAt !== undefined && practiceNow(world.clock) > link.expiresAt;
  return { opened, expired };
}
