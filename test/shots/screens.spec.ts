import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace, en, expect, test, zh } from '../e2e/fixtures.ts';

/**
 * A tour, not a check: pictures of every screen in both languages for a person to look at (overflow, clipped
 * Chinese, missing glyphs). `npm run shots` writes them to QM_SHOTS_DIR (default test-results/shots).
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale, demoTickets: 200_000 });

    test(`screens (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(120_000);
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-${name}.png`) });
      fs.mkdirSync(shotsDir, { recursive: true });

      // Recent files: one present, one gone.
      await createWorkspace(
        host,
        workDir,
        language === 'zh' ? '华东区域-2026.sqlite' : 'east-region-2026.sqlite',
      );
      const gone = await createWorkspace(host, workDir, 'old-workspace.sqlite');
      await host.invoke('workspace.close', {});
      fs.rmSync(gone);

      await page.goto('/');
      await expect(page.getByRole('button', { name: text.start.demo.title })).toBeVisible();
      await shot('01-start');

      await page.getByRole('button', { name: text.start.open.title }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(path.join(workDir, 'not-a-workspace.txt'));
      fs.writeFileSync(path.join(workDir, 'not-a-workspace.txt'), 'hello');
      await dialog.getByRole('button', { name: text.pathDialog.openSubmit }).click();
      await expect(
        dialog.getByText(text.errors.WORKSPACE_INVALID_path.split('{{path}}')[1]!.trim()),
      ).toBeVisible();
      await page.waitForTimeout(200);
      await shot('02-path-dialog-error');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: text.start.create.title }).click();
      await shot('03-path-dialog-create');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: text.start.demo.title }).click();
      const progress = page.getByTestId('demo-progress');
      const ticketsPhase = progress.getByText(text.demoPhase.tickets);
      if (
        await ticketsPhase.waitFor({ timeout: 20_000 }).then(
          () => true,
          () => false,
        )
      ) {
        await page.waitForTimeout(800);
        await shot('04-demo-progress');
      }
      await page.getByRole('navigation').or(page.getByRole('alert')).first().waitFor({ timeout: 90_000 });
      if (await page.getByRole('alert').isVisible()) {
        await shot('04-demo-failed');
        await page
          .getByRole('button', { name: text.start.recent.openNamed.replace('{{name}}', '') })
          .first()
          .click();
      }
      await expect(page.getByRole('navigation')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('05-dashboard');

      for (const area of ['tickets', 'mystery', 'pdca', 'rca', 'reports'] as const) {
        await page.getByRole('link', { name: text.areas[area].title }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.areas[area].title);
        await shot(`06-empty-${area}`);
      }

      await page.getByRole('link', { name: text.areas.settings.title }).click();
      await expect(page.getByRole('heading', { name: text.settings.formTitle })).toBeVisible();
      await page.waitForTimeout(300);
      await shot('07-settings');
      await page
        .getByRole('textbox', { name: text.settings.hours.endOf.replace('{{n}}', '2') })
        .fill('17:30');
      await page.getByRole('button', { name: text.common.save }).click();
      await expect(page.getByText(text.settings.saved)).toBeVisible();
      await shot('08-settings-saved');
      await page
        .getByRole('textbox', { name: text.settings.hours.startOf.replace('{{n}}', '1') })
        .fill('25:00');
      await page
        .getByRole('textbox', { name: text.settings.hours.endOf.replace('{{n}}', '2') })
        .fill('11:00');
      await page.getByRole('textbox', { name: text.settings.repeatWindow.label }).fill('0');
      await page.getByRole('button', { name: text.common.save }).click();
      await shot('09-settings-errors');
      await page.getByRole('textbox', { name: text.settings.repeatWindow.label }).focus();
      await page.keyboard.press('Tab');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('link', { name: text.areas.tickets.title }).focus();
      await shot('10-nav-focus');
    });
  });
}
