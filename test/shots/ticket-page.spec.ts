import fs from 'node:fs';
import path from 'node:path';
import { en, expect, fill, test, zh } from '../e2e/fixtures.ts';
import { referenceCodes, writeExport } from '../e2e/ticketImportFile.ts';

/**
 * A tour of the ticket page and the import wizard in both languages, for a person to look at: long Chinese labels,
 * the field grid, SLA clocks, history, error states and every wizard step.
 */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale });

    test(`ticket page and import (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(150_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string, fullPage = false) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-ticket-${name}.png`), fullPage });

      await host.invoke('workspace.openDemo', { jobId: `shots-ticket-${language}` });
      await host.invoke('app.setLanguage', { language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const { rows } = await host.invoke('tickets.query', {
        query: { queue: 'follow_up', sort: [{ colId: 'id', sort: 'asc' }], filter: {}, quickSearch: '' },
        startRow: 0,
        endRow: 1,
      });
      const id = rows[0]!.id;
      const open = await host.invoke('tickets.query', {
        query: { queue: 'open', sort: [{ colId: 'id', sort: 'desc' }], filter: {}, quickSearch: '' },
        startRow: 0,
        endRow: 1,
      });

      await page.goto(`/#/tickets/${id}`);
      const form = page.getByTestId('ticket-form');
      await expect(form).toBeVisible();
      await expect(
        page.getByTestId('ticket-history').or(page.getByText(text.ticket.history.empty)),
      ).toBeVisible();
      await shot('01-page');
      await shot('02-page-full', true);

      await form.getByLabel(text.ticket.fields.csat, { exact: true }).fill('9');
      await form.getByLabel(text.ticket.fields.subject, { exact: true }).fill('');
      await form.getByRole('button', { name: text.common.save, exact: true }).click();
      await expect(page.getByText(text.ticket.errors.summary)).toBeVisible();
      await shot('03-errors', true);
      await form.getByRole('button', { name: text.common.discard }).click();

      const assignee = form.getByRole('combobox', { name: text.ticket.fields.assigneeId, exact: true });
      await assignee.fill('E1');
      await expect(
        page.getByRole('listbox', { name: text.ticket.fields.assigneeId }).getByRole('option').first(),
      ).toBeVisible();
      await shot('04-picker');
      await assignee.press('Escape');

      const current = await host.invoke('tickets.get', { id });
      await host.invoke('tickets.update', {
        id,
        patch: { reopenCount: current.fields.reopenCount + 1 },
        expectedUpdatedAt: current.updatedAt,
      });
      await form
        .getByLabel(text.ticket.fields.resolution, { exact: true })
        .fill('更换温控器后恢复正常 / thermostat replaced');
      await form.getByRole('button', { name: text.common.save, exact: true }).click();
      await expect(page.getByText(text.ticket.save.conflictTitle)).toBeVisible();
      await shot('05-conflict');
      await page.getByRole('button', { name: text.ticket.save.reloadKeep }).click();
      await form.getByRole('button', { name: text.common.save, exact: true }).click();
      await expect(page.getByText(text.ticket.save.saved)).toBeVisible();
      await page.getByTestId('ticket-history').scrollIntoViewIfNeeded();
      await shot('06-history');

      if (open.rows[0]) {
        await page.goto(`/#/tickets/${open.rows[0].id}`);
        await expect(page.getByTestId('sla-response')).toBeVisible();
        await shot('07-open-ticket');
      }

      await page.goto('/#/tickets/new');
      await expect(page.getByRole('heading', { level: 1, name: text.ticket.titleNew })).toBeVisible();
      await shot('08-new', true);

      // The import wizard, step by step.
      const file = path.join(workDir, language === 'zh' ? '十月工单导出.csv' : 'october-export.csv');
      writeExport(file, await referenceCodes(host));
      await page.goto('/#/tickets/import');
      const ti = text.ticketImport;
      await page.getByRole('textbox', { name: ti.file.pathLabel }).fill(path.join(workDir, 'missing.csv'));
      await page.getByRole('button', { name: ti.file.preview }).click();
      await expect(page.locator('.field__error')).toBeVisible();
      await shot('10-import-missing');
      await page.getByRole('textbox', { name: ti.file.pathLabel }).fill(file);
      await page.getByRole('button', { name: ti.file.preview }).click();
      await expect(page.getByTestId('import-file-facts')).toBeVisible();
      await shot('11-import-file', true);
      await page.getByRole('button', { name: ti.file.next }).click();
      await expect(page.getByTestId('mapping-table')).toBeVisible();
      await shot('12-import-mapping', true);
      await page.getByRole('button', { name: `${ti.mapping.valueMapEdit} · ${ti.fields.channel}` }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('13-import-value-map');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: ti.mapping.next }).click();
      await expect(page.getByTestId('import-check')).toBeVisible();
      await shot('14-import-check', true);
      await page.getByRole('button', { name: fill(ti.check.importValid_other, { formatted: '12' }) }).click();
      await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
      await shot('15-import-done', true);
    });
  });
}
