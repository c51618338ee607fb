import { expect, test } from './fixtures.ts';

/** The web host answers only its own page: a call needs the per-run token and must not come from another origin. */
test('the web host refuses calls without the token and calls from a foreign origin', async ({
  request,
  host,
}) => {
  const invoke = new URL('/api/invoke', host.url).toString();
  const data = { method: 'app.info', input: {} };
  const token = await host.token();

  expect((await request.post(invoke, { data })).status()).toBe(401);
  expect(
    (await request.post(invoke, { data, headers: { Authorization: 'Bearer not-the-token' } })).status(),
  ).toBe(401);
  const foreign = await request.post(invoke, {
    data,
    headers: { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  expect((await request.get(new URL('/api/events', host.url).toString())).status()).toBe(401);

  const own = await request.post(invoke, {
    data,
    headers: { Authorization: `Bearer ${token}`, Origin: host.url.slice(0, -1) },
  });
  expect(own.status()).toBe(200);
  expect(((await own.json()) as { ok: boolean }).ok).toBe(true);
});
