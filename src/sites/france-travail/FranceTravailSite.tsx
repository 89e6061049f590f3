/**
 * The France Travail practice site: a copy of francetravail.fr, espace candidat
 * (docs/practice-sites.md). Navigation and the registration live in reducers kept with the run;
 * pages change without URLs and take the focus to their title. The monthly update and the
 * documents are rendered by `actualisation/`. Everything else comes from the site bridge.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { frenchDate } from '../../french/index.ts';
import { practiceNow } from '../../lesson/practiceClock.ts';
import type { PracticeMail } from '../../lesson/world.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { useIncident } from '../framework/useIncident.ts';
import { useSiteReducer } from '../framework/useSiteReducer.ts';
import { Actualisation, Documents, actualisationWindow, useActualisationFlags } from './actualisation/index.ts';
import { activationMail, convocationMail, identifierMail, withMail } from './franceTravailMails.ts';
import { franceTravailPersona, isRegisteredPersona } from './franceTravailPersona.ts';
import { ftNavigationReducer, ftNavigationSchema, initialFtNavigation, type FtPage } from './navigationReducer.ts';
import { Courriers } from './pages/Courriers.tsx';
import { Espace, type RegistrationStatus } from './pages/Espace.tsx';
import { Home } from './pages/Home.tsx';
import { Login, type Credentials } from './pages/Login.tsx';
import { RegistrationPage } from './pages/inscription/RegistrationPage.tsx';
import { RendezVous } from './pages/RendezVous.tsx';
import { draftExpiresAt } from './registration/draft.ts';
import { pageOfStep } from './registration/formSteps.ts';
import { givenIdentifier } from './registration/givenIdentifier.ts';
import { convocationFor } from './registration/convocationFor.ts';
import { initialInscription, inscriptionReducer, inscriptionSchema } from './registration/inscriptionReducer.ts';
import { FtHeader } from './ui/FtHeader.tsx';
import { useActivationLink } from '../framework/useActivationLink.ts';
import { useSessionExpiry } from './useSessionExpiry.ts';
import './ft.css';
import { useFranceConnectReturn } from '../framework/franceconnect/useFranceConnectReturn.ts';

/** The site; takes no props: persona, world and events go through `useSiteBridge()`. */
export function FranceTravailSite() {
  const { persona, world, updateWorld, openDocument } = useSiteBridge();
  const p = useMemo(() => franceTravailPersona(persona), [persona]);
  const [nav, navigate] = useSiteReducer(
    'france-travail.navigation',
    ftNavigationReducer,
    () => initialFtNavigation,
    ftNavigationSchema,
  );
  const [ins, dispatch] = useSiteReducer(
    'france-travail.inscription',
    inscriptionReducer,
    () => initialInscription,
    inscriptionSchema,
  );
  const spam = useIncident('france-travail.courriel-indesirable');
  const actualisationFlags = useActualisationFlags();
  // « Refaire l'actualisation » asked from Mon espace (practice only), done by the update's page.
  const [redo, setRedo] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, nav.page);
  useSiteBack(nav.history.length > 0 ? () => navigate({ type: 'back' }) : null);

  const now = () => practiceNow(world.clock);
  const go = (page: FtPage) => navigate({ type: 'go', page });
  // Back from FranceConnect, signed in: the personal space.
  useFranceConnectReturn('france-travail', () => {
    dispatch({ type: 'session-start', now: now() });
    navigate({ type: 'signed-in' });
  });
  const signedIn = nav.auth === 'in';
  const registered = isRegisteredPersona(p) || ins.submitted !== null;
  const accountActive = isRegisteredPersona(p) || ins.compte.status === 'active';
  const identifiant = p.france_travail?.identifiant ?? ins.compte.identifiant;
  const inProgress = ins.compte.status === 'active' && !registered && !ins.draftExpired;

  /** Sends a mail to the practice mailbox (to the spam folder once, when the lesson says so). */
  const send = (mail: (folder: PracticeMail['folder']) => PracticeMail) => {
    // A mailbox that put our last mail in « Courrier indésirable » puts the next one there too,
    // until the learner says « Ce n'est pas un courrier indésirable ».
    const ours = world.inbox.filter((m) => m.from === 'France Travail');
    const latest = ours.reduce<PracticeMail | undefined>(
      (a, m) => (a && a.receivedAt >= m.receivedAt ? a : m),
      undefined,
    );
    const message = mail(spam.active || latest?.folder === 'spam' ? 'spam' : 'inbox');
    if (spam.active) spam.clear();
    updateWorld((w) => ({ ...w, inbox: withMail(w.inbox, message) }));
  };
  const sendActivation = () => {
    const at = now();
    const linkId = `ft-activation-${at}`;
    send((folder) => activationMail(linkId, at, folder));
    return linkId;
  };

  useActivationLink(ins.compte, 'france-travail.lien-expire', {
    onActivated: () => {
      dispatch({ type: 'activate' });
      navigate({ type: 'activated' });
    },
    onExpired: () => {
      dispatch({ type: 'link-expired' });
      go('activation');
    },
  });

  const check = (id: string, password: string): Credentials => {
    const known = p.france_travail?.identifiant;
    if (known !== undefined) return id === known && password === p.france_travail?.mot_de_passe ? 'ok' : 'wrong';
    if (ins.compte.status === 'none' || id !== ins.compte.identifiant || password !== ins.compte.password)
      return 'wrong';
    return ins.compte.status === 'pending' ? 'pending' : 'ok';
  };
  const signOut = (notice: 'logged-out' | 'draft-saved') => {
    dispatch({ type: 'signed-out' });
    navigate({ type: 'logout', notice });
  };
  const saveAndQuit = () => {
    dispatch({ type: 'save', at: now() });
    signOut('draft-saved');
  };
  const expireSession = useSessionExpiry(signedIn, () => {
    if (inProgress) dispatch({ type: 'save', at: now() });
    navigate({ type: 'session-expired' });
  });
  const openConvocation = () => {
    if (ins.submitted) openDocument?.(convocationFor(ins.values, identifiant, ins.submitted));
  };

  const flags = [
    ...(signedIn ? ['signed-in'] : []),
    ...(ins.compte.status !== 'none' ? ['compte-cree'] : []),
    ...(ins.compte.status === 'pending' ? ['compte-en-attente'] : []),
    ...(accountActive ? ['compte-actif'] : []),
    ...(inProgress ? ['brouillon'] : []),
    ...(registered ? ['inscrit'] : []),
    ...(ins.submitted ? ['convocation'] : []),
    ...(inProgress ? ins.reached.map((step) => `reached-${step}`) : []),
    ...actualisationFlags,
  ];

  const notices = {
    'logged-out': 'Vous êtes déconnecté. À bientôt sur francetravail.fr.',
    'draft-saved': `Votre inscription a bien été enregistrée. Vous pouvez la reprendre jusqu’au ${frenchDate(
      draftExpiresAt(ins.draft?.savedAt ?? now()),
    )}, en vous connectant à votre espace personnel.`,
  } as const;

  let page: ReactNode;
  switch (nav.page) {
    case 'home':
      page = (
        <Home
          notice={nav.notice === 'logged-out' || nav.notice === 'draft-saved' ? notices[nav.notice] : null}
          onInscription={() => go('inscription')}
          onConnexion={() => go(signedIn ? 'espace' : 'login')}
          onActualisation={() => go('actualisation')}
          onDocuments={() => go('documents')}
        />
      );
      break;
    case 'login':
      page = (
        <Login
          sessionExpired={nav.notice === 'session-expired'}
          check={check}
          onForgotten={(email) => {
            if (identifiant && email.toLowerCase() === p.email.toLowerCase()) {
              const at = now();
              send((folder) => identifierMail(identifiant, at, folder));
            }
          }}
          onSignedIn={() => {
            dispatch({ type: 'session-start', now: now() });
            navigate({ type: 'signed-in' });
          }}
          onInscription={() => go('inscription')}
        />
      );
      break;
    case 'espace': {
      const status: RegistrationStatus = registered
        ? { kind: 'registered', sentHere: ins.submitted !== null }
        : ins.draftExpired
          ? { kind: 'draft-deleted' }
          : { kind: 'in-progress', savedAt: ins.draft?.savedAt ?? null };
      page = (
        <Espace
          prenom={p.prenom}
          status={status}
          update={actualisationWindow(new Date(now()))}
          updateDone={actualisationFlags.includes('actualisation-validee')}
          onActualiser={() => go('actualisation')}
          onRedoActualisation={() => {
            setRedo(true);
            go('actualisation');
          }}
          onDocuments={() => go('documents')}
          onRendezVous={() => go('rendez-vous')}
          onCourriers={() => go('courriers')}
          onReprendre={() => go(pageOfStep(ins.step))}
          onConfirmation={() => go('inscription-confirmation')}
          onInscrire={() => {
            dispatch({ type: 'start-again' });
            dispatch({ type: 'step', step: 'donnees' });
            go('inscription-donnees');
          }}
        />
      );
      break;
    }
    case 'rendez-vous':
      page = <RendezVous submitted={ins.submitted} onConvocation={openConvocation} onBack={() => go('espace')} />;
      break;
    case 'courriers':
      page = <Courriers submitted={ins.submitted} onConvocation={openConvocation} onBack={() => go('espace')} />;
      break;
    case 'actualisation':
      page = (
        <Actualisation
          onExit={() => go('espace')}
          onDocuments={() => go('documents')}
          redo={redo}
          onRedone={() => setRedo(false)}
        />
      );
      break;
    case 'documents':
      page = <Documents onExit={() => go('espace')} />;
      break;
    default:
      page = (
        <RegistrationPage
          page={nav.page}
          p={p}
          ins={ins}
          dispatch={dispatch}
          signedIn={signedIn}
          registered={registered}
          accountActive={accountActive}
          identifiant={identifiant}
          now={now}
          go={go}
          onCreate={(email, password) => {
            const linkId = email.toLowerCase() === p.email.toLowerCase() ? sendActivation() : `ft-activation-${now()}`;
            dispatch({ type: 'create-account', email, password, identifiant: givenIdentifier(p), linkId });
            go('activation');
          }}
          onResend={() => {
            const linkId =
              ins.compte.email.toLowerCase() === p.email.toLowerCase() ? sendActivation() : `ft-activation-${now()}`;
            dispatch({ type: 'link-sent', linkId });
          }}
          onSaveAndQuit={saveAndQuit}
          onRegistered={(submitted) => {
            dispatch({ type: 'submit', submitted });
            send((folder) =>
              convocationMail(p.prenom, submitted, convocationFor(ins.values, identifiant, submitted), folder),
            );
            navigate({ type: 'registered' });
          }}
          onConvocation={openConvocation}
        />
      );
  }

  // The monthly update and the documents set their own places.
  const place = nav.page === 'actualisation' || nav.page === 'documents' ? undefined : nav.page;
  return (
    <div
      className="ft-site"
      ref={root}
      lang="fr"
      data-flags={flags.join(' ')}
      onClickCapture={expireSession}
      onSubmitCapture={expireSession}
    >
      <PracticeBanner site="de France Travail" />
      <FtHeader
        signedIn={signedIn}
        onHome={() => go('home')}
        onAccount={() => go(signedIn ? 'espace' : 'login')}
        onLogout={() => signOut('logged-out')}
      />
      <div className="ft-page" data-place={place}>
        {page}
      </div>
      <footer className="ft-footer">
        <p>francetravail.fr — site d’entraînement</p>
      </footer>
    </div>
  );
}
