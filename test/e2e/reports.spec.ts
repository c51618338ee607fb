import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { createDispatch } from '../../electron/core/dispatch.ts';
import { Session } from '../../electron/core/session.ts';
import { plantPayloads } from '../fixtures/report-payloads.ts';
import { expect, test, zh } from './fixtures.ts';

const S = zh.reports.screen;

/** A report file written by core from a demo workspace whose texts all carry XSS payloads. */
async function hostileReport(workDir: string, language: 'zh-CN' | 'en'): Promise<string> {
  const file = path.join(workDir, 'hostile.sqlite');
  await generateDemoWorkspace(file, { tickets: 3000, seed: 5, until: '2026-09' });
  const session = new Session({ configDir: path.join(workDir, 'core'), host: 'cli', actor: 'e2e' });
  try {
    const dispatch = createDispatch(session);
    const opened = await dispatch('workspace.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    plantPayloads(session.db());
    const run = await dispatch('reports.export', {
      jobId: 'e2e-hostile',
      request: {
        kind: 'monthly',
        period: '2026-09',
        language,
        formats: ['html'],
        outDir: path.join(workDir, 'out'),
      },
    });
    if (!run.ok) throw new Error(run.error.message);
    return run.value.files[0]!.path;
  } finally {
    session.close();
  }
}

/** Open a file with every request that is not the file itself refused, as on a machine with no network. */
async function openOffline(page: Page, file: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(`file://${file}`);
  return blocked;
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`the ${language} HTML report opens offline: live charts, tooltips, and no payload runs`, async ({
    page,
    workDir,
  }) => {
    test.setTimeout(90_000);
    const file = await hostileReport(workDir, language);
    const blocked = await openOffline(page, file);
    const charts = page.locator('.chart');
    await expect(charts).toHaveCount(6);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAttribute('data-live', '1');
      await expect(chart.locator('svg').first()).toBeVisible();
    }
    const trend = page.locator('#chart-trend-csat_avg');
    await trend.scrollIntoViewIfNeeded();
    const box = (await trend.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await expect(trend).toContainText(/\d\.\d\d\/5/);
    // Hover the rows and open every details element the payloads might have made, then check the trap.
    await page.mouse.move(box.x + 10, box.y + box.height + 200);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img, iframe, details, x, math').count()).toBe(0);
    await expect(page.locator('body')).toContainText('<script>window.__pwned=1</script>');
    expect(blocked).toEqual([]);
  });
}

test('the reports screen checks the form, generates a report, lists it and says where the files are', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(90_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-reports-${Date.now()}` });
  await page.goto('/#/reports');
  const form = page.getByRole('form', { name: S.form });
  await expect(form.getByLabel(S.period)).not.toHaveValue('');
  await expect(page.getByText(S.historyEmpty)).toBeVisible();

  await form.getByLabel(S.period).fill('2026-13');
  await form.getByRole('button', { name: S.generate }).click();
  await expect(form.locator('.field__error')).toBeVisible();

  const outDir = path.join(workDir, 'exec reports');
  await form.getByLabel(S.period).fill((await host.invoke('reports.defaults', {})).month!);
  await form.getByLabel(S.language).selectOption({ label: zh.language.en });
  await form.getByLabel(S.formatNames.pdf).uncheck();
  await form.getByLabel(S.outDir).fill(outDir);
  await form.getByRole('button', { name: S.generate }).click();

  const done = page.getByRole('status').filter({ hasText: S.done });
  await expect(done).toBeVisible({ timeout: 60_000 });
  const names = fs.readdirSync(outDir).sort();
  expect(names).toHaveLength(2);
  expect(names.every((n) => /^quality-report-monthly-\d{4}-\d{2}-en\.(html|xlsx)$/.test(n))).toBe(true);
  await done.getByRole('button', { name: S.openFolder }).click();
  await expect(done).toContainText(outDir);
  await expect(page.locator('.report-history .ag-row')).toHaveCount(1);
  await expect(page.locator('.report-history .ag-row').first()).toContainText(zh.reports.file.kinds.monthly);
});
