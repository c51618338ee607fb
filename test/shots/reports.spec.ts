import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** The reports screen and the HTML report it writes, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en', en],
] as const) {
  test(`reports screen and HTML report (${language})`, async ({ page, host, workDir }) => {
    test.setTimeout(150_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: path.join(shotsDir, `reports-${language}-${name}.png`), fullPage });
    const S = text.reports.screen;
    await host.invoke('app.setLanguage', { language: locale });
    await host.invoke('workspace.openDemo', { jobId: `shots-${language}-reports` });

    await page.goto('/#/reports');
    const form = page.getByRole('form', { name: S.form });
    await expect(form.getByLabel(S.period)).not.toHaveValue('');
    await shot('01-empty');

    await form.getByText(text.reports.file.kinds.custom).click();
    await form.getByLabel(S.period).fill('2026-Q5');
    await form.getByRole('button', { name: S.generate }).click();
    await expect(form.locator('.field__error')).toBeVisible();
    await shot('02-custom-invalid');

    await form.getByText(text.reports.file.kinds.monthly).click();
    await form.getByLabel(S.language).selectOption({ label: text.language[locale] });
    await form.getByLabel(S.outDir).fill(path.join(workDir, 'reports'));
    await form.getByRole('button', { name: S.generate }).click();
    await expect(page.getByRole('status').filter({ hasText: S.done })).toBeVisible({ timeout: 90_000 });
    await page.getByRole('button', { name: S.openFolder }).click();
    await expect(page.locator('.report-history .ag-row')).toHaveCount(1);
    await shot('03-done');

    const html = fs.readdirSync(path.join(workDir, 'reports')).find((n) => n.endsWith('.html'))!;
    await page.goto(`file://${path.join(workDir, 'reports', html)}`);
    await expect(page.locator('.chart[data-live="1"]')).toHaveCount(6);
    await shot('04-html-cover');
    await page.locator('#section-summary').scrollIntoViewIfNeeded();
    await shot('05-html-summary');
    const trend = page.locator('#chart-trend-fcr_rate');
    await trend.scrollIntoViewIfNeeded();
    const box = (await trend.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
    await shot('06-html-tooltip');
    await page.locator('#section-improvement').scrollIntoViewIfNeeded();
    await shot('07-html-improvement');
  });
}
