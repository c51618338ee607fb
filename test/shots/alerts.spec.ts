import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** A tour of the alert screens on the demo workspace (its seeded rules), in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, text] of [
  ['zh', zh],
  ['en', en],
] as const) {
  test(`alert screens (${language})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string) =>
      page.screenshot({ path: path.join(shotsDir, `alerts-${language}-${name}.png`) });
    await host.invoke('app.setLanguage', { language: language === 'zh' ? 'zh-CN' : 'en' });
    await host.invoke('workspace.openDemo', { jobId: `shots-${language}-demo` });

    await page.goto('/#/alerts');
    await expect(page.getByRole('heading', { level: 1, name: text.areas.alerts.title })).toBeVisible();
    const grid = page.getByTestId('alerts-grid');
    await expect(grid.locator('.ag-row').first()).toBeVisible();
    await expect(page.getByTestId('alert-badge')).toBeVisible();
    await shot('01-inbox');

    await grid.locator('.ag-row').first().click();
    await expect(page.getByTestId('alert-detail').locator('canvas')).toBeVisible();
    await page.waitForTimeout(500); // the chart's entry animation
    await page.getByTestId('alert-detail').scrollIntoViewIfNeeded();
    await shot('02-detail');

    await page
      .getByRole('navigation', { name: text.alerts.tabs.label })
      .getByRole('link', { name: text.alerts.tabs.rules })
      .click();
    await expect(page.getByTestId('rules-grid').locator('.ag-row').first()).toBeVisible();
    await shot('03-rules');

    await page.getByRole('button', { name: text.alerts.rules.newRule }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('rule-preview')).toBeVisible();
    await shot('04-rule-editor');
    await dialog.getByLabel(text.alerts.rules.fields.benchmark).fill('');
    await dialog.getByRole('button', { name: text.common.save }).click();
    await expect(dialog.getByText(text.alerts.rules.errors.required)).toBeVisible();
    await shot('05-rule-editor-error');
  });
}
