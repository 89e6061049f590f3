/**
 * Hears the activation link opened in the practice mailbox: a pending space becomes active and
 * the site shows « Votre espace personnel est activé » (signed in); a link opened after 24 hours,
 * or while the lesson made it expire (incident `lien-expire`), shows « Ce lien a expiré ».
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useIncident } from '../framework/useIncident.ts';
import { useOpenedLink } from '../framework/useOpenedLink.ts';
import type { Compte } from './registration/inscriptionReducer.ts';

export interface ActivationHandlers {
  onActivated(): void;
  onExpired(): void;
}

/** Watches `compte`'s last link; calls one handler once per link opened. */
export function useActivationLink(compte: Compte, handlers: ActivationHandlers): void {
  const link = useOpenedLink(compte.linkId);
  const incident = useIncident('france-travail.lien-expire');
  const waiting = compte.status === 'pending' && compte.linkId !== '' && !compte.linkExpired && link.opened;
  const latest = useRef({ handlers, expired: link.expired || incident.active, clear: incident.clear });
  useLayoutEffect(() => {
    latest.current = { handlers, expired: link.expired || incident.active, clear: incident.clear };
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
