import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createWorkspace, en, expect, test, zh } from '../e2e/fixtures.ts';

/**
 * Tour of the dashboard in both languages: the empty state, the demo's tiles and each chart, the target dialog, and
 * the rollup build of a workspace from an older version.
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale, demoTickets: 20_000, viewport: { width: 1440, height: 900 } });

    test(`dashboard (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(240_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-dashboard-${name}.png`) });

      await createWorkspace(host, workDir, 'empty.sqlite');
      await page.goto('/');
      await expect(page.getByTestId('dashboard-empty')).toContainText(text.kpi.dashboard.emptyTitle);
      await shot('01-empty');

      await host.invoke('workspace.close', {});
      await page.goto('/');
      await page.getByRole('button', { name: text.start.demo.title, exact: true }).click();
      await expect(page.getByTestId('kpi-tiles')).toBeVisible({ timeout: 60_000 });
      for (const chart of ['chart-trend', 'chart-pareto', 'chart-sla-tiers', 'chart-heatmap']) {
        await expect(page.getByTestId(chart).locator('canvas').first()).toBeVisible();
      }
      await page.waitForTimeout(800);
      await shot('02-top');
      for (const [i, chart] of [
        'chart-trend',
        'chart-pareto',
        'chart-sla-tiers',
        'chart-heatmap',
      ].entries()) {
        await page
          .getByTestId(chart)
          .screenshot({ path: path.join(shotsDir, `${language}-dashboard-03-${i}-${chart}.png`) });
      }

      await page.getByRole('combobox', { name: text.kpi.dashboard.periodKind }).selectOption('year');
      await page.locator('.scope-picker select').first().selectOption('outlet');
      await page.getByRole('combobox', { name: text.kpi.dashboard.scopeValue }).selectOption({ index: 2 });
      await expect(
        page.locator('[data-testid="kpi-tiles"][aria-busy="true"], .kpi-tiles--loading'),
      ).toHaveCount(0);
      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await shot('04-year-outlet');
      await page
        .getByTestId('chart-trend')
        .screenshot({ path: path.join(shotsDir, `${language}-dashboard-05-year-outlet-trend.png`) });

      const control = page.getByTestId('chart-control');
      await control.scrollIntoViewIfNeeded();
      await expect(control.locator('canvas').first()).toBeVisible();
      await page.waitForTimeout(600);
      await control.screenshot({ path: path.join(shotsDir, `${language}-dashboard-05b-control-p.png`) });
      await control.getByRole('combobox', { name: text.kpi.control.kpi }).selectOption('first_response_avg_min');
      await control.getByRole('combobox', { name: text.kpi.control.rules }).selectOption('nelson');
      await expect(control.locator('canvas').first()).toBeVisible();
      await page.waitForTimeout(800);
      await control.screenshot({ path: path.join(shotsDir, `${language}-dashboard-05c-control-xbar-r.png`) });

      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
      await page.getByTestId('kpi-target-csat_avg').click();
      const dialog = page.getByTestId('kpi-target-dialog');
      await expect(dialog).toBeVisible();
      await shot('06-target-dialog');
      await dialog.getByRole('textbox').fill('9');
      await dialog.getByRole('textbox').press('Enter');
      await expect(dialog.locator('.field__error')).toBeVisible();
      await shot('07-target-invalid');
      await page.keyboard.press('Escape');

      const older = path.join(workDir, 'older.sqlite');
      await host.invoke('demo.generate', { jobId: `shots-older-${language}`, path: older, tickets: 100_000 });
      const raw = new Database(older);
      raw.prepare('UPDATE kpi_rollup_state SET built = 0').run();
      raw.close();
      await host.invoke('workspace.open', { path: older });
      await page.goto('/');
      const card = page.getByTestId('kpi-rollup-build');
      // Counting tickets: the job is registered with the host, so the cancel reaches it.
      await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuemax', /\d+/, { timeout: 60_000 });
      await shot('08-rollup-running');
      await card.getByRole('button', { name: text.kpi.rollup.cancel }).click();
      await expect(card).toContainText(text.kpi.rollup.cancelled, { timeout: 15_000 });
      await shot('09-rollup-cancelled');
    });
  });
}
