/**
 * FranceConnect's pages, shown inside the tab of the site that sent the learner (the
 * `FranceConnectHost` around it): where the journey is comes from the practice world
 * (`world.franceConnect`), so it is kept with the run and survives a reload.
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FranceConnectJourney, PracticeWorld } from '../../lesson/world.ts';
import { PracticeBanner } from '../framework/PracticeBanner.tsx';
import { useSiteBridge } from '../framework/SiteBridge.tsx';
import { cancelFranceConnect, finishFranceConnect, moveFranceConnect } from '../framework/franceconnect/journey.ts';
import { useSiteBack } from '../framework/siteHistory.tsx';
import { useHeadingFocus } from '../framework/useHeadingFocus.ts';
import { useIncident } from '../framework/useIncident.ts';
import { registry } from '../registry.ts';
import { franceConnectPersona } from './franceConnectPersona.ts';
import { AmeliLogin } from './pages/AmeliLogin.tsx';
import { ChoixFournisseur } from './pages/ChoixFournisseur.tsx';
import { Confirmation } from './pages/Confirmation.tsx';
import { FranceConnectHeader } from './pages/FranceConnectHeader.tsx';
import { ImpotsLogin } from './pages/ImpotsLogin.tsx';
import { Indisponible } from './pages/Indisponible.tsx';
import { NonCopie } from './pages/NonCopie.tsx';
import { providerOf, providers, type ProviderId } from './providers.ts';
import './franceconnect.css';

/** The place of the navigation map a journey's page is (`navigation.ts`). */
function placeOf(journey: FranceConnectJourney): string {
  if (journey.page !== 'fournisseur') return `franceconnect-${journey.page}`;
  const provider = providerOf(journey.provider);
  return provider?.copied ? `franceconnect-${provider.id}` : 'franceconnect-non-copie';
}

/** Where « Précédent » goes from each page: the choice of a provider, or back on the site. */
function back(world: PracticeWorld): PracticeWorld {
  return world.franceConnect?.page === 'choix' ? cancelFranceConnect(world) : moveFranceConnect(world, 'choix');
}

/** FranceConnect's pages; nothing when no journey is on. Takes no props: all comes from the bridge. */
export function FranceConnectSite() {
  const { persona, world, updateWorld } = useSiteBridge();
  const p = useMemo(() => franceConnectPersona(persona), [persona]);
  const journey = world.franceConnect;
  const incident = useIncident('franceconnect.fournisseur-indisponible');
  const root = useRef<HTMLDivElement>(null);
  const place = journey ? placeOf(journey) : 'none';
  useHeadingFocus(root, place);
  // Arriving from the site's button: the focus goes to the page's title, as on a new page.
  useEffect(() => root.current?.querySelector<HTMLElement>('h1')?.focus(), []);
  useSiteBack(journey ? () => updateWorld(back) : null);

  const cancel = useCallback(() => updateWorld(cancelFranceConnect), [updateWorld]);
  const toChoice = useCallback(() => updateWorld((w) => moveFranceConnect(w, 'choix')), [updateWorld]);
  const choose = (id: ProviderId) => {
    // The incident makes the next provider with a practice copy fail, once.
    const unavailable = providers[id].copied && incident.active;
    updateWorld((w) => moveFranceConnect(w, unavailable ? 'indisponible' : 'fournisseur', id));
    if (unavailable) incident.clear();
  };
  const signedIn = () => updateWorld((w) => moveFranceConnect(w, 'confirmation'));

  if (!journey) return null;
  const service = registry.site(journey.from)?.tabLabel ?? journey.from;
  const provider = providerOf(journey.provider);
  const onProvider = journey.page === 'fournisseur' && provider?.copied;

  let page: ReactNode;
  switch (journey.page) {
    case 'choix':
      page = <ChoixFournisseur service={service} onChoose={choose} onCancel={cancel} />;
      break;
    case 'fournisseur':
      page =
        provider?.id === 'impots' ? (
          <ImpotsLogin p={p} onSignedIn={signedIn} onCancel={cancel} />
        ) : provider?.id === 'ameli' ? (
          <AmeliLogin p={p} onSignedIn={signedIn} onCancel={cancel} />
        ) : (
          <NonCopie
            provider={provider ?? providers.laposte}
            service={service}
            onOtherAccount={toChoice}
            onCancel={cancel}
          />
        );
      break;
    case 'indisponible':
      page = <Indisponible provider={provider} service={service} onOtherAccount={toChoice} onCancel={cancel} />;
      break;
    case 'confirmation':
      page = (
        <Confirmation p={p} provider={provider} service={service} onContinue={() => updateWorld(finishFranceConnect)} />
      );
      break;
  }

  return (
    <div className="fcp-site" ref={root} lang="fr">
      <PracticeBanner notThe={onProvider ? `le vrai site ${provider.domain}` : 'le vrai FranceConnect'} />
      {!onProvider && <FranceConnectHeader />}
      <div className={onProvider ? 'fcp-main fcp-main--provider' : 'fcp-main'} data-place={place}>
        {page}
      </div>
    </div>
  );
}
