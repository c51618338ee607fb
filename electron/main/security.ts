import { app, session, shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from './csp.ts';
import { externalLink, type UrlCheck } from './trusted-url.ts';

/** Nothing the console does needs a camera, location, notifications, USB or clipboard-read: refuse all. */
function denyPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Only the app's own responses get our CSP: DevTools pages share the session and would break under it. Any
 * CSP already on the response is replaced, not merged, so ours is the one that holds.
 */
function enforceCsp(ses: Session, isTrusted: UrlCheck, csp: string): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isTrusted(details.url)) return callback({});
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

/** Applied to every WebContents the app ever creates, so a later window cannot forget it. */
function hardenContents(contents: WebContents, isTrusted: UrlCheck): void {
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isTrusted(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link !== null) void shell.openExternal(link);
    return { action: 'deny' };
  });
}

/** Install the whole posture; call once, before the first window. */
export function applySecurity(isTrusted: UrlCheck, dev: string | null): void {
  const ses = session.defaultSession;
  denyPermissions(ses);
  enforceCsp(ses, isTrusted, contentSecurityPolicy(dev));
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrusted));
}
