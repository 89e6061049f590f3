/**
 * The account's state kept with the run (`useSiteReducer`, key `caf.compte`), the flags the CAF
 * site's root must show for it, and the reset link heard from the practice mailbox: opened in
 * time, it shows « Choisissez votre nouveau mot de passe »; opened after 24 hours (practice
 * clock), « Ce lien n'est plus valable ». `onShow` brings the CAF site to this folder's pages.
 */
import { useEffect, useLayoutEffect, useRef, type Dispatch } from 'react';
import { useOpenedLink } from '../../framework/useOpenedLink.ts';
import { useSiteReducer } from '../../framework/useSiteReducer.ts';
import {
  compteFlags,
  compteReducer,
  compteSchema,
  initialCompte,
  type CompteAction,
  type CompteState,
} from './compteReducer.ts';

/** The account's state, its dispatch, and its flags. */
export interface CompteStore {
  state: CompteState;
  dispatch: Dispatch<CompteAction>;
  flags: string[];
}

export function useCompte(onShow: () => void): CompteStore {
  const [state, dispatch] = useSiteReducer('caf.compte', compteReducer, () => initialCompte, compteSchema);
  const link = useOpenedLink(state.reset.linkId);
  const waiting = state.reset.status === 'sent' && state.reset.linkId !== '' && link.opened;
  const latest = useRef({ expired: link.expired, onShow });
  useLayoutEffect(() => {
    latest.current = { expired: link.expired, onShow };
  });
  useEffect(() => {
    if (!waiting) return;
    dispatch({ type: 'link-opened', expired: latest.current.expired });
    latest.current.onShow();
  }, [waiting, dispatch]);
  return { state, dispatch, flags: compteFlags(state) };
}
