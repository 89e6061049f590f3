/**
 * The pages of « Mot de passe oublié ? » and of the account creation (docs/practice-sites.md,
 * « Compte : mot de passe oublié et création »): the page of `compte.state`, with `data-place`,
 * its title focused on each change. The reset mail is sent here; the link is heard by `useCompte`.
 */
import { useRef, type ReactNode } from 'react';
import { normaliseIdentifier } from '../../../french/index.ts';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import type { CafPersona } from '../cafPersona.ts';
import { resetMail, withCompteMail } from './compteMails.ts';
import { CreationCode } from './pages/CreationCode.tsx';
import { CreationConfirmation } from './pages/CreationConfirmation.tsx';
import { CreationIdentite } from './pages/CreationIdentite.tsx';
import { CreationMotDePasse } from './pages/CreationMotDePasse.tsx';
import { Demande } from './pages/Demande.tsx';
import { LienExpire } from './pages/LienExpire.tsx';
import { NouveauMotDePasse } from './pages/NouveauMotDePasse.tsx';
import { Oubli } from './pages/Oubli.tsx';
import { OubliEnvoye } from './pages/OubliEnvoye.tsx';
import type { CompteStore } from './useCompte.ts';
import './compte.css';

export interface ComptePagesProps {
  p: CafPersona;
  compte: CompteStore;
  /** The password that works now (the persona's, or the one chosen since). */
  password: string;
  /** Opens « Connexion à Mon Compte » (also once the password is changed: it says so). */
  onLogin(): void;
  /** The account is created: signed in, Mon Compte opens. */
  onSignedIn(): void;
}

/** The current page of the account's pages. */
export function ComptePages({ p, compte, password, onLogin, onSignedIn }: ComptePagesProps) {
  const { world, updateWorld } = useSiteBridge();
  const { state, dispatch } = compte;
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, state.page);
  const now = practiceNow(world.clock);

  /** The same answer for any number: a mail only when an account matches the number and the date. */
  const sendReset = (nir: string, naissance: string) => {
    const at = practiceNow(world.clock);
    const linkId = `caf-reinitialisation-${at}`;
    const known = (p.hasAccount || state.creation.cree) && normaliseIdentifier(nir) === p.nir13;
    if (known && naissance.replace(/\s/g, '') === p.naissance)
      updateWorld((w) => ({ ...w, inbox: withCompteMail(w.inbox, resetMail(p.prenom, linkId, at)) }));
    dispatch({ type: 'reset-sent', linkId });
  };
  const go = (page: CompteStore['state']['page']) => dispatch({ type: 'go', page });

  let page: ReactNode;
  switch (state.page) {
    case 'compte-oubli':
      page = <Oubli today={new Date(now)} onSent={sendReset} onBack={onLogin} />;
      break;
    case 'compte-oubli-envoye':
      page = <OubliEnvoye onBack={onLogin} />;
      break;
    case 'compte-lien-expire':
      page = <LienExpire onNewRequest={() => go('compte-oubli')} />;
      break;
    case 'compte-nouveau-mot-de-passe':
      page = (
        <NouveauMotDePasse
          old={password}
          onChanged={(chosen) => {
            dispatch({ type: 'password-changed', password: chosen });
            onLogin();
          }}
        />
      );
      break;
    case 'compte-demande':
      page = <Demande onCreate={() => go('compte-creation-identite')} onLogin={onLogin} />;
      break;
    case 'compte-creation-identite':
      page = (
        <CreationIdentite
          p={p}
          today={new Date(now)}
          initial={state.creation.identite}
          onAccepted={(identite) => dispatch({ type: 'identity-ok', identite })}
          onLogin={onLogin}
        />
      );
      break;
    case 'compte-creation-code':
      page = (
        <CreationCode
          personaEmail={p.email}
          onVerified={(email) => dispatch({ type: 'code-ok', email })}
          onPrevious={() => go('compte-creation-identite')}
        />
      );
      break;
    case 'compte-creation-mot-de-passe':
      page = (
        <CreationMotDePasse
          onCreated={(chosen) => dispatch({ type: 'account-created', password: chosen })}
          onPrevious={() => go('compte-creation-code')}
        />
      );
      break;
    case 'compte-creation-confirmation':
      page = <CreationConfirmation onContinue={onSignedIn} />;
      break;
  }
  return (
    <div ref={root} data-place={state.page}>
      {page}
    </div>
  );
}
