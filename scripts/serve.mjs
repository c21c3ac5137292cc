#!/usr/bin/env node
/**
 * A small static file server for the demo and the end-to-end tests: it serves the project
 * folder on 127.0.0.1, as UTF-8, with whatever response headers a caller asks for (a test
 * page's Content-Security-Policy, say). `npm start` runs it after building.
 */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{root?: string, port?: number, headers?: (url: URL) => Record<string, string>}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve({root = '.', port = 0, headers = () => ({})} = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The project folder has no page of its own: its root leads to the demo.
    if (url.pathname === '/') return response.writeHead(302, {location: '/demo/'}).end();
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed percent-escape (`/%E0%A4%A`) is the client's mistake, not a reason to stop serving.
      return response.writeHead(400, {'content-type': 'text/plain; charset=utf-8'}).end('Bad request');
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(url),
      });
      response.end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {url} = await serve({port: Number(process.env.PORT ?? 8000)});
  console.log(
    `Demo: ${url}/demo/ (Swedish), ${url}/demo/en.html (English), ${url}/demo/languages.html (every language)\n` +
      `Configurator: ${url}/demo/configurator.html`,
  );
}
