/**
 * The impots.gouv practice site: a copy of impots.gouv.fr, espace particulier
 * (docs/practice-sites.md): creating the space, logging in with the security code, the annual
 * declaration up to « Signer », the acknowledgement and the documents. Navigation and what the
 * learner did live in reducers kept with the run; pages change without URLs and take the focus
 * to their title. Everything else comes from the site bridge.
 */
import { useMemo, useRef, type ReactNode } from 'react';
import { normaliseIdentifier } from '../../french/index.ts';
import { practiceNow } from '../../lesson/practiceClock.ts';
import { newCode, type PracticeMail } from '../../lesson/world.ts';
import { useFranceConnectReturn } from '../framework/franceconnect/useFranceConnectReturn.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { useIncident } from '../framework/useIncident.ts';
import { useSiteReducer } from '../framework/useSiteReducer.ts';
import { Accuse } from './declaration/Accuse.tsx';
import { campaignAt, noticeAvailableFrom } from './declaration/campaign.ts';
import { declaredAmounts, householdOf, shownBoxes } from './declaration/declaredIncome.ts';
import { EtatCivil } from './declaration/EtatCivil.tsx';
import { Recapitulatif } from './declaration/Recapitulatif.tsx';
import { asdirReference, declarationNumber } from './declaration/references.ts';
import { Revenus } from './declaration/Revenus.tsx';
import { asdirDocument } from './documents/asdirDocument.ts';
import { declaredNotice } from './documents/declaredNotice.ts';
import { taxNoticeDocument } from './documents/taxNoticeDocument.ts';
import { activationMail, codeMail, receiptMail, withMail } from './impotsMails.ts';
import { eurosOf, impotsPersona, type TaxNotice } from './impotsPersona.ts';
import { impotsReducer, impotsStateSchema, initialImpots, type Address } from './impotsReducer.ts';
import {
  declarationPages,
  impotsNavigationReducer,
  impotsNavigationSchema,
  initialImpotsNavigation,
  signedInPages,
  type ImpotsPage,
} from './navigationReducer.ts';
import { ActivationDone } from './pages/ActivationDone.tsx';
import { ActivationSent } from './pages/ActivationSent.tsx';
import { Code } from './pages/Code.tsx';
import { Creation, type CreationStep } from './pages/Creation.tsx';
import { Documents, type DocumentYear } from './pages/Documents.tsx';
import { Espace } from './pages/Espace.tsx';
import { ForgottenPassword } from './pages/ForgottenPassword.tsx';
import { Home } from './pages/Home.tsx';
import { Login, type Credentials } from './pages/Login.tsx';
import { Messagerie } from './pages/Messagerie.tsx';
import { estimateIncomeTax } from './tax/estimateIncomeTax.ts';
import { EspaceMenu, type EspaceTab } from './ui/EspaceMenu.tsx';
import { ImpotsHeader } from './ui/ImpotsHeader.tsx';
import { useActivationLink } from '../framework/useActivationLink.ts';
import './impots.css';

const creationPages: Record<CreationStep, ImpotsPage> = {
  numero: 'creation-numero',
  identifiants: 'creation-identifiants',
  compte: 'creation-compte',
};
const tabPages: Record<EspaceTab, ImpotsPage> = { accueil: 'espace', documents: 'documents', messagerie: 'messagerie' };

/** The persona's address split as the declaration shows it. */
function addressOf(adresse: string): Address {
  const m = /^(.*),\s*(\d{5})\s+(.+)$/.exec(adresse);
  return m
    ? { voie: m[1] ?? '', codePostal: m[2] ?? '', commune: m[3] ?? '' }
    : { voie: adresse, codePostal: '', commune: '' };
}

/** « fin juillet 2026 ». */
const endOfJuly = (incomeYear: number) => `fin juillet ${incomeYear + 1}`;

