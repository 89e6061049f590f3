import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` end as soon as the element (or the awaited state) appears: this limit
// never makes a passing test slower, it only bounds a genuinely broken one. Testing Library's
// default (1 s) expired while a lazy site chunk was still loading on a loaded 2-core machine, and
// failed tests that were right. Keep vitest's `testTimeout` (vite.config.ts) above this value, so
// that a broken wait reports the element it waited for rather than a bare test timeout.
configure({ asyncUtilTimeout: 60_000 });

afterEach(cleanup);

// A run in progress is kept for the tab (sessionStorage): each test starts with a fresh tab.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
