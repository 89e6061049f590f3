/**
 * The CAF practice site: a copy of caf.fr « Mon Compte » (docs/practice-sites.md). Navigation
 * and the declaration live here, in reducers; pages change without URLs and take the focus to
 * their title. Everything else comes from the site bridge.
 */
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { practiceNow } from '../../lesson/practiceClock.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useFranceConnectReturn } from '../framework/franceconnect/useFranceConnectReturn.ts';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { receiptMail } from './cafMails.ts';
import { dtrReference } from './dtrReference.ts';
import { duplicateFlags } from './dtrDuplicates.ts';
import { cafPersona, isCouple } from './cafPersona.ts';
import { useSiteReducer } from '../framework/useSiteReducer.ts';
import { dtrMembersOf, dtrReducer, dtrSchema, initialDtr } from './dtrReducer.ts';
import { initialNavigation, navigationReducer, navigationSchema, type CafPage } from './navigationReducer.ts';
import { Code } from './pages/Code.tsx';
import { DtrConfirmation } from './pages/DtrConfirmation.tsx';
import { DtrIntro } from './pages/DtrIntro.tsx';
import { DtrMember } from './pages/DtrMember.tsx';
import { DtrReview } from './pages/DtrReview.tsx';
import { Espace } from './pages/Espace.tsx';
import { Home } from './pages/Home.tsx';
import { ComptePages } from './compte/ComptePages.tsx';
import { useCompte } from './compte/useCompte.ts';
import { DemandePages } from './demande/DemandePages.tsx';
import { useDemande } from './demande/useDemande.ts';
import { SimulateurPages } from './simulateur/SimulateurPages.tsx';
import { useSimulateur } from './simulateur/useSimulateur.ts';
import { ChangementPages } from './changement/ChangementPages.tsx';
import { Profil } from './changement/pages/Profil.tsx';
import { profilOf } from './changement/profilOf.ts';
import { useChangement } from './changement/useChangement.ts';
import { Login } from './pages/Login.tsx';
import { Paiements } from './pages/Paiements.tsx';
import { Ressources } from './pages/Ressources.tsx';
import { Rubrique } from './pages/Rubrique.tsx';
import { CafHeader } from './ui/CafHeader.tsx';
import { EspaceMenu } from './ui/EspaceMenu.tsx';
import './caf.css';

const menuPages: readonly CafPage[] = ['espace', 'ressources', 'paiements', 'profil', 'documents'];
const rubriques: Partial<Record<CafPage, string>> = {
  profil: 'Mon profil',
  documents: 'Mes documents',
};

