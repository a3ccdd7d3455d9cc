// A static file server on 127.0.0.1 for the end-to-end tests and benchmarks: serves a trunk
// `dist/` folder under a sub-path (as a newsroom's static host would), records every request,
// and can serve a host page that embeds the app in an iframe from another origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Serves `root` at `http://127.0.0.1:<port><prefix>`; everything outside the prefix is 404. */
export async function serveDist(root, prefix = '/newsroom/astana/') {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ path, url: req.url });
    if (!path.startsWith(prefix)) return notFound(res);
    let file = path.slice(prefix.length) || 'index.html';
    file = normalize(file);
    if (file.startsWith('..')) return notFound(res);
    try {
      const body = await readFile(join(root, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  const origin = await listen(server);
  return { origin, url: origin + prefix, requests, close: () => close(server) };
}

/** Serves one HTML page at `/` on its own port (so: another origin). */
export async function servePage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  const origin = await listen(server, 'localhost');
  return { origin, close: () => close(server) };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

function listen(server, host = '127.0.0.1') {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://${host}:${server.address().port}`)),
  );
}

function close(server) {
  return new Promise((resolve) => server.close(resolve));
}
