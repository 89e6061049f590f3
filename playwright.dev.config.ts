import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * End-to-end tests of what exists only in `npm run dev` — the author preview and its live update
 * when a lesson file is saved — against the Vite dev server, in Debian's Chromium:
 * `npx playwright test -c playwright.dev.config.ts`.
 */
export default defineConfig({
  ...base,
  testMatch: 'authorPreview.spec.ts',
  testIgnore: [],
  use: { ...base.use, baseURL: 'http://127.0.0.1:5174' },
  webServer: {
    command: 'node_modules/.bin/vite --host 127.0.0.1 --port 5174 --strictPort',
    url: 'http://127.0.0.1:5174',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
