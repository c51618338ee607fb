import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, resolveAppFile, serveRenderer } from '../../../electron/main/protocol.ts';
import { contentSecurityPolicy } from '../../../electron/main/csp.ts';
import { tempDir } from '../helpers/temp.ts';
import { fake, resetFake } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule);

function rendererFolder(): string {
  const root = tempDir('qm-renderer-');
  fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>qm</title>');
  fs.writeFileSync(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  return path.join(root, 'renderer');
}

describe('app:// file mapping', () => {
  const root = '/srv/qm/renderer';

  it('maps the app origin into the renderer folder', () => {
    const at = (url: string) => resolveAppFile(root, url, path.posix);
    expect(at('app://qm/')).toBe('/srv/qm/renderer/index.html');
    expect(at('app://qm/index.html')).toBe('/srv/qm/renderer/index.html');
    expect(at('app://qm/assets/app.js?v=1#x')).toBe('/srv/qm/renderer/assets/app.js');
    expect(at('app://qm/tickets/42')).toBe('/srv/qm/renderer/index.html');
  });

  const attempts = [
    'app://qm/../secret.txt',
    'app://qm/%2e%2e/secret.txt',
    'app://qm/%2e%2e%2fsecret.txt',
    'app://qm/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://qm/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://qm/..%5c..%5csecret.txt',
    'app://qm/%5c%5cserver%5cshare%5cx.js',
    'app://qm/C:%5cWindows%5cwin.ini',
    'app://qm/%2fetc%2fpasswd',
  ];

  it.each(attempts)('stays inside the folder on POSIX: %s', (url) => {
    const file = resolveAppFile(root, url, path.posix);
    if (file !== null) expect(file.startsWith(root + path.posix.sep)).toBe(true);
  });

  it.each(attempts)('stays inside the folder on Windows: %s', (url) => {
    const winRoot = 'C:\\Program Files\\QM\\resources\\renderer';
    const file = resolveAppFile(winRoot, url, path.win32);
    if (file !== null) expect(file.startsWith(winRoot + '\\')).toBe(true);
  });

  it('returns nothing for foreign hosts and malformed escapes', () => {
    expect(resolveAppFile(root, 'app://qm.evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///srv/qm/renderer/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://qm/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'app://qm/%00.js')).toBeNull();
  });
});

describe('app:// protocol', () => {
  beforeEach(() => resetFake());

  it('is registered as a standard, secure scheme and nothing more', () => {
    registerAppScheme();
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves files with the CSP header and refuses traversal', async () => {
    serveRenderer(rendererFolder());
    const handle = fake.protocolHandlers.get('app')!;
    const page = await handle({ url: 'app://qm/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy(null));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await handle({ url: 'app://qm/assets/app.js' })).text()).toBe('console.log(1)');
    const escape = await handle({ url: 'app://qm/%2e%2e/secret.txt' });
    expect(await escape.text()).not.toContain('outside');
    expect((await handle({ url: 'app://qm/missing.js' })).status).toBe(404);
  });
});