/** The CAF site; takes no props: persona, world and events go through `useSiteBridge()`. */
export function CafSite() {
  const { persona, world, updateWorld } = useSiteBridge();
  const p = useMemo(() => cafPersona(persona), [persona]);
  // Kept with the run: a reload comes back to the same page, with the same declaration.
  const [nav, navigate] = useSiteReducer(
    'caf.navigation',
    navigationReducer,
    () => initialNavigation,
    navigationSchema,
  );
  const [dtr, dispatch] = useSiteReducer('caf.dtr', dtrReducer, () => initialDtr(p), dtrSchema);
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, nav.page);
  const go = useCallback((page: CafPage) => navigate({ type: 'go', page }), [navigate]);
  useSiteBack(nav.history.length > 0 ? () => navigate({ type: 'back' }) : null);
  // Back from FranceConnect, signed in: Mon Compte opens.
  useFranceConnectReturn('caf', () => navigate({ type: 'franceconnect-ok' }));

  const members = dtrMembersOf(p);
  const memberPages: CafPage[] = members.map((m) => `dtr-${m}` as const);
  // A declaration always has the learner's page; without one, the next or previous page stands in.
  const firstMemberPage = memberPages[0] ?? 'dtr-review';
  const lastMemberPage = memberPages.at(-1) ?? 'dtr-intro';
  const validate = () => {
    const at = practiceNow(world.clock);
    const reference = dtrReference(at);
    dispatch({ type: 'submit', reference, at });
    updateWorld((w) => ({
      ...w,
      inbox: [receiptMail(p, reference, at), ...w.inbox.filter((m) => m.id !== 'caf-accuse')],
    }));
    go('dtr-confirmation');
  };

  // What the navigation map's links depend on (`navigation.ts`).
  const sim = useSimulateur();
  const chg = useChangement();
  const openChangement = () => {
    chg.dispatch({ type: 'open' });
    go('changement');
  };
  // The reset link opened in the mailbox brings its page (`compte/`).
  const compte = useCompte(() => go('compte'));
  const password = compte.state.motDePasse ?? p.caf.mot_de_passe;
  const openCompte = (page: Parameters<typeof compte.dispatch>[0] & { type: 'go' }) => {
    compte.dispatch(page);
    go('compte');
  };
  const demande = useDemande(isCouple(p));
  const flags = [
    ...(nav.auth === 'in' ? ['signed-in'] : []),
    ...(dtr.submitted ? ['declaration-sent'] : []),
    ...members.filter((m) => dtr.others[m]).map((m) => `dtr-${m}-repondu`),
    ...duplicateFlags(dtr),
    ...sim.flags,
    ...chg.flags,
    ...compte.flags,
    ...demande.flags,
  ];

  let page: ReactNode;
  switch (nav.page) {
    case 'home':
      page = (
        <Home
          loggedOut={nav.loggedOut}
          onSimulate={() => {
            sim.dispatch({ type: 'go', page: 'simulateur-debut' });
            go('simulateur');
          }}
        />
      );
      break;
    case 'simulateur':
      page = <SimulateurPages sim={sim} onDemande={() => go(nav.auth === 'in' ? 'espace' : 'login')} />;
      break;
    case 'demande':
      page = <DemandePages demande={demande} p={p} onExit={() => go('espace')} />;
      break;
    case 'login':
      page = (
        <Login
          p={p}
          password={password}
          changed={compte.state.notice}
          onSuccess={() => {
            compte.dispatch({ type: 'notice-seen' });
            navigate({ type: 'password-ok' });
          }}
          // A reset link opened in time still waits for the new password: its page comes back.
          onForgot={() =>
            openCompte({
              type: 'go',
              page: compte.state.reset.status === 'open' ? 'compte-nouveau-mot-de-passe' : 'compte-oubli',
            })
          }
          onCreate={() => openCompte({ type: 'go', page: 'compte-demande' })}
        />
      );
      break;
    case 'compte':
      page = (
        <ComptePages
          p={p}
          compte={compte}
          password={password}
          onLogin={() => go('login')}
          onSignedIn={() => navigate({ type: 'code-ok' })}
        />
      );
      break;
    case 'code':
      page = <Code p={p} onVerified={() => navigate({ type: 'code-ok' })} />;
      break;
    case 'espace':
      page = (
        <Espace
          p={p}
          dtr={dtr}
          onDeclare={() => go('ressources')}
          onChangement={openChangement}
          onDemande={() => {
            demande.dispatch({ type: 'go', page: 'demande-liste' });
            go('demande');
          }}
        />
      );
      break;
    case 'ressources':
      page = (
        <Ressources
          p={p}
          dtr={dtr}
          onDeclare={() => go('dtr-intro')}
          onReview={() => go('dtr-confirmation')}
          onRedo={() => go('dtr-intro')}
        />
      );
      break;
    case 'paiements':
      page = <Paiements p={p} dtr={dtr} onRessources={() => go('ressources')} />;
      break;
    case 'dtr-intro':
      page = <DtrIntro p={p} onStart={() => go(firstMemberPage)} />;
      break;
    case 'dtr-vous':
    case 'dtr-conjoint':
    case 'dtr-enfant1':
    case 'dtr-enfant2': {
      const index = memberPages.indexOf(nav.page);
      page = (
        <DtrMember
          key={nav.page}
          p={p}
          member={members[index] ?? 'vous'}
          dtr={dtr}
          dispatch={dispatch}
          step={index + 1}
          steps={members.length + 1}
          onPrevious={() => go(memberPages[index - 1] ?? 'dtr-intro')}
          onNext={() => go(memberPages[index + 1] ?? 'dtr-review')}
        />
      );
      break;
    }
    case 'dtr-review':
      page = (
        <DtrReview
          p={p}
          dtr={dtr}
          onPrevious={() => go(lastMemberPage)}
          onModify={() => go(firstMemberPage)}
          onValidate={validate}
        />
      );
      break;
    case 'profil':
      page = (
        <Profil
          profil={profilOf(persona, chg.state.sent)}
          last={chg.state.sent[0]}
          onModify={openChangement}
          onReview={() => {
            chg.dispatch({ type: 'show-confirmation' });
            go('changement');
          }}
        />
      );
      break;
    case 'changement':
      page = <ChangementPages p={p} store={chg} onProfil={() => go('profil')} />;
      break;
    case 'dtr-confirmation':
      page = <DtrConfirmation p={p} dtr={dtr} onBack={() => go('espace')} />;
      break;
    default:
      page = <Rubrique title={rubriques[nav.page] ?? ''} />;
  }

  return (
    <div className="caf-site" ref={root} lang="fr" data-flags={flags.join(' ')}>
      <PracticeBanner site="de la CAF" />
      <CafHeader signedIn={nav.auth === 'in'} go={go} onLogout={() => navigate({ type: 'logout' })} />
      {menuPages.includes(nav.page) && <EspaceMenu current={nav.page} go={go} />}
      {/* The simulator's, the change's, the account's and the claim's pages carry their own places. */}
      <div
        className="caf-page"
        data-place={
          nav.page === 'simulateur' || nav.page === 'changement' || nav.page === 'compte' || nav.page === 'demande'
            ? undefined
            : nav.page
        }
      >
        {page}
      </div>
    </div>
  );
}
