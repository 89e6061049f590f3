/**
 * The app: routes inside the shell. The lesson and card pages are lazy chunks, so the home page
 * stays light; the player, the lessons and the practice sites load only when needed.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation, type BaseLocationHook } from 'wouter';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { Shell } from './Shell.tsx';

const LessonPage = lazy(() => import('./LessonPage.tsx').then((m) => ({ default: m.LessonPage })));
const CardPage = lazy(() => import('./CardPage.tsx').then((m) => ({ default: m.CardPage })));

export interface AppProps {
  /** Location hook for the router (default: the browser's address); tests pass `memoryLocation().hook`. */
  hook?: BaseLocationHook;
  /** The path to render at build time, where there is no browser location. */
  ssrPath?: string;
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
          <Route path="/lecons/:id/carte">{({ id }) => <CardPage key={id} id={id} />}</Route>
          <Route path="/lecons/:id">{({ id }) => <LessonPage key={id} id={id} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

/** The whole app: shell and routes. */
export function App({ hook, ssrPath }: AppProps) {
  return (
    <Router {...(hook ? { hook } : {})} {...(ssrPath ? { ssrPath } : {})}>
      <Shell>
        <Routes />
      </Shell>
    </Router>
  );
}
