import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** A tour of the quality-audit screens on the demo workspace, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, text] of [
  ['zh', zh],
  ['en', en],
] as const) {
  test(`audit screens (${language})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string, fullPage = false) =>
      page.screenshot({ path: path.join(shotsDir, `audits-${language}-${name}.png`), fullPage });
    await host.invoke('app.setLanguage', { language: language === 'zh' ? 'zh-CN' : 'en' });
    await host.invoke('workspace.openDemo', { jobId: `shots-audits-${language}` });

    await page.goto('/#/audits');
    await expect(page.getByRole('heading', { level: 1, name: text.areas.audits.title })).toBeVisible();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('01-queue');
    await page.getByRole('button', { name: text.audits.queue.drawSample }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('02-sample-dialog');
    await page.keyboard.press('Escape');

    const pending = (await host.invoke('audits.list', { status: 'pending' }))[0]!;
    await page.goto(`/#/audits/audit/${pending.id}`);
    const rows = page.getByRole('radiogroup');
    await rows.first().focus();
    for (const key of ['1', '0', '4', '1']) {
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    await shot('03-audit-form');
    const failed = (await host.invoke('audits.list', { status: 'submitted' })).find((a) => a.autoFail === 'form')!;
    await page.goto(`/#/audits/audit/${failed.id}`);
    await expect(page.getByTestId('audit-score')).toBeVisible();
    await shot('04-audit-autofail', true);

    await page.goto('/#/audits/templates');
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('05-templates');
    const call = (await host.invoke('audits.templates.list', { kind: 'audit' }))[0]!;
    await page.goto(`/#/audits/template/${call.id}`);
    await expect(page.getByLabel(text.audits.templates.code)).toBeVisible();
    await shot('06-template-editor');

    await page.goto('/#/audits/reports');
    await expect(page.getByTestId('item-pareto')).toBeVisible();
    await page.waitForTimeout(600);
    await shot('07-reports');
    await page.getByTestId('item-pareto').scrollIntoViewIfNeeded();
    await shot('08-pareto');
    await page.getByTestId('auditor-leniency').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await shot('09-auditor-leniency');

    await page.goto('/#/audits/calibration');
    await expect(page.getByTestId('calibration-sessions').locator('.ag-row').first()).toBeVisible();
    await shot('10-calibration-list');
    const [open, revealed] = [...(await host.invoke('audits.calibration.list', {}))].sort((a, b) => (a.status === 'open' ? -1 : b.status === 'open' ? 1 : 0));
    await page.goto(`/#/audits/calibration/${open!.id}`);
    await page.getByLabel(text.audits.calibration.page.scoringAs).selectOption(open!.auditors[2]!.name);
    await expect(page.getByTestId('calibration-entry')).toBeVisible();
    await shot('11-calibration-blind');
    await page.goto(`/#/audits/calibration/${revealed!.id}`);
    await expect(page.getByTestId('calibration-items').locator('.ag-row').first()).toBeVisible();
    await page.waitForTimeout(500);
    await shot('12-calibration-results', true);
    await page.getByTestId('calibration-items').scrollIntoViewIfNeeded();
    await shot('13-calibration-items');
  });
}
