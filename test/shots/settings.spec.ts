import fs from 'node:fs';
import path from 'node:path';
import { en, expect, fill, test, zh } from '../e2e/fixtures.ts';

/**
 * A tour of the settings sub-screens (working calendar, SLA policy, categories) in both languages, for a person to
 * look at. Writes to QM_SHOTS_DIR (default test-results/shots).
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    // Large enough that a recompute is still running when the picture is taken.
    test.use({ locale, demoTickets: 200_000 });

    test(`settings (${language})`, async ({ page, host }) => {
      test.setTimeout(180_000);
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-settings-${name}.png`) });
      fs.mkdirSync(shotsDir, { recursive: true });
      // The shell scrolls inside its main area, so a full-page picture is only as tall as the window.
      await page.setViewportSize({ width: 1280, height: 1300 });
      await host.invoke('workspace.openDemo', { jobId: `shots-settings-${language}` });
      const s = text.settings;

      await page.goto('/#/settings');
      await expect(page.getByRole('heading', { name: s.formTitle })).toBeVisible();
      await page.waitForTimeout(300);
      await shot('01-general');

      await page.getByRole('tab', { name: s.tabs.calendar }).click();
      await page.getByRole('button', { name: fill(s.calendar.yearOption, { year: 2026 }) }).click();
      await expect(page.getByTestId('holiday-table')).toBeVisible();
      await shot('02-calendar');

      await page.getByRole('button', { name: fill(s.calendar.yearOption, { year: 2027 }) }).click();
      await shot('03-calendar-empty-year');
      await page.getByRole('button', { name: s.calendar.add }).click();
      await page.getByLabel(fill(s.calendar.dateOf, { n: 1 }), { exact: true }).fill('2028-01-01');
      await page.getByRole('button', { name: s.calendar.add }).click();
      await page.getByLabel(fill(s.calendar.nameOf, { n: 2 }), { exact: true }).fill('x'.repeat(45));
      await page.getByLabel(fill(s.calendar.kindOf, { n: 2 }), { exact: true }).selectOption('workday');
      await page.getByRole('textbox', { name: s.calendar.threshold.label }).fill('150');
      await page
        .getByRole('form', { name: s.calendar.clockTitle })
        .getByRole('button', { name: text.common.save, exact: true })
        .click();
      await page
        .getByRole('form', { name: s.calendar.holidaysTitle })
        .getByRole('button', { name: text.common.save, exact: true })
        .click();
      await expect(page.getByText(s.calendar.errors.summary)).toBeVisible();
      await shot('04-calendar-errors');

      await page.getByRole('tab', { name: s.tabs.sla }).click();
      const names = { tier: 1, target: s.sla.targets.response };
      await page.getByRole('textbox', { name: fill(s.sla.valueOf, names) }).fill('20');
      await page
        .getByRole('textbox', { name: s.sla.note.label })
        .fill(
          language === 'zh'
            ? '重大投诉首次响应缩短到 20 分钟'
            : 'Major complaints: first response within 20 minutes',
        );
      await page.getByRole('button', { name: s.sla.saveVersion }).click();
      await expect(page.getByText(fill(s.sla.saved, { version: 2 }))).toBeVisible();
      await shot('05-sla-saved');

      const card = page.getByTestId('sla-recompute');
      await card.getByRole('button', { name: s.recompute.start }).click();
      await expect(card.getByText(s.recompute.phases.sla)).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(600);
      await shot('06-sla-recompute-running');
      await expect(card.getByRole('button', { name: s.recompute.start })).toBeVisible({ timeout: 120_000 });
      await shot('07-sla-recompute-done');

      await page.getByRole('textbox', { name: fill(s.sla.valueOf, names) }).fill('0.1');
      await page.getByRole('button', { name: s.sla.saveVersion }).click();
      await shot('08-sla-errors');

      await page.getByRole('tab', { name: s.tabs.categories }).click();
      await expect(page.getByTestId('category-table')).toBeVisible();
      await shot('09-categories');

      const tree = await host.invoke('categories.tree', {});
      const parent = tree.find((c) => c.parentId === null)!;
      const label = (c: { nameZh: string; nameEn: string }) => (language === 'zh' ? c.nameZh : c.nameEn);
      await page
        .getByRole('button', { name: fill(s.categories.addChildOf, { name: label(parent) }) })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: s.categories.dialog.submitCreate }).click();
      await page.waitForTimeout(300);
      await shot('10-category-dialog-errors');
      await dialog.getByRole('textbox', { name: s.categories.fields.code }).fill(parent.code);
      await dialog.getByRole('textbox', { name: s.categories.fields.nameZh }).fill('安装问题');
      await dialog.getByRole('textbox', { name: s.categories.fields.nameEn }).fill('Installation problem');
      await dialog.getByRole('button', { name: s.categories.dialog.submitCreate }).click();
      await expect(
        dialog.getByText(fill(s.categories.errors.codeTaken, { code: parent.code })),
      ).toBeVisible();
      await shot('10b-category-code-taken');
      await page.keyboard.press('Escape');

      const used = tree.find((c) => c.parentId !== null && c.tickets > 0)!;
      await page.getByRole('button', { name: fill(s.categories.removeOf, { name: label(used) }) }).click();
      await page.getByRole('dialog').getByRole('button', { name: s.categories.remove, exact: true }).click();
      await expect(page.getByTestId('category-delete-refused')).toBeVisible();
      await shot('11-category-delete-refused');
    });
  });
}
