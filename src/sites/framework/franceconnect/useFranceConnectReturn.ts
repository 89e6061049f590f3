/**
 * How a site learns that a FranceConnect login it started succeeded: the return is waiting in the
 * world (`franceConnectReturns`); the site signs in (its navigation goes to its signed-in home)
 * and the return is removed, so it is taken up once, even after a reload.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSiteBridge } from '../SiteBridge.tsx';

/** Calls `onSignedIn` once each time a FranceConnect login started on `site` comes back. */
export function useFranceConnectReturn(site: string, onSignedIn: () => void): void {
  const { world, updateWorld } = useSiteBridge();
  const pending = (world.franceConnectReturns ?? []).includes(site);
  const latest = useRef(onSignedIn);
  useLayoutEffect(() => {
    latest.current = onSignedIn;
  });
  useEffect(() => {
    if (!pending) return;
    latest.current();
    updateWorld((w) => ({ ...w, franceConnectReturns: (w.franceConnectReturns ?? []).filter((s) => s !== site) }));
  }, [pending, site, updateWorld]);
}
