import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/**
 * Settings › Backups and audit, the restore dialog, and the start screen's offer for a damaged workspace, in both
 * languages, for a person to look at. Writes to QM_SHOTS_DIR (default test-results/shots).
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  for (let i = 3 * 4096; i < Math.min(bytes.length - 4096, 12 * 4096); i++) bytes[i] = 0x5a;
  fs.writeFileSync(file, bytes);
}

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale });

    test(`backups (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(120_000);
      const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `${language}-backup-${name}.png`) });
      fs.mkdirSync(shotsDir, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 1000 });
      const b = text.backup;
      const file = path.join(workDir, language === 'zh' ? '华东区域.sqlite' : 'east-region.sqlite');
      await host.invoke('workspace.create', { path: file });

      await page.goto('/#/settings/backup');
      await expect(page.getByText(b.empty)).toBeVisible();
      await shot('01-empty');

      await page.getByRole('button', { name: b.now }).click();
      await expect(page.getByTestId('backup-table').locator('tbody tr')).toHaveCount(1);
      await host.invoke('settings.update', { patch: { repeatWindowDays: 45 } });
      await page.getByRole('button', { name: b.now }).click();
      await expect(page.getByTestId('backup-table').locator('tbody tr')).toHaveCount(2);
      await shot('02-list');

      await page.getByTestId('backup-table').locator('tbody tr').last().getByRole('button').click();
      await expect(page.getByRole('dialog', { name: b.restoreDialog.title })).toBeVisible();
      await shot('03-restore-dialog');
      await page.getByRole('dialog').getByRole('button', { name: b.restoreDialog.confirm }).click();
      await expect(page.getByTestId('backup-table').locator('tbody tr')).toHaveCount(3);
      await page.waitForTimeout(300);
      await shot('04-restored');

      await page.getByRole('button', { name: b.restoreFile }).click();
      const field = page.getByRole('dialog').getByRole('textbox', { name: b.restoreDialog.fileLabel });
      await field.fill(path.join(workDir, 'nothing-here.sqlite'));
      await page.getByRole('dialog').getByRole('button', { name: b.restoreDialog.confirm }).click();
      await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
      await shot('05-restore-refused');
      await page.keyboard.press('Escape');

      await page.getByTestId('backup-retention').getByRole('textbox', { name: b.retention.daily }).fill('-3');
      await page.getByTestId('backup-retention').getByRole('button', { name: b.retention.save }).click();
      await page.getByTestId('audit-export').getByRole('button', { name: b.audit.export }).click();
      await expect(page.getByTestId('audit-export').getByRole('status')).toBeVisible();
      await shot('06-retention-error-audit-exported');

      await host.invoke('workspace.close', {});
      damage(file);
      await page.goto('/');
      await page.getByRole('button', { name: text.start.open.title, exact: true }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: text.pathDialog.label }).fill(file);
      await page.getByRole('dialog').getByRole('button', { name: text.pathDialog.openSubmit }).click();
      await expect(page.getByTestId('damaged-workspace')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('07-start-damaged');
    });
  });
}
