/**
 * The incident `session-expiree`: once the lesson switched it on, the next action on a page of
 * the personal space (a button or a form sent) does not happen, yet is reported as accepted (no
 * `ok: false`: the lesson's step where it happens is done), and the site shows « Votre session a
 * expiré » on the login page; after signing in again, the learner comes back to that page, with
 * their registration as they left it. The incident is then over.
 */
import type { SyntheticEvent } from 'react';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useIncident } from '../framework/useIncident.ts';

/** Controls that leave the session anyway: signing out. */
const unaffected = new Set(['france-travail.header.deconnexion']);

/**
 * A capture handler for `click` and `submit` on the site's root: when the incident is on and the
 * learner is signed in, it stops the action and calls `onExpired` (which signs out and keeps the
 * page to come back to).
 */
export function useSessionExpiry(signedIn: boolean, onExpired: () => void) {
  const { emit } = useSiteBridge();
  const incident = useIncident('france-travail.session-expiree');
  return (event: SyntheticEvent) => {
    if (!incident.active || !signedIn) return;
    const element = event.target as Element;
    const control =
      event.type === 'submit'
        ? (element.querySelector('[type="submit"]') ?? element)
        : element.closest('button, a[href], input[type="submit"]');
    if (!control) return;
    const target = control.closest('[data-target]')?.getAttribute('data-target');
    if (target && unaffected.has(target)) return;
    event.preventDefault();
    event.stopPropagation();
    if (target?.includes('.')) emit({ action: 'click', target: target as `${string}.${string}` });
    incident.clear();
    onExpired();
  };
}
