import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** The dashboard's audit, training and SERVQUAL tiles and the outlet league table, in both languages. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale, viewport: { width: 1440, height: 900 } });

    test(`KPI sources and league (${language})`, async ({ page }) => {
      test.setTimeout(180_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const file = (name: string) => path.join(shotsDir, `${language}-kpi-${name}.png`);
      await page.goto('/');
      await page.getByRole('button', { name: text.start.demo.title, exact: true }).click();
      await expect(page.getByTestId('kpi-tiles')).toBeVisible({ timeout: 60_000 });
      await page.waitForTimeout(800);
      await page.locator('section[aria-labelledby="kpi-tiles-title"]').screenshot({ path: file('01-tiles') });

      const league = page.getByTestId('chart-league');
      await expect(league.locator('canvas').first()).toBeVisible();
      await league.scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await league.screenshot({ path: file('02-league') });
      await page.getByTestId('league-edit-weights').click();
      await expect(page.getByTestId('league-weights')).toBeVisible();
      await league.screenshot({ path: file('03-league-weights') });

      await page.getByRole('group', { name: text.kpi.dashboard.tilesTitle }).scrollIntoViewIfNeeded();
      await page
        .getByRole('group', { name: text.kpi.dashboard.tilesTitle })
        .locator('.scope-picker select')
        .first()
        .selectOption('channel');
      await page.getByRole('combobox', { name: text.kpi.dashboard.scopeValue }).selectOption('phone');
      await expect(page.getByTestId('kpi-tile-servqual_gap_empathy')).toContainText(
        text.kpi.dashboard.notMeasured,
      );
      await page.waitForTimeout(500);
      await page.getByTestId('kpi-tiles-training').scrollIntoViewIfNeeded();
      await page.screenshot({ path: file('04-not-measured') });
    });
  });
}
