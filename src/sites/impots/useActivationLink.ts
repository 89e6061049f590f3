/**
 * Hears the activation link opened in the practice mailbox: a pending space becomes active and
 * the site shows « Votre espace particulier est activé »; a link opened after 8 hours (practice
 * clock), or while the lesson made it expire (incident `lien-expire`), shows that it expired.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useIncident } from '../framework/useIncident.ts';
import { useOpenedLink } from '../framework/useOpenedLink.ts';
import type { CreatedSpace } from './impotsReducer.ts';

export interface ActivationHandlers {
  onActivated(): void;
  onExpired(): void;
}

/** Watches the space's last link; calls one handler once per link opened. */
export function useActivationLink(space: CreatedSpace, handlers: ActivationHandlers): void {
  const link = useOpenedLink(space.linkId);
  const incident = useIncident('impots.lien-expire');
  const waiting = space.status === 'pending' && space.linkId !== '' && !space.linkExpired && link.opened;
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
