/**
 * The build's service worker (vite-plugin-pwa, `injectManifest`): `src/offline/sw.ts` bundled to
 * `dist/sw.js` with the list of every built file to keep offline — the entry, every lazy chunk
 * (lessons, practice sites, pdf-lib, the advisor's pages), CSS, fonts, images and every HTML page
 * (`dist/index.html`, `dist/lecons/x.html`, `dist/en/…`, `dist/404.html`). Source maps are left out. The list is made after the
 * other plugins have written their files (`closeBundleOrder: 'post'`), so prerendered pages are in it.
 *
 * No manifest, no icons, and no registration script in the HTML (the Content-Security-Policy
 * allows no inline script): `registerOfflineCache.ts` registers the worker from the app's code.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The largest file the list may hold (pdf-lib's chunk is the largest): a larger one fails the build. */
const largestFile = 3 * 1024 * 1024;

/** The offline cache's Vite plugins, for `vite.config.ts`. */
export function offlineCachePlugin(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    includeManifestIcons: false,
    integration: { closeBundleOrder: 'post' },
    injectManifest: {
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', 'sw.js'],
      maximumFileSizeToCacheInBytes: largestFile,
      sourcemap: false,
      // A classic script (every browser that has service workers runs it), built without the deprecated option the `es` format sets.
      rollupFormat: 'iife',
    },
  });
}