/** The site; takes no props: persona, world and events go through `useSiteBridge()`. */
export function ImpotsSite() {
  const { persona, world, updateWorld, openDocument } = useSiteBridge();
  const p = useMemo(() => impotsPersona(persona), [persona]);
  const [nav, navigate] = useSiteReducer(
    'impots.navigation',
    impotsNavigationReducer,
    () => initialImpotsNavigation,
    impotsNavigationSchema,
  );
  const [state, dispatch] = useSiteReducer('impots.state', impotsReducer, () => initialImpots, impotsStateSchema);
  const spam = useIncident('impots.courriel-indesirable');
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, nav.page);
  useSiteBack(nav.history.length > 0 ? () => navigate({ type: 'back' }) : null);

  const now = () => practiceNow(world.clock);
  const go = (page: ImpotsPage) => navigate({ type: 'go', page });
  const signedIn = nav.auth === 'in';
  const { space, declaration } = state;
  const createdHere = space.status !== 'none';
  const spaceActive = createdHere ? space.status === 'active' : p.impots.espace_cree !== false;
  const email = createdHere ? space.email : p.email;
  const campaign = campaignAt(p, now());
  const address = declaration.address ?? addressOf(p.adresse);
  const addressLine = `${address.voie}, ${address.codePostal} ${address.commune}`;
  const incomeYear = p.impots.declaration.revenus_de;

  /** Sends a mail to the practice mailbox (to the spam folder, once the lesson says so, and after). */
  const send = (mail: (folder: PracticeMail['folder']) => PracticeMail) => {
    const ours = world.inbox.filter((m) => m.from === 'impots.gouv.fr');
    const latest = ours.reduce<PracticeMail | undefined>(
      (a, m) => (a && a.receivedAt >= m.receivedAt ? a : m),
      undefined,
    );
    const message = mail(spam.active || latest?.folder === 'spam' ? 'spam' : 'inbox');
    if (spam.active) spam.clear();
    updateWorld((w) => ({ ...w, inbox: withMail(w.inbox, message) }));
  };
  /** Sends an activation link to `address` (nothing arrives when it is not the persona's mailbox). */
  const sendActivation = (to: string) => {
    const at = now();
    const linkId = `impots-activation-${at}`;
    if (to.toLowerCase() === p.email.toLowerCase()) send((folder) => activationMail(linkId, at, folder));
    return linkId;
  };
  const sendCode = () => {
    const code = newCode();
    const at = now();
    const ours = world.inbox.some((m) => m.from === 'impots.gouv.fr' && m.folder === 'spam');
    const folder = spam.active || ours ? 'spam' : 'inbox';
    if (spam.active) spam.clear();
    updateWorld((w) => ({ ...w, otp: code, otpSentAt: at, inbox: withMail(w.inbox, codeMail(code, at, folder)) }));
  };

  // Back from FranceConnect, signed in: the space (no code is asked, as on the real site).
  useFranceConnectReturn('impots', () => navigate({ type: 'signed-in' }));

  useActivationLink(space, 'impots.lien-expire', {
    onActivated: () => {
      dispatch({ type: 'activate' });
      go('creation-activee');
    },
    onExpired: () => {
      dispatch({ type: 'link-expired' });
      go('creation-envoye');
    },
  });

  const check = (nif: string, password: string): Credentials => {
    if (nif !== normaliseIdentifier(p.impots.numero_fiscal)) return 'wrong';
    if (createdHere) {
      if (space.status === 'pending') return 'pending';
      return password === space.password ? 'ok' : 'wrong';
    }
    if (p.impots.espace_cree === false) return 'no-space';
    return password === p.impots.mot_de_passe ? 'ok' : 'wrong';
  };

  const amounts = declaredAmounts(p, declaration);
  const boxes = shownBoxes(p, declaration.added);
  const estimate = () => estimateIncomeTax(householdOf(p, amounts));
  const openAsdir = () => {
    if (!declaration.signed) return;
    const { at } = declaration.signed;
    openDocument?.(
      asdirDocument(p, {
        boxes,
        amounts,
        estimate: estimate(),
        signedAt: at,
        reference: asdirReference(p.impots.numero_fiscal, at, addressLine),
        address: addressLine,
      }),
    );
  };
  const sign = () => {
    const at = now();
    const numero = declarationNumber(p.impots.numero_fiscal, at);
    dispatch({ type: 'sign', signature: { at, numero } });
    send((folder) => receiptMail(incomeYear, numero, at, folder));
    navigate({ type: 'signed' });
  };

  /**
   * The avis on the income being declared: made from the signed declaration, else the persona's
   * own (when it has one for that year); none for a declaration never signed.
   */
  const currentNotice = (): { notice: TaxNotice; address: string } | undefined => {
    if (declaration.signed) return { notice: declaredNotice(p, estimate(), addressLine), address: addressLine };
    const own = p.impots.avis.find((notice) => notice.revenus_de === incomeYear);
    return own && { notice: own, address: p.adresse };
  };

  const documentYears = (): DocumentYear[] => {
    const years: DocumentYear[] = [];
    const t = now();
    const currentOnline = t >= noticeAvailableFrom(incomeYear);
    const current = currentOnline ? currentNotice() : undefined;
    const thisYear: DocumentYear = {
      year: incomeYear + 1,
      openAsdir: declaration.signed ? openAsdir : undefined,
      openNotice: current && (() => openDocument?.(taxNoticeDocument(p, current.notice, current.address))),
      availableFrom: currentOnline ? undefined : endOfJuly(incomeYear),
    };
    if (thisYear.openAsdir || thisYear.openNotice || thisYear.availableFrom) years.push(thisYear);
    for (const notice of p.impots.avis) {
      if (notice.revenus_de >= incomeYear) continue;
      const online = t >= noticeAvailableFrom(notice.revenus_de);
      years.push({
        year: notice.revenus_de + 1,
        openNotice: online ? () => openDocument?.(taxNoticeDocument(p, notice)) : undefined,
        availableFrom: online ? undefined : endOfJuly(notice.revenus_de),
      });
    }
    return years;
  };

  const flags = [
    ...(signedIn ? ['signed-in'] : []),
    ...(spaceActive ? ['espace-actif'] : []),
    ...(createdHere ? ['espace-cree'] : []),
    ...(space.status === 'pending' ? ['espace-en-attente'] : []),
    ...(campaign.open ? ['campagne-ouverte'] : []),
    ...(declaration.started ? ['declaration-started'] : []),
    ...(declaration.signed ? ['declaration-signed'] : []),
    ...(declaration.signed && campaign.canCorrect ? ['correction-possible'] : []),
  ];

  const signedDeclarationPage =
    declaration.signed !== null && (declarationPages as readonly string[]).includes(nav.page);
  // « Activez votre espace » seen again (« Précédent ») once the space is active: it says so.
  const activatedPage = nav.page === 'creation-envoye' && space.status === 'active';
  const place: ImpotsPage = signedDeclarationPage
    ? 'declaration-accuse'
    : activatedPage
      ? 'creation-activee'
      : nav.page;

  let page: ReactNode;
  switch (place) {
    case 'home':
      page = (
        <Home
          loggedOut={nav.loggedOut}
          onSpace={() => go(signedIn ? 'espace' : 'login')}
          onCreate={() => go('creation-numero')}
        />
      );
      break;
    case 'login':
      page = (
        <Login
          check={check}
          onSignedIn={() => {
            sendCode();
            navigate({ type: 'password-ok' });
          }}
          onForgotten={() => go('mot-de-passe-oublie')}
          onCreate={() => go('creation-numero')}
        />
      );
      break;
    case 'code':
      page = <Code email={email} onResend={sendCode} onVerified={() => navigate({ type: 'signed-in' })} />;
      break;
    case 'mot-de-passe-oublie':
      page = <ForgottenPassword onBack={() => go('login')} />;
      break;
    case 'creation-numero':
    case 'creation-identifiants':
    case 'creation-compte':
      page = (
        <Creation
          step={place === 'creation-numero' ? 'numero' : place === 'creation-identifiants' ? 'identifiants' : 'compte'}
          isKnownNif={(nif) => nif === normaliseIdentifier(p.impots.numero_fiscal)}
          identifiersMatch={(access, income) =>
            (access === p.impots.numero_acces_en_ligne || access === p.impots.numero_acces_en_ligne_precedent) &&
            income === eurosOf(p.impots.revenu_fiscal_reference)
          }
          onStep={(step) => go(creationPages[step])}
          // A space created in this run (waiting for its link, or activated) is not created twice.
          onPending={space.status !== 'none' ? () => go('creation-envoye') : undefined}
          onCreate={(to, password) => {
            dispatch({ type: 'create-space', email: to, password, linkId: sendActivation(to) });
            go('creation-envoye');
          }}
        />
      );
      break;
    case 'creation-envoye':
      page = (
        <ActivationSent
          email={space.email || p.email}
          expired={space.linkExpired}
          onResend={() => dispatch({ type: 'link-sent', linkId: sendActivation(space.email || p.email) })}
        />
      );
      break;
    case 'creation-activee':
      page = <ActivationDone onAccess={() => go('login')} />;
      break;
    case 'espace':
      page = (
        <Espace
          name={`${p.prenom} ${p.nom.toUpperCase()}`}
          numeroFiscal={p.impots.numero_fiscal}
          campaign={campaign}
          declaration={declaration}
          onDeclare={() => {
            dispatch({ type: 'start-declaration' });
            go('declaration-etat-civil');
          }}
          onCorrect={() => {
            dispatch({ type: 'correct' });
            go('declaration-etat-civil');
          }}
          onReceipt={() => go('declaration-accuse')}
        />
      );
      break;
    case 'documents':
      page = <Documents years={documentYears()} />;
      break;
    case 'messagerie':
      page = <Messagerie onBack={() => go('espace')} />;
      break;
    case 'declaration-etat-civil':
      page = (
        <EtatCivil
          p={p}
          address={address}
          onAddress={(a) => dispatch({ type: 'address', address: a })}
          onNext={() => go('declaration-revenus')}
        />
      );
      break;
    case 'declaration-revenus':
      page = (
        <Revenus
          p={p}
          declaration={declaration}
          onAmount={(box, text) => dispatch({ type: 'amount', box, text })}
          onAddBox={(box) => dispatch({ type: 'add-box', box })}
          onPrevious={() => go('declaration-etat-civil')}
          onNext={() => go('declaration-recapitulatif')}
        />
      );
      break;
    case 'declaration-recapitulatif':
      page = (
        <Recapitulatif
          p={p}
          boxes={boxes}
          amounts={amounts}
          estimate={estimate()}
          onPrevious={() => go('declaration-revenus')}
          onSign={sign}
        />
      );
      break;
    case 'declaration-accuse':
      page = declaration.signed ? (
        <Accuse
          incomeYear={incomeYear}
          signature={declaration.signed}
          email={email}
          onAsdir={openAsdir}
          onHome={() => go('espace')}
        />
      ) : (
        <Espace
          name={`${p.prenom} ${p.nom.toUpperCase()}`}
          numeroFiscal={p.impots.numero_fiscal}
          campaign={campaign}
          declaration={declaration}
          onDeclare={() => {
            dispatch({ type: 'start-declaration' });
            go('declaration-etat-civil');
          }}
          onCorrect={() => go('declaration-etat-civil')}
          onReceipt={() => go('espace')}
        />
      );
      break;
  }

  const inSpace = signedIn && signedInPages.includes(place);
  const tab: EspaceTab | null =
    place === 'espace' ? 'accueil' : place === 'documents' ? 'documents' : place === 'messagerie' ? 'messagerie' : null;
  const shownPlace = place === 'declaration-accuse' && !declaration.signed ? 'espace' : place;
  return (
    <div className="impots-site" ref={root} lang="fr" data-flags={flags.join(' ')}>
      <PracticeBanner notThe="le vrai site impots.gouv.fr" />
      <ImpotsHeader
        signedIn={signedIn}
        onHome={() => go('home')}
        onSpace={() => go(signedIn ? 'espace' : 'login')}
        onLogout={() => navigate({ type: 'logout' })}
      />
      <div className="impots-page" data-place={shownPlace}>
        {inSpace && <EspaceMenu current={tab} onGo={(t) => go(tabPages[t])} />}
        {page}
      </div>
      <footer className="impots-footer">
        <p>impots.gouv.fr — site d’entraînement</p>
      </footer>
    </div>
  );
}
