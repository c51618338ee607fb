import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** A tour of the mystery-shopper screens on the demo workspace, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, text] of [
  ['zh', zh],
  ['en', en],
] as const) {
  test(`mystery-shopper screens (${language})`, async ({ page, host }) => {
    test.setTimeout(180_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: path.join(shotsDir, `mystery-${language}-${name}.png`), fullPage });
    await host.invoke('app.setLanguage', { language: language === 'zh' ? 'zh-CN' : 'en' });
    await host.invoke('workspace.openDemo', { jobId: `shots-mystery-${language}` });
    const [programme] = await host.invoke('mystery.programmes.list', {});
    const third = programme!.waves[2]!;

    await page.goto('/#/mystery');
    await expect(page.getByRole('heading', { level: 1, name: text.areas.mystery.title })).toBeVisible();
    await page.getByTestId('wave-picker').selectOption(String(third.id));
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('01-league');

    await page.goto('/#/mystery/visits');
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('02-visits');
    await page.getByRole('button', { name: text.mystery.visits.import }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('03-import-dialog');
    await page.keyboard.press('Escape');

    await page.goto('/#/mystery/analysis');
    await expect(page.getByTestId('mystery-heat')).toBeVisible();
    await page.waitForTimeout(800);
    await shot('04-analysis');
    await page.getByTestId('items-worst').scrollIntoViewIfNeeded();
    await shot('04b-items');
    await page.getByTestId('mystery-trend').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot('04c-trend');

    const appealed = (await host.invoke('mystery.visits.list', { waveId: third.id })).find((v) => v.appeals > 0)
      ?? (await host.invoke('mystery.visits.list', { status: 'published' })).find((v) => v.appeals > 0)!;
    await page.goto(`/#/mystery/visit/${appealed.id}`);
    await expect(page.getByTestId('appeals')).toBeVisible();
    await shot('05-visit-published');
    await page.getByTestId('appeals').scrollIntoViewIfNeeded();
    await shot('05b-appeals');

    await page.goto('/#/mystery/visit/new');
    await expect(page.getByRole('heading', { level: 1, name: text.mystery.form.newTitle })).toBeVisible();
    await page.getByRole('radiogroup').first().focus();
    for (const key of ['1', '0', '4']) {
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    await shot('06-visit-new');

    await page.goto('/#/mystery/setup');
    await expect(page.getByTestId(`programme-${programme!.id}`)).toBeVisible();
    await shot('07-setup', true);
  });
}
