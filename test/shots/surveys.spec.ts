import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** A tour of the survey screens on the demo workspace, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, text] of [
  ['zh', zh],
  ['en', en],
] as const) {
  test(`survey screens (${language})`, async ({ page, host, workDir }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `surveys-${language}-${name}.png`) });
    await host.invoke('app.setLanguage', { language: language === 'zh' ? 'zh-CN' : 'en' });
    await host.invoke('workspace.openDemo', { jobId: `shots-${language}-demo` });

    await page.goto('/#/surveys');
    await expect(page.getByRole('heading', { level: 1, name: text.areas.surveys.title })).toBeVisible();
    await expect(page.getByTestId('survey-responses').locator('.ag-row').first()).toBeVisible();
    await shot('01-responses');
    await page.getByTestId('survey-responses').scrollIntoViewIfNeeded();
    await shot('01b-responses-grid');

    await page.getByRole('button', { name: text.surveys.responses.add }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByLabel(text.surveys.form.csat).fill('9');
    await page.getByRole('dialog').getByRole('button', { name: text.common.save }).click();
    await shot('02-response-dialog');
    await page.keyboard.press('Escape');

    const file = path.join(workDir, 'walk-in.csv');
    fs.writeFileSync(file, 'date,outlet,csat,nps\r\n2026-10-08,SH01,5,10\r\n2026-13-09,SH01,7,9\r\n2026-10-10,XX99,4,\r\n');
    await page.getByRole('button', { name: text.surveys.import.open }).click();
    await page.getByRole('dialog').getByLabel(text.fileImport.path).fill(file);
    await page.getByRole('dialog').getByRole('button', { name: text.fileImport.run }).click();
    await expect(page.getByRole('dialog').getByRole('table')).toBeVisible();
    await shot('03-import-errors');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: text.surveys.tabs.servqual }).click();
    await expect(page.getByTestId('servqual-radar').locator('canvas')).toBeVisible();
    await page.waitForTimeout(500); // the charts' entry animation
    await shot('04-servqual');
    await page.getByTestId('servqual-items').scrollIntoViewIfNeeded();
    await shot('04b-servqual-items');
    await page.getByTestId('servqual-list').scrollIntoViewIfNeeded();
    await shot('04c-servqual-list');

    await page.getByRole('button', { name: text.surveys.servqual.add }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('05-servqual-dialog');
    await page.keyboard.press('Escape');

    // A period without questionnaires: the designed empty state.
    await page.getByLabel(text.surveys.filters.period).selectOption((await host.invoke('surveys.coverage', {})).lastDay!.slice(0, 7));
    await expect(page.getByTestId('servqual-empty')).toBeVisible();
    await shot('06-servqual-empty');
  });
}
