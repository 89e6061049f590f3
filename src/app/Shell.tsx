/**
 * The frame of every page: a skip link, the header (product name, link home, « Mon carnet »,
 * language switch, « Terminer et tout effacer »), the `<main id="contenu">` landmark the skip
 * link leads to, and the inactivity watch of a public computer.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage.ts';
import { InactivityWarning } from '../progress/InactivityWarning.tsx';
import { WipeButton } from '../progress/WipeButton.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import './shell.css';

/**
 * The advisor's presenter and projector windows stay untouched through long parts of a workshop
 * (a talk, a pause; the projector is never touched): no inactivity wipe there.
 */
const awake = /^\/animateur\/(seances|projecteur)\//;

/** Page frame with skip link, header and main landmark. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  useDocumentLanguage();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <Link href="/" className="app-name" aria-label={t('app.homeLink')}>
          <svg className="app-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M4 26h8v-6h8v-6h8" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinejoin="round" />
          </svg>
          {t('app.name')}
        </Link>
        <div className="app-tools">
          <Link href="/carnet" className="carnet-link">
            {t('progress.header.carnet')}
          </Link>
          <LanguageSwitch />
          <WipeButton />
        </div>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      {!awake.test(location) && <InactivityWarning />}
    </>
  );
}
