import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fill, test, zh, type WebHost } from './fixtures.ts';

const S = zh.surveys;
const F = zh.fileImport;

/** Each test opens the demo workspace first, which takes a while on a loaded machine. */
async function openDemo(host: WebHost, page: Page, hash: string): Promise<void> {
  test.setTimeout(120_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-surveys-${Date.now()}` });
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: zh.areas.surveys.title })).toBeVisible();
}

test('the demo year shows CSAT, NPS and CES figures, a breakdown per outlet and the responses grid', async ({ host, page }) => {
  await openDemo(host, page, '#/surveys');
  const coverage = await host.invoke('surveys.coverage', {});
  const year = coverage.lastDay!.slice(0, 4);
  const summary = await host.invoke('surveys.summary', { filter: { period: year }, groupBy: 'outlet' });
  await expect(page.getByLabel(S.filters.period)).toHaveValue(year);
  await expect(page.getByTestId('survey-figure-responses')).toContainText(summary.total.responses.toLocaleString('zh-CN'));
  await expect(page.getByTestId('survey-figure-nps')).toContainText(String(summary.total.nps));
  await expect(page.getByTestId('survey-summary').locator('.ag-row')).toHaveCount(summary.groups.length);
  await expect(page.getByText(fill(S.responses.count, { count: summary.total.responses }))).toBeVisible();
  await expect(page.getByTestId('survey-responses').locator('.ag-row').first()).toBeVisible();

  // Walk-in questionnaires only: the grid and the figures follow the filter.
  await page.getByLabel(S.filters.link).selectOption({ label: S.filters.standalone });
  const standalone = await host.invoke('surveys.responses.list', { filter: { period: year, link: 'standalone' }, limit: 1 });
  await expect(page.getByText(fill(S.responses.count, { count: standalone.total }))).toBeVisible();
  await page.getByRole('button', { name: S.summary.month }).click();
  await expect(page.getByTestId('survey-summary').locator('.ag-row').first()).toContainText(`${year}-`);
});

test('a response is entered with the keyboard, linked to a ticket, corrected and deleted', async ({ host, page }) => {
  await openDemo(host, page, '#/surveys');
  const ticket = (await host.invoke('tickets.query', { query: {}, startRow: 0, endRow: 1 })).rows[0]!;
  await page.getByRole('button', { name: S.responses.add }).click();
  const dialog = page.getByRole('dialog', { name: S.form.addTitle });
  await dialog.getByLabel(S.form.ticketRef).fill(ticket.externalId ?? String(ticket.id));
  await dialog.getByLabel(S.form.csat).fill('6');
  await dialog.getByLabel(S.form.csat).press('Enter');
  await expect(dialog.getByText(fill(S.form.outOfRange, { min: 1, max: 5 }))).toBeVisible();
  await dialog.getByLabel(S.form.csat).fill('2');
  await dialog.getByLabel(S.form.nps).fill('3');
  await dialog.getByLabel(S.form.comment).fill('上门迟到两小时');
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel(S.filters.period).selectOption({ label: S.filters.allTime });
  const row = page.getByTestId('survey-responses').locator('.ag-row', { hasText: '上门迟到两小时' });
  await expect(row).toBeVisible();
  await row.click();
  await page.getByRole('button', { name: S.responses.delete, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: S.responses.delete });
  await confirm.getByRole('button', { name: S.responses.delete }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('survey-responses').locator('.ag-row', { hasText: '上门迟到两小时' })).toHaveCount(0);
});

test('SERVQUAL shows the radar, the gap bars and the 22 items; a questionnaire is typed in with Tab', async ({ host, page }) => {
  await openDemo(host, page, '#/surveys/servqual');
  await expect(page.getByTestId('servqual-radar').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('servqual-gaps').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('servqual-items').locator('.ag-row')).toHaveCount(22);
  await expect(page.getByTestId('servqual-items')).toContainText(S.items['5']);
  const before = await host.invoke('surveys.servqual.list', { limit: 10_000 });

  await page.getByRole('button', { name: S.servqual.add }).click();
  const dialog = page.getByRole('dialog', { name: S.servqual.addTitle });
  await dialog.getByLabel(fill(S.servqual.scoreLabel, { item: 1, kind: S.servqual.expectation })).focus();
  for (let item = 1; item <= 22; item++) {
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    await page.keyboard.type(item === 22 ? '9' : '5');
    await page.keyboard.press('Tab');
  }
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog.getByText(fill(S.servqual.invalidScores, { count: 1 }))).toBeVisible();
  await dialog.getByLabel(fill(S.servqual.scoreLabel, { item: 22, kind: S.servqual.perception })).fill('4');
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog).toBeHidden();
  const after = await host.invoke('surveys.servqual.list', { limit: 10_000 });
  expect(after).toHaveLength(before.length + 1);
  // E 7 everywhere, P 5 except item 22 (P 4): four dimensions at −2, empathy at −2.2 → overall −2.04.
  expect(after.find((q) => q.source === 'manual')?.gap).toBe(-2.04);
});

test('survey import: a bad file writes nothing and lists its rows; the good one is imported', async ({ host, page, workDir }) => {
  await openDemo(host, page, '#/surveys');
  const outlet = (await host.invoke('ref.options', { kind: 'outlets', limit: 1 }))[0]!;
  const before = (await host.invoke('surveys.responses.list', { limit: 1 })).total;
  const bad = path.join(workDir, 'walk-in.csv');
  fs.writeFileSync(bad, `日期,网点,满意度,推荐度\r\n2026-10-08,${outlet.code},5,10\r\n2026-10-09,${outlet.code},7,9\r\n`);
  await page.getByRole('button', { name: S.import.open }).click();
  const dialog = page.getByRole('dialog', { name: S.import.title });
  await dialog.getByLabel(F.path).fill(bad);
  await dialog.getByRole('button', { name: F.run }).click();
  await expect(dialog.getByText(fill(F.done, { total: 2, inserted: 0, rejected: 1 }))).toBeVisible();
  await expect(dialog.getByText(F.nothingWritten)).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '满意度' })).toBeVisible();
  expect((await host.invoke('surveys.responses.list', { limit: 1 })).total).toBe(before);

  fs.writeFileSync(bad, `日期,网点,满意度,推荐度\r\n2026-10-08,${outlet.code},5,10\r\n2026-10-09,${outlet.code},4,9\r\n`);
  await dialog.getByRole('button', { name: F.run }).click();
  await expect(dialog.getByText(fill(F.done, { total: 2, inserted: 2, rejected: 0 }))).toBeVisible();
  expect((await host.invoke('surveys.responses.list', { limit: 1 })).total).toBe(before + 2);
});
