import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../../electron/web/server.ts';
import { newSession } from '../helpers/session.ts';
import { tempDir } from '../helpers/temp.ts';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, so tests control Host and Origin headers exactly as a hostile page or process could. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: WebHost;

beforeEach(async () => {
  const { session, dispatch } = newSession();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ session, dispatch, rendererDir });
});

afterEach(async () => {
  await host.close();
});

const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  request(`${host.url}api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: JSON.stringify(body),
  });

describe('web host', () => {
  it('listens on the loopback address only, on a random port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call carrying the token through the real dispatch', async () => {
    const reply = await invoke({ method: 'app.info', input: {} });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { host: 'cli', workspace: null } });
    const bad = await invoke({ method: 'workspace.open', input: { path: '' } });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const none = await request(`${host.url}api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    expect(none.status).toBe(401);
    expect((await invoke({ method: 'app.info', input: {} }, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await invoke({ method: 'app.info', input: {} }, { Authorization: `Bearer ${host.token}x` })).status).toBe(401);
  });

  it('refuses a request from a foreign origin even with the token', async () => {
    const reply = await invoke({ method: 'app.info', input: {} }, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect((await invoke({ method: 'app.info', input: {} }, { Origin: 'null' })).status).toBe(403);
    expect((await invoke({ method: 'app.info', input: {} }, { Origin: host.url.slice(0, -1) })).status).toBe(200);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const reply = await request(host.url, { headers: { Host: 'attacker.example:80' } });
    expect(reply.status).toBe(421);
    expect(reply.body).not.toContain(host.token);
  });

  it('limits the request body size', async () => {
    const reply = await request(`${host.url}api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(reply.status).toBe(413);
  });

  it('requires JSON and POST for calls', async () => {
    expect((await invoke({ method: 'app.info' }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await request(`${host.url}api/invoke`, { headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(405);
    const notJson = await request(`${host.url}api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
  });

  it('requires the token for the event stream', async () => {
    expect((await request(`${host.url}api/events`)).status).toBe(401);
    expect((await request(`${host.url}api/events?token=nope`)).status).toBe(401);
  });

  it('serves the app with its token and a strict CSP, and nothing outside the app folder', async () => {
    const page = await request(host.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="qm-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|https?:/);
    const asset = await request(`${host.url}assets/app.js`);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const sneaky of ['%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fpackage.json', 'assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const reply = await request(`${host.url}${sneaky}`);
      expect([403, 200]).toContain(reply.status);
      expect(reply.body).not.toMatch(/root:|"name"/);
    }
  });
});
