/**
 * Vite plugin (build only): after the browser bundle is written, builds `renderPage.tsx` for Node,
 * renders every page of `prerenderRoutes()` into a copy of `dist/index.html` — the root's HTML,
 * `<html lang>`, the title — and adds `<link rel="modulepreload">` for the chunks the page needs at
 * once (its lazy page, its lesson, its site), and inlines its styles (`inlineStylesheets`), so the
 * first screen paints before any script runs and nothing waits in line. `dist/index.html` becomes
 * the French home page.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import type { PrerenderedRoute, RenderedPage } from '../../app/prerender/renderPage.tsx';
import { inlineStylesheets } from './inlineStylesheets.ts';

/** What the Node build of `renderPage.tsx` exports. */
interface RenderModule {
  prerenderRoutes(): PrerenderedRoute[];
  renderPage(url: string): Promise<RenderedPage>;
  routeModules(url: string): string[];
}

const entry = 'src/app/prerender/renderPage.tsx';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The files a chunk needs, itself first, then what it imports statically (not those of the entry). */
function chunkFiles(bundle: Rollup.OutputBundle, fileName: string, skip: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (seen.has(name) || skip.has(name) || chunk?.type !== 'chunk') return;
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return [...seen];
}

/** Writes one page: the template with the rendered root, language, title and preloads. */
export function pageHtml(
  template: string,
  url: string,
  page: RenderedPage,
  preloads: readonly string[],
  styles: readonly string[] = [],
): string {
  const links = [
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join('\n    ');
  const withRoot = template.replace(
    /<div id="root"><\/div>/,
    () => `<div id="root" data-prerendered="${escapeHtml(url)}">${page.html}</div>`,
  );
  if (withRoot === template) throw new Error('index.html must contain <div id="root"></div> to prerender into.');
  return withRoot
    .replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${page.language}" dir="${page.dir}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => (links ? `  ${links}\n  </head>` : '</head>'));
}

/** The prerender step of `vite build`. */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  let mode = 'production';
  let outDir = 'dist';
  return {
    name: 'pas-a-pas:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      configFile = config.configFile;
      mode = config.mode;
      outDir = resolve(root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const template = String(html.source);
      // Inside the project, so that the Node build resolves the same node_modules.
      mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
      const work = mkdtempSync(join(root, 'node_modules/.cache/prerender-'));
      try {
        await build({
          root,
          configFile,
          mode,
          logLevel: 'warn',
          build: { ssr: resolve(root, entry), outDir: work, emptyOutDir: true, sourcemap: false, copyPublicDir: false },
        });
        const render = (await import(pathToFileURL(join(work, 'renderPage.js')).href)) as RenderModule;
        const cssOf = (file: string) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? String(asset.source) : undefined;
        };
        const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
        const main = chunks.find((chunk) => chunk.isEntry);
        const atStart = new Set(main ? chunkFiles(bundle, main.fileName, new Set()) : []);
        const byModule = new Map(
          chunks.flatMap((chunk) =>
            chunk.facadeModuleId ? [[relative(root, chunk.facadeModuleId).split('\\').join('/'), chunk.fileName]] : [],
          ),
        );
        for (const route of render.prerenderRoutes()) {
          const page = await render.renderPage(route.url);
          const preloads = [
            ...new Set(
              render.routeModules(route.url).flatMap((id) => {
                const file = byModule.get(id);
                return file ? chunkFiles(bundle, file, atStart) : [];
              }),
            ),
          ];
          // The page's own styles at once, so the prerendered screen does not change when its chunk runs.
          const styles = [
            ...new Set(
              preloads.flatMap((name) => {
                const chunk = bundle[name];
                return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
              }),
            ),
          ];
          const file = join(outDir, route.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, inlineStylesheets(pageHtml(template, route.url, page, preloads, styles), cssOf));
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
