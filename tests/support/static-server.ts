// A tiny static file server on a random localhost port, for loading the built pane in a browser.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** Bodies served instead of files, by URL path (e.g. "/office-js/office.js"). */
  overrides?: Record<string, { body: string; type: string }>;
}

/** Serves `root` (GET and HEAD only; nothing outside it) on 127.0.0.1 at a port the OS picks. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      requests.push(pathname);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      const override = options.overrides?.[pathname];
      if (override) {
        response.writeHead(200, { 'Content-Type': override.type, 'Cache-Control': 'no-store' }).end(request.method === 'HEAD' ? undefined : override.body);
        return;
      }
      const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file);
        const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
