/**
 * The « S'identifier avec FranceConnect » button, as the real sites show it (dark blue, FranceConnect's
 * mark, « Qu'est-ce que FranceConnect ? » below): it is the target `<site>.connexion.franceconnect`,
 * which each site declares in its targets, and starts the FranceConnect journey inside the site's tab.
 */
import { useId, useState } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { useSiteBridge } from '../SiteBridge.tsx';
import { TargetButton } from '../TargetButton.tsx';
import { FranceConnectMark } from './FranceConnectMark.tsx';
import { startFranceConnect } from './journey.ts';
import './franceConnectButton.css';

export interface FranceConnectButtonProps {
  /** The id of the site whose login page shows it. */
  site: string;
  /** Its target (default: `<site>.connexion.franceconnect`; the CAF keeps its older `caf.login.franceconnect`). */
  target?: TargetId;
}

/** `<FranceConnectButton site="caf" />`: the button and its « Qu'est-ce que FranceConnect ? » link. */
export function FranceConnectButton({ site, target }: FranceConnectButtonProps) {
  const { updateWorld } = useSiteBridge();
  const [about, setAbout] = useState(false);
  const aboutId = useId();
  return (
    <div className="fc-button-block">
      <TargetButton
        target={target ?? `${site}.connexion.franceconnect`}
        className="fc-button"
        onPress={() => updateWorld((w) => startFranceConnect(w, site))}
      >
        <FranceConnectMark className="fc-button__mark" />
        <span className="fc-button__text">
          <span className="fc-button__login">S’identifier avec</span>{' '}
          <span className="fc-button__brand">FranceConnect</span>
        </span>
      </TargetButton>
      <p className="fc-button__about">
        <button
          type="button"
          className="fc-button__about-link"
          aria-expanded={about}
          aria-controls={aboutId}
          onClick={() => setAbout((open) => !open)}
        >
          Qu’est-ce que FranceConnect ?
        </button>
      </p>
      <p id={aboutId} className="fc-button__about-text" hidden={!about}>
        FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en
        ligne.
      </p>
    </div>
  );
}
