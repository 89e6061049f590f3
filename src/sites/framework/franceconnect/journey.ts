/**
 * The FranceConnect journey in the practice world (`PracticeWorld.franceConnect`): started by a
 * site's button, moved by FranceConnect's pages, ended by « Annuler » or by the return, signed in.
 * Kept with the run, so a reload comes back to the same page.
 */
import type { FranceConnectJourney, PracticeWorld } from '../../../lesson/world.ts';
import { franceConnectAddress, providerOf } from '../../franceconnect/providers.ts';

/** `world` with a journey started from `site`'s login page, on the choice of a provider. */
export function startFranceConnect(world: PracticeWorld, site: string): PracticeWorld {
  return { ...world, franceConnect: { from: site, page: 'choix' } };
}

/** `world` with the journey on `page` (with `provider`, kept when not given). */
export function moveFranceConnect(
  world: PracticeWorld,
  page: FranceConnectJourney['page'],
  provider?: string,
): PracticeWorld {
  const journey = world.franceConnect;
  if (!journey) return world;
  const chosen = provider ?? (page === 'choix' ? undefined : journey.provider);
  return {
    ...world,
    franceConnect: { from: journey.from, page, ...(chosen === undefined ? {} : { provider: chosen }) },
  };
}

/** `world` without the journey: « Annuler », back on the site's login page. */
export function cancelFranceConnect(world: PracticeWorld): PracticeWorld {
  const rest = { ...world };
  delete rest.franceConnect;
  return rest;
}

/** `world` with the journey ended signed in: the site that started it takes the login up (`useFranceConnectReturn`). */
export function finishFranceConnect(world: PracticeWorld): PracticeWorld {
  const journey = world.franceConnect;
  if (!journey) return world;
  return {
    ...cancelFranceConnect(world),
    franceConnectReturns: [...(world.franceConnectReturns ?? []).filter((s) => s !== journey.from), journey.from],
    franceConnectLogins: [
      ...(world.franceConnectLogins ?? []),
      { site: journey.from, provider: journey.provider ?? '' },
    ],
  };
}

/**
 * The address the practice browser shows for `site`'s tab while a journey started there is on:
 * FranceConnect's, or the provider's on its login page (a copied one); `undefined` when there is none.
 */
export function journeyAddress(world: PracticeWorld, site: string): string | undefined {
  const journey = world.franceConnect;
  if (journey?.from !== site) return undefined;
  const provider = providerOf(journey.provider);
  return journey.page === 'fournisseur' && provider?.copied ? provider.address : franceConnectAddress;
}
