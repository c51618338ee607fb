import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/csp.ts';
import { applySecurity } from '../../../electron/main/security.ts';
import { devOrigin, trustedUrlCheck } from '../../../electron/main/trusted-url.ts';
import { fake, FakeWebContents, navigationEvent, resetFake } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule);

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('Content-Security-Policy', () => {
  const csp = contentSecurityPolicy(null);
  const policy = directives(csp);

  it('is self-only by default and locks the page down', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('has no unsafe-eval and no remote origin anywhere', () => {
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(csp).not.toMatch(/\*|https?:|wss?:|\/\//);
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, values] of policy) for (const v of values) expect(allowed, `${name} ${v}`).toContain(v);
  });

  it('allows inline code for styles only (AG Grid injects them), never for scripts', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('opens up to the exact dev server only while developing, still without eval', () => {
    const dev = contentSecurityPolicy('http://localhost:5173');
    expect(dev).not.toContain('unsafe-eval');
    expect(directives(dev).get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(directives(dev).get('default-src')).toEqual(["'self'"]);
  });
});

describe('session and web contents hardening', () => {
  beforeEach(() => {
    resetFake();
    applySecurity(trustedUrlCheck(null), null);
  });

  const contents = () => {
    const wc = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, wc);
    return wc;
  };

  it('refuses every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'usb',
    ]) {
      fake.sessionHandlers['permissionRequest']!(
        {},
        permission,
        (granted: boolean) => answers.push(granted),
        {},
      );
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(fake.sessionHandlers['permissionCheck']!({}, 'media', 'app://qm', {})).toBe(false);
    expect(fake.sessionHandlers['devicePermission']!({ deviceType: 'usb', origin: 'app://qm' })).toBe(false);
  });

  it('puts the CSP on the app’s own responses, replacing any other', () => {
    let answer: { responseHeaders?: Record<string, string[]> } = {};
    fake.sessionHandlers['headersReceived']!(
      {
        url: 'app://qm/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] },
      },
      (r: typeof answer) => (answer = r),
    );
    expect(answer.responseHeaders).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [contentSecurityPolicy(null)],
    });
  });

  it('leaves DevTools and other pages’ headers alone (they are never trusted with IPC anyway)', () => {
    let answer: unknown = null;
    fake.sessionHandlers['headersReceived']!(
      { url: 'devtools://devtools/bundled/x.html', responseHeaders: {} },
      (r: unknown) => (answer = r),
    );
    expect(answer).toEqual({});
  });

  it('denies navigation and redirects away from the app', () => {
    const wc = contents();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'app://qm.evil/',
        'javascript:alert(1)',
        'data:text/html,x',
      ]) {
        const e = navigationEvent(url);
        wc.emit(event, e, url);
        expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
      }
      const own = navigationEvent('app://qm/index.html#/tickets');
      wc.emit(event, own, own.url);
      expect(own.defaultPrevented).toBe(false);
    }
  });

  it('denies every new window; https links go to the OS browser, nothing else does', () => {
    const wc = contents();
    for (const url of [
      'https://example.com/help',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://qm/index.html',
      'about:blank',
    ]) {
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.openedExternally).toEqual(['https://example.com/help']);
  });

  it('refuses to attach a <webview>', () => {
    const wc = contents();
    const e = navigationEvent('');
    wc.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  it('trusts the dev server only when one is given', () => {
    resetFake();
    applySecurity(trustedUrlCheck(devOrigin('http://localhost:5173')), 'http://localhost:5173');
    const wc = contents();
    const dev = navigationEvent('http://localhost:5173/');
    const other = navigationEvent('http://localhost:5174/');
    wc.emit('will-navigate', dev);
    wc.emit('will-navigate', other);
    expect([dev.defaultPrevented, other.defaultPrevented]).toEqual([false, true]);
  });
});
