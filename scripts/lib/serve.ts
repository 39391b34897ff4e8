/**
 * A small static file server for dist/: used by `npm run preview` and by the
 * browser tests. Serves under an optional base path, resolves `dir/` to
 * `dir/index.html`, never serves outside the root, and lets browsers cache
 * what they may (`cachingHeaders`).
 */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.bib': 'text/plain; charset=utf-8',
};

export interface Served {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * How long a browser may keep a file. Astro names the files of _astro/ by their content's hash, so those
 * are kept for good, as a host would let them be; anything else is asked for again each time, with a
 * validator, so an unchanged file costs a 304 instead of its bytes (and Chromium keeps the script and
 * WebAssembly it compiled). Without either, Chromium fetched and compiled the same stylesheet, scripts
 * and Pagefind's WebAssembly again on every page: the browser tests open hundreds of pages, and a quarter
 * of each page load went on that.
 */
export function cachingHeaders(path: string, base: string, file: { size: number; mtimeMs: number }): { 'Cache-Control': string; ETag?: string } {
  if (path.startsWith(`${base}_astro/`)) return { 'Cache-Control': 'public, max-age=31536000, immutable' };
  return { 'Cache-Control': 'no-cache', ETag: `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"` };
}

export function serve(root: string, options: { port?: number; base?: string } = {}): Promise<Served> {
  const dir = resolve(root);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    let file = normalize(join(dir, path.slice(base.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res);
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...cachingHeaders(path, base, statSync(file)) };
    if (headers.ETag && req.headers['if-none-match'] === headers.ETag) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  function notFound(res: import('node:http').ServerResponse) {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('Not found');
  }
  return new Promise((ok) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({
        server,
        url: `http://127.0.0.1:${port}${base}`,
        // close() alone waits for every open connection to end, and a browser may hold one that never sends a
        // request (a preconnect) until the server's header timeout: the server is done with all of them.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
