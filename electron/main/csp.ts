// No electron import: the web host serves the same policy.

/**
 * The renderer loads only its own bundle. 'unsafe-inline' styles are there because AG Grid injects <style> at
 * run time; scripts never get 'unsafe-eval'. In development the dev server is 'self', and its React refresh
 * preamble is an inline script and HMR talks over a websocket to that same origin, so only those two are added.
 */
export function contentSecurityPolicy(dev: string | null): string {
  const script = dev === null ? "'self'" : "'self' 'unsafe-inline'";
  const connect = dev === null ? "'self'" : `'self' ${dev.replace(/^http/, 'ws')}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
