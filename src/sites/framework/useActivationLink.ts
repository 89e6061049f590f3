/**
 * Hears the activation link of an account being created, opened in the practice mailbox: a
 * pending account becomes active (the site shows its « … est activé » page); a link opened after
 * its `expiresAt` (practice clock), or while the lesson made it expire (incident
 * `<site>.lien-expire`), shows that it expired (France Travail: 24 hours; impots.gouv: 8 hours).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useIncident } from './useIncident.ts';
import { useOpenedLink } from './useOpenedLink.ts';

/** What the site keeps of the account being created: its state and its last link. */
export interface PendingAccount {
  status: string;
  /** The last link sent (`''` before any). */
  linkId: string;
  /** Whether that link was found expired already. */
  linkExpired: boolean;
}

export interface ActivationHandlers {
  onActivated(): void;
  onExpired(): void;
}

/**
 * Watches `account`'s last link; calls one handler once per link opened while the account is
 * `pending`. `incident` is the site's « lien expiré » incident (`impots.lien-expire`).
 */
export function useActivationLink(account: PendingAccount, incident: string, handlers: ActivationHandlers): void {
  const link = useOpenedLink(account.linkId);
  const expiry = useIncident(incident);
  const waiting = account.status === 'pending' && account.linkId !== '' && !account.linkExpired && link.opened;
  const latest = useRef({ handlers, expired: link.expired || expiry.active, clear: expiry.clear });
  useLayoutEffect(() => {
    latest.current = { handlers, expired: link.expired || expiry.active, clear: expiry.clear };
  });
  useEffect(() => {
    if (!waiting) return;
    const { handlers: h, expired, clear } = latest.current;
    if (expired) {
      clear();
      h.onExpired();
    } else h.onActivated();
  }, [waiting]);
}
