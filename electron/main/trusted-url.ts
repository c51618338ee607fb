/**
 * Which URLs are the app's own. Every security decision in main (IPC sender, navigation, events) goes through
 * here, and always by parsing: string prefixes let `app://qm.evil/` or `http://localhost:5173@evil/` through.
 */

/** The renderer is served from this privileged scheme (see protocol.ts), never from file:, which grants more. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qm';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type UrlCheck = (url: string) => boolean;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Exactly `app://qm/…`: no credentials, no port, and the host compared whole, not as a prefix. */
function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

/**
 * The dev server's exact origin (electron-vite sets ELECTRON_RENDERER_URL in `dev` only), or null when the value
 * is not a plain http(s) origin. Only ever passed in unpackaged runs, so an environment variable cannot point a
 * shipped app at someone else's server.
 */
export function devOrigin(rendererUrl: string | undefined): string | null {
  if (!rendererUrl) return null;
  const url = parse(rendererUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    return null;
  return url.origin;
}

/** Build the check once: the app scheme always, plus the dev server's origin when one is given. */
export function trustedUrlCheck(dev: string | null): UrlCheck {
  return (raw) => {
    const url = parse(raw);
    if (!url) return false;
    if (isAppUrl(url)) return true;
    return dev !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev;
  };
}

/** Where the window starts: the dev server while developing, the app scheme otherwise. */
export const entryUrl = (dev: string | null): string => (dev === null ? APP_ENTRY_URL : `${dev}/`);

/** Links the renderer may hand to the OS browser: https only, after parsing, never credentials. */
export function externalLink(raw: string): string | null {
  const url = parse(raw);
  if (!url || url.protocol !== 'https:' || url.username || url.password) return null;
  return url.href;
}
