/**
 * The ameli practice site: a copy of ameli.fr « Mon compte ameli » (docs/practice-sites.md).
 * Navigation and the attestation asked for live in reducers kept with the run; pages change
 * without URLs and take the focus to their title. Everything else comes from the site bridge.
 */
import { useMemo, useRef, type ReactNode } from 'react';
import { practiceNow } from '../../lesson/practiceClock.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useFranceConnectReturn } from '../framework/franceconnect/useFranceConnectReturn.ts';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { useIncident } from '../framework/useIncident.ts';
import { useSiteReducer } from '../framework/useSiteReducer.ts';
import { ameliPersona } from './ameliPersona.ts';
import { attestationDocument } from './attestation/attestationDocument.ts';
import { attestationReducer, attestationSchema, initialAttestation } from './attestation/attestationReducer.ts';
import {
  ameliNavigationReducer,
  ameliNavigationSchema,
  initialAmeliNavigation,
  type AmeliPage,
} from './navigationReducer.ts';
import { Accueil } from './pages/Accueil.tsx';
import { AttestationDroits } from './pages/AttestationDroits.tsx';
import { AttestationPrete } from './pages/AttestationPrete.tsx';
import { Attestations } from './pages/Attestations.tsx';
import { Connexion } from './pages/Connexion.tsx';
import { CreerCompte } from './pages/CreerCompte.tsx';
import { Demarches } from './pages/Demarches.tsx';
import { Indisponible } from './pages/Indisponible.tsx';
import { MotDePasseOublie } from './pages/MotDePasseOublie.tsx';
import { NotCopied } from './pages/NotCopied.tsx';
import { AmeliHeader } from './ui/AmeliHeader.tsx';
import './ameli.css';

/** The site; takes no props: persona, world and events go through `useSiteBridge()`. */
export function AmeliSite() {
  const { persona, world, openDocument } = useSiteBridge();
  const p = useMemo(() => ameliPersona(persona), [persona]);
  const [nav, navigate] = useSiteReducer(
    'ameli.navigation',
    ameliNavigationReducer,
    () => initialAmeliNavigation,
    ameliNavigationSchema,
  );
  const [attestation, made] = useSiteReducer(
    'ameli.attestation',
    attestationReducer,
    () => initialAttestation,
    attestationSchema,
  );
  const unavailable = useIncident('ameli.service-indisponible');
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, nav.page);
  useSiteBack(nav.history.length > 0 ? () => navigate({ type: 'back' }) : null);
  // Back from FranceConnect, signed in: the account's home (or the page asked for) opens.
  useFranceConnectReturn('ameli', () => navigate({ type: 'signed-in' }));

  const go = (page: AmeliPage) => navigate({ type: 'go', page });
  const signedIn = nav.auth === 'in';
  const assure = `${p.prenom} ${p.nom.toUpperCase()}`;
  const openAttestation = (at: number, who: typeof attestation.who) => openDocument?.(attestationDocument(p, at, who));

  let page: ReactNode;
  switch (nav.page) {
    case 'connexion':
      page = (
        <Connexion
          loggedOut={nav.notice === 'logged-out'}
          check={(nir13, password) => nir13 === p.nir13 && password === p.ameli.mot_de_passe}
          onSignedIn={() => navigate({ type: 'signed-in' })}
          onForgotten={() => go('mot-de-passe-oublie')}
          onCreate={() => go('creer-compte')}
        />
      );
      break;
    case 'mot-de-passe-oublie':
      page = <MotDePasseOublie onBack={() => go('connexion')} />;
      break;
    case 'creer-compte':
      page = <CreerCompte nir13={p.nir13} onBack={() => go('connexion')} />;
      break;
    case 'accueil':
      page = <Accueil prenom={p.prenom} nom={p.nom} onTile={go} />;
      break;
    case 'paiements':
      page = <NotCopied title="Mes paiements" onBack={() => go('accueil')} />;
      break;
    case 'messagerie':
      page = <NotCopied title="Messagerie" onBack={() => go('accueil')} />;
      break;
    case 'demarches':
      page = <Demarches onAttestation={() => go('attestation-droits')} onBack={() => go('accueil')} />;
      break;
    case 'attestations':
      page = <Attestations onAttestation={() => go('attestation-droits')} onBack={() => go('accueil')} />;
      break;
    case 'attestation-droits':
      page = (
        <AttestationDroits
          assure={assure}
          enfants={(p.enfants ?? []).map((child) => `${child.prenom} ${(child.nom ?? p.nom).toUpperCase()}`)}
          available={!unavailable.active}
          onDemander={(who) => {
            if (unavailable.active) {
              unavailable.clear();
              go('indisponible');
              return;
            }
            made({ type: 'made', at: practiceNow(world.clock), who });
            go('attestation-prete');
          }}
          onBack={() => go('demarches')}
        />
      );
      break;
    case 'attestation-prete': {
      const at = attestation.at ?? practiceNow(world.clock);
      page = (
        <AttestationPrete
          at={at}
          onTelecharger={() => openAttestation(at, attestation.who)}
          onBack={() => go('demarches')}
        />
      );
      break;
    }
    case 'indisponible':
      page = <Indisponible onRetry={() => go('attestation-droits')} />;
      break;
  }

  return (
    <div className="am-site" ref={root} lang="fr" data-flags={signedIn ? 'signed-in' : ''}>
      <PracticeBanner site="de l’Assurance Maladie (ameli)" />
      <AmeliHeader
        signedIn={signedIn}
        onHome={() => go(signedIn ? 'accueil' : 'connexion')}
        onAccount={() => go('accueil')}
        onLogout={() => navigate({ type: 'logout' })}
      />
      <div className="am-page" data-place={nav.page}>
        {page}
      </div>
      <footer className="am-footer">
        <p>ameli.fr — site d’entraînement</p>
      </footer>
    </div>
  );
}
