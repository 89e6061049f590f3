/**
 * The app: the progress store around routes inside the shell. The lesson, card, carnet and
 * progress-code pages are lazy chunks, so the home page stays light; the player, the lessons,
 * the practice sites, the learner model and the QR encoder load only when needed.
 */
import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import { isLanguage } from '../i18n/i18n.ts';
import { languagePath, pathIn } from '../i18n/languagePath.ts';
import { ProgressProvider } from '../progress/ProgressProvider.tsx';
import type { ProgressStore } from '../progress/progressStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { Shell } from './Shell.tsx';

const LessonPage = lazy(() => import('./LessonPage.tsx').then((m) => ({ default: m.LessonPage })));
const CardPage = lazy(() => import('./CardPage.tsx').then((m) => ({ default: m.CardPage })));
const CarnetRoute = lazy(() => import('../progress/CarnetRoute.tsx').then((m) => ({ default: m.CarnetRoute })));
const ProgressCodePage = lazy(() =>
  import('../progress/ProgressCodePage.tsx').then((m) => ({ default: m.ProgressCodePage })),
);
const ResumePage = lazy(() => import('../progress/ResumePage.tsx').then((m) => ({ default: m.ResumePage })));
/** The advisor's pages (`/animateur`): a lazy chunk of their own. */
const AdvisorRoutes = lazy(() => import('../advisor/AdvisorRoutes.tsx').then((m) => ({ default: m.AdvisorRoutes })));
/** The author preview (`/auteur`): in `npm run dev` only, so the build leaves it out. */
const AuthorPreview = import.meta.env.DEV
  ? lazy(() => import('../author/AuthorRoutes.tsx').then((m) => ({ default: m.AuthorRoutes })))
  : undefined;

export interface AppProps {
  /** Location hook for the router (default: the browser's address); tests pass `memoryLocation().hook`. */
  hook?: BaseLocationHook;
  /** Search hook for the router (default: the browser's query string); tests pass `memoryLocation().searchHook`. */
  searchHook?: BaseSearchHook;
  /** The path to render at build time, where there is no browser location. */
  ssrPath?: string;
  /** The progress store (default: one on `localStorage`); tests pass their own. */
  progressStore?: ProgressStore;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function Routes() {
  const [location] = useLocation();
  return (
    <ErrorBoundary key={location}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/carnet" component={CarnetRoute} />
          <Route path="/carnet/code" component={ProgressCodePage} />
          <Route path="/reprendre" component={ResumePage} />
          <Route path="/lecons/:id/carte">{({ id }) => <CardPage key={id} id={id} />}</Route>
          <Route path="/lecons/:id">{({ id }) => <LessonPage key={id} id={id} />}</Route>
          <Route path="/animateur" nest component={AdvisorRoutes} />
          {AuthorPreview && <Route path="/auteur" nest component={AuthorPreview} />}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The routes under the address's language prefix (`/en/…`): links and navigation stay in that
 * language, and an address in a language (Back to `/en/…`) puts the UI in it.
 */
function LanguageRouter({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { i18n } = useTranslation();
  const { language, base } = languagePath(location);
  const prefixed = base !== '';
  useEffect(() => {
    if (prefixed && i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [prefixed, language, i18n]);
  return <Router base={base}>{children}</Router>;
}

/** The progress store, which sends the app home (in the language the UI is now in) after a wipe. */
function WithProgress({ store }: { store: ProgressStore | undefined }) {
  const [, navigate] = useLocation();
  const { i18n } = useTranslation();
  const home = useCallback(() => {
    const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';
    navigate(`~${pathIn(language, '/')}`, { replace: true });
  }, [navigate, i18n]);
  return (
    <ProgressProvider {...(store ? { store } : {})} onWiped={home}>
      <Shell>
        <Routes />
      </Shell>
    </ProgressProvider>
  );
}

/** The whole app: progress store, shell and routes. */
export function App({ hook, searchHook, ssrPath, progressStore }: AppProps) {
  return (
    <Router {...(hook ? { hook } : {})} {...(searchHook ? { searchHook } : {})} {...(ssrPath ? { ssrPath } : {})}>
      <LanguageRouter>
        <WithProgress store={progressStore} />
      </LanguageRouter>
    </Router>
  );
}
