import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  devOrigin,
  entryUrl,
  externalLink,
  trustedUrlCheck,
} from '../../../electron/main/trusted-url.ts';

const packaged = trustedUrlCheck(null);
const developing = trustedUrlCheck(devOrigin('http://localhost:5173'));

describe('trusted URLs (packaged app)', () => {
  it.each([APP_ENTRY_URL, 'app://qm/', 'app://qm/assets/index-1a2b.js', 'app://qm/index.html#/tickets?x=1'])(
    'accepts its own page %s',
    (url) => expect(packaged(url)).toBe(true),
  );

  it.each([
    ['a look-alike host', 'app://qm.evil/'],
    ['a host with our name as prefix', 'app://qmx/'],
    ['a sub-domain of ours', 'app://evil.qm/'],
    ['our name as user info', 'app://qm@evil/'],
    ['credentials', 'app://user:pw@qm/'],
    ['a port', 'app://qm:8080/'],
    ['another scheme with our host', 'https://qm/'],
    ['a file URL', 'file:///work/main/out/renderer/index.html'],
    ['the dev server when not developing', 'http://localhost:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob: of another origin', 'blob:https://evil.example/uuid'],
    ['about:blank', 'about:blank'],
    ['an empty string', ''],
    ['not a URL', 'app//qm/'],
    ['a relative path', '/index.html'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ])('rejects %s (%s)', (_why, url) => expect(packaged(url)).toBe(false));
});

describe('trusted URLs (development)', () => {
  it('accepts the exact dev origin and still the app scheme', () => {
    expect(developing('http://localhost:5173/')).toBe(true);
    expect(developing('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(developing(APP_ENTRY_URL)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://localhost.evil:5173/',
    'http://localhost:5173.evil/',
    'http://localhost:5173@evil.example/',
    'http://evil.example/?http://localhost:5173',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
    'http://app.evil/',
  ])('rejects %s', (url) => expect(developing(url)).toBe(false));

  it('takes only a plain http(s) origin from ELECTRON_RENDERER_URL', () => {
    expect(devOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(devOrigin('http://localhost:5173/some/path?q')).toBe('http://localhost:5173');
    expect(devOrigin(undefined)).toBeNull();
    expect(devOrigin('')).toBeNull();
    expect(devOrigin('file:///tmp/x.html')).toBeNull();
    expect(devOrigin('javascript:alert(1)')).toBeNull();
    expect(devOrigin('http://u:p@localhost:5173')).toBeNull();
    expect(devOrigin('not a url')).toBeNull();
  });

  it('starts the window on the app scheme, or on the dev server while developing', () => {
    expect(entryUrl(null)).toBe('app://qm/index.html');
    expect(entryUrl('http://localhost:5173')).toBe('http://localhost:5173/');
  });
});

describe('external links', () => {
  it('passes https links on, normalised', () => {
    expect(externalLink('https://example.com/a b')).toBe('https://example.com/a%20b');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://u:p@example.com/',
    'app://qm/',
    'nonsense',
  ])('refuses %s', (url) => expect(externalLink(url)).toBeNull());
});
