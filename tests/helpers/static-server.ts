/**
 * Serves a built site on a loopback port, as any static host would: `dist/` at the root by default,
 * or another directory under a sub-path (`serveDist({ dir, base: '/zjtx/' })`), with 404 outside it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  /** The origin, without the base path: `${url}${base}` is the home page. */
  url: string;
  base: string;
  /** Every path asked of the server, in order: what reached the network rather than a service worker. */
  hits: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The built site; default `dist/`. */
  dir?: string;
  /** The path the site is served under, with slashes at both ends; default `/`. */
  base?: string;
}

export async function serveDist(options: string | ServeOptions = {}): Promise<StaticServer> {
  const { dir = 'dist', base = '/' } = typeof options === 'string' ? { dir: options } : options;
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base 应以“/”开头和结尾：${base}`);
  const root = resolve(dir);
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new Error(`找不到构建好的站点（${root}/index.html）。请先运行 npm run build。`);
  }
  const hits: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      // As static hosts do: the site's own 404.html, with the status 404.
      const page = await readFile(join(root, '404.html')).catch(() => null);
      if (page) res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    base,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
