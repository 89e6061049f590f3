/**
 * A small static server for a built folder, as a static host serves it: gzip when the browser
 * accepts it, `<path>/index.html` or `<path>.html` for `/<path>` when the build has one
 * (prerendered pages: `/en/`, `/lecons/x`), and, for the app, the SPA fallback to `index.html` for any other path without a file extension.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt']);

/** A running server: its address and how to stop it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file that answers `pathname` in `root`, or undefined for a 404. */
function fileFor(root: string, pathname: string, spaFallback: boolean): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (isFile(path)) return path;
  if (isFile(join(path, 'index.html'))) return join(path, 'index.html');
  // A prerendered page: `/lecons/x` is `lecons/x.html`, as `vite preview` and static hosts serve it.
  if (extname(relative) === '' && isFile(`${path}.html`)) return `${path}.html`;
  if (spaFallback && extname(relative) === '') return join(root, 'index.html');
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1, on a port the system chooses (so that two runs never collide).
 * `spaFallback`: answer unknown paths with `index.html` (the app's client-side routes).
 */
export async function serveFolder(root: string, { spaFallback = false } = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = fileFor(root, pathname, spaFallback);
    if (!path) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const extension = extname(path);
    const headers: Record<string, string> = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    let body: Buffer = readFileSync(path);
    if (compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const cached = gzipped.get(path) ?? gzipSync(body, { level: 9 });
      gzipped.set(path, cached);
      body = cached;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
