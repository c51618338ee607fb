import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch.ts';
import type { Session } from '../core/session.ts';
import { contentSecurityPolicy } from '../main/csp.ts';

/** Largest request body accepted: the contract's inputs are small; bulk data arrives as files, not bodies. */
export const MAX_BODY_BYTES = 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface WebHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  session: Session;
  dispatch: Dispatch;
  /** Built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

/**
 * Loopback host for the same dispatch the Electron app uses. Guards: bound to 127.0.0.1 only; the Host header
 * must name that address (defeats DNS rebinding); a random per-run token is required on every API call; a request
 * carrying a foreign Origin is refused; bodies are size-limited. The token reaches the page inside index.html,
 * which other origins cannot read.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = crypto.randomBytes(24).toString('base64url');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const streams = new Set<http.ServerResponse>();

  const unsubscribe = options.session.on((event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const res of streams) res.write(data);
  });

  server.on('request', (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
      console.error('web host:', err);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (!allowedHosts.has(req.headers.host ?? '')) return sendJson(res, 421, { error: 'wrong host' });
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${port}`) {
      return sendJson(res, 403, { error: 'foreign origin' });
    }
    if (url.pathname === '/api/invoke') return invoke(req, res);
    if (url.pathname === '/api/events') return events(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    return serveStatic(res, url.pathname);
  }

  const tokenOk = (given: string | undefined | null): boolean => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && crypto.timingSafeEqual(a, b);
  };

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
    if (!tokenOk(bearer(req.headers.authorization))) return sendJson(res, 401, { error: 'token required' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { error: 'application/json required' });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return sendJson(res, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
    let message: { method?: unknown; input?: unknown };
    try {
      message = JSON.parse(body) as typeof message;
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    const result = await options.dispatch(String(message.method ?? ''), message.input);
    sendJson(res, 200, result);
  }

  function events(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (!tokenOk(url.searchParams.get('token'))) return sendJson(res, 401, { error: 'token required' });
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const root = path.resolve(options.rendererDir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return sendJson(res, 400, { error: 'bad path' });
    }
    const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
    if (file !== root && !file.startsWith(root + path.sep)) return sendJson(res, 403, { error: 'outside the app' });
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
    if (!fs.existsSync(target)) return sendJson(res, 503, { error: 'renderer not built: run `npm run build`' });
    let content = fs.readFileSync(target);
    if (target.endsWith('index.html')) {
      content = Buffer.from(
        content.toString('utf8').replace('</head>', `<meta name="qm-token" content="${token}" />\n</head>`),
      );
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy(null),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(content);
  }

  return {
    url: `${origin}/`,
    token,
    close: async () => {
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const bearer = (header: string | undefined): string | undefined =>
  header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

/** Resolves null when the body passes `limit`, without buffering more than that. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
