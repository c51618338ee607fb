import fs from 'node:fs';
import path from 'node:path';
import { en, expect, fill, test, zh } from '../e2e/fixtures.ts';

/**
 * A tour of the ticket list screens in both languages, for a person to look at: the grid with its badges, a set
 * filter, the column chooser, an empty result, the export dialog, complaint keywords and the archive.
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale, demoTickets: 20_000 });

    test(`tickets (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(120_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-tickets-${name}.png`) });
      await host.invoke('workspace.openDemo', { jobId: `shots-${language}-demo` });

      await page.goto('/#/tickets');
      const count = page.getByTestId('ticket-count');
      await expect(count).toHaveText(
        fill(text.tickets.count, { total: language === 'zh' ? '20,000' : '20,000' }),
      );
      await page.waitForTimeout(400);
      await shot('01-list');

      await page.locator('.ag-header-cell[col-id="status"]').hover();
      await page
        .locator(
          '.ag-header-cell[col-id="status"] .ag-header-cell-filter-button, .ag-header-cell[col-id="status"] .ag-header-icon',
        )
        .first()
        .click();
      await expect(page.locator('.set-filter')).toBeVisible();
      await shot('02-set-filter');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: text.tickets.queues.breached, exact: true }).click();
      await page.waitForTimeout(600);
      await shot('03-queue-breached');
      await page.getByRole('button', { name: text.tickets.queues.all, exact: true }).click();

      await page.getByRole('button', { name: new RegExp(text.tickets.columnChooser.button) }).click();
      await shot('04-column-chooser');
      await page.keyboard.press('Escape');

      await page.getByRole('searchbox', { name: text.tickets.search.label }).fill('zzzz-nothing-like-this');
      await expect(page.getByTestId('grid-empty')).toBeVisible();
      await shot('05-empty');
      await page.getByTestId('grid-empty').getByRole('button', { name: text.tickets.clearFilters }).click();

      await page.getByRole('button', { name: text.tickets.export.button, exact: true }).click();
      await page.getByRole('button', { name: text.tickets.export.xlsx }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('06-export-dialog');
      await page.getByRole('dialog').getByRole('textbox').fill(path.join(workDir, 'shots-export.xlsx'));
      await page.getByRole('dialog').getByRole('button', { name: text.tickets.export.submit }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 60_000 });
      await shot('07-export-done');

      await page.getByRole('link', { name: text.tickets.tabs.keywords }).click();
      await page.getByLabel(text.tickets.keywords.period).selectOption({ index: 2 });
      await expect(page.getByTestId('keywords').or(page.getByTestId('keywords-empty'))).toBeVisible({
        timeout: 60_000,
      });
      await page.waitForTimeout(600);
      await shot('08-keywords');

      await page.getByRole('link', { name: text.tickets.tabs.archive }).click();
      await page.getByRole('searchbox', { name: text.tickets.archive.label }).fill('维修');
      await page.getByRole('button', { name: text.tickets.archive.submit }).click();
      await expect(page.getByTestId('archive-results').or(page.getByTestId('archive-empty'))).toBeVisible();
      await shot('09-archive');

      await page.route('**/api/invoke', async (route) => {
        const body = route.request().postDataJSON() as { method: string };
        if (body.method !== 'tickets.query') return route.fallback();
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'IO_ERROR', message: 'disk I/O error' } }),
        });
      });
      await page.getByRole('link', { name: text.tickets.tabs.list }).click();
      await page.getByRole('button', { name: text.tickets.queues.open, exact: true }).click();
      await expect(page.getByTestId('grid-error')).toBeVisible();
      await shot('10-error');
    });
  });
}
