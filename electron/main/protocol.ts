import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from './csp.ts';
import { APP_HOST, APP_SCHEME } from './trusted-url.ts';

/**
 * Must run before `app` is ready. Standard + secure gives the renderer a real origin (`app://qm`) that
 * Chromium's same-origin rules and our CSP's 'self' apply to; nothing more (no CSP bypass, no service workers).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Map a request URL to a file inside `root`, or null. The containment check runs on the path resolved after
 * percent-decoding, so encoded `..`, backslashes (Windows) and drive letters cannot climb out of `root`.
 * Paths without an extension fall back to index.html so a client-side route survives a reload. `paths` lets
 * tests check Windows path rules on any machine.
 */
export function resolveAppFile(
  root: string,
  requestUrl: string,
  paths: path.PlatformPath = path,
): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0')) return null;
  const base = paths.resolve(root);
  const file = paths.resolve(base, `.${pathname}`);
  if (file !== base && !file.startsWith(base + paths.sep)) return null;
  if (file === base || paths.extname(file) === '') return paths.join(base, 'index.html');
  return file;
}

/** Serve the built renderer from `root` on `app://qm/`, each response carrying the CSP. */
export function serveRenderer(root: string): void {
  const headers = (type: string) => ({
    'content-type': type,
    'content-security-policy': contentSecurityPolicy(null),
    'x-content-type-options': 'nosniff',
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(root, request.url);
    if (file === null) return new Response('Not found', { status: 404, headers: headers('text/plain') });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        status: 200,
        headers: headers(MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'),
      });
    } catch {
      return new Response('Not found', { status: 404, headers: headers('text/plain') });
    }
  });
}
