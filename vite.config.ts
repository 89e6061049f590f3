/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './src/compiler/vite/lessonsPlugin.ts';
import { prerenderPlugin } from './src/compiler/vite/prerenderPlugin.ts';
import { sessionsPlugin } from './src/compiler/vite/sessionsPlugin.ts';
import { offlineCachePlugin } from './src/offline/offlineCachePlugin.ts';

/**
 * The built app's Content-Security-Policy: scripts, styles, images, fonts and requests from its
 * own origin only (no inline script, no `eval`, no other site). React sets `style` through the
 * DOM, which the policy allows. Only in the build: the dev server's React refresh is an inline script.
 */
const contentSecurityPolicy = "default-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'pas-a-pas:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // The lesson compiler runs before the React plugin: it turns MDX into JS that React's plugin then sees.
  plugins: [
    lessonsPlugin(),
    sessionsPlugin(),
    react(),
    contentSecurityPolicyPlugin(),
    prerenderPlugin(),
    offlineCachePlugin(),
  ],
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Above Testing Library's wait limit (tests/setup.ts), so a broken wait names its element.
    testTimeout: 90_000,
    // One worker per core: vitest's default leaves one core idle, which on CI's two cores ran the
    // test files one at a time (over an hour instead of about half).
    maxWorkers: '100%',
  },
});
