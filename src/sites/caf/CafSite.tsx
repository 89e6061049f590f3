/**
 * The CAF practice site: a copy of caf.fr « Mon Compte » (docs/practice-sites.md). Navigation
 * and the declaration live here, in reducers; pages change without URLs and take the focus to
 * their title. Everything else comes from the site bridge.
 */
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { practiceNow } from '../../lesson/practiceClock.ts';
import { newCode } from '../../lesson/world.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useFranceConnectReturn } from '../framework/franceconnect/useFranceConnectReturn.ts';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { receiptMail } from './cafMails.ts';
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
import { DemandePages } from './demande/DemandePages.tsx';
import { useDemande } from './demande/useDemande.ts';
import { SimulateurPages } from './simulateur/SimulateurPages.tsx';
import { useSimulateur } from './simulateur/useSimulateur.ts';
import { Login } from './pages/Login.tsx';
import { Ressources } from './pages/Ressources.tsx';
import { Rubrique } from './pages/Rubrique.tsx';
import { CafHeader } from './ui/CafHeader.tsx';
import { EspaceMenu } from './ui/EspaceMenu.tsx';
import './caf.css';

const menuPages: readonly CafPage[] = ['espace', 'ressources', 'paiements', 'profil', 'documents'];
const rubriques: Partial<Record<CafPage, string>> = {
  paiements: 'Mes paiements et mes droits',
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
  const memberPages: CafPage[] = members.map((m) => (m === 'vous' ? 'dtr-vous' : 'dtr-conjoint'));
  // A declaration always has the learner's page; without one, the next or previous page stands in.
  const firstMemberPage = memberPages[0] ?? 'dtr-review';
  const lastMemberPage = memberPages.at(-1) ?? 'dtr-intro';
  const validate = () => {
    const at = practiceNow(world.clock);
    const reference = `DTR-${new Date(at).getFullYear()}-${newCode()}`;
    dispatch({ type: 'submit', reference, at });
    updateWorld((w) => ({
      ...w,
      inbox: [receiptMail(p, reference, at), ...w.inbox.filter((m) => m.id !== 'caf-accuse')],
    }));
    go('dtr-confirmation');
  };

  // What the navigation map's links depend on (`navigation.ts`).
  const sim = useSimulateur();
  const demande = useDemande(isCouple(p));
  const flags = [
    ...(nav.auth === 'in' ? ['signed-in'] : []),
    ...(dtr.submitted ? ['declaration-sent'] : []),
    ...sim.flags,
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
      page = <Login p={p} onSuccess={() => navigate({ type: 'password-ok' })} />;
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
    case 'dtr-intro':
      page = <DtrIntro p={p} onStart={() => go(firstMemberPage)} />;
      break;
    case 'dtr-vous':
    case 'dtr-conjoint': {
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
      {/* The simulator's and the claim's pages carry their own places. */}
      <div className="caf-page" data-place={nav.page === 'simulateur' || nav.page === 'demande' ? undefined : nav.page}>
        {page}
      </div>
    </div>
  );
}
