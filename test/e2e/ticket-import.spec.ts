import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fill, test, zh } from './fixtures.ts';
import { BAD, encodeGb18030, MARK, referenceCodes, writeExport } from './ticketImportFile.ts';

const ti = zh.ticketImport;

/** Why each BAD row is rejected, in the words of the Chinese catalog (the UI language). */
const REASONS = new Map<number, string>([
  [5, ti.rowErrors.notRealDate],
  [
    9,
    fill(ti.rowErrors.unknownValue, {
      field: ti.fields.channel,
      value: 'carrier pigeon',
      expected: 'phone, chat, app, web, email, social, walk_in, onsite',
    }),
  ],
  [13, fill(ti.rowErrors.tooBig, { max: 4 })],
]);

async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByRole('textbox', { name: ti.file.pathLabel }).fill(file);
  await page.getByRole('button', { name: ti.file.preview }).click();
  await expect(page.getByTestId('import-file-facts')).toBeVisible();
}

test.beforeEach(async ({ host }) => {
  await host.invoke('workspace.openDemo', { jobId: 'e2e-ticket-import' });
});

test('a CSV with a few bad rows: error report, import the rest, find them in the grid, open one, edit it, see the history', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(90_000);
  const file = path.join(workDir, 'crm-export.csv');
  writeExport(file, await referenceCodes(host));

  await page.goto('/#/tickets');
  await page.getByRole('link', { name: zh.tickets.importAction }).click();
  await expect(page.getByRole('heading', { level: 1, name: ti.title })).toBeVisible();

  // 1. File: the encoding is detected and the first rows shown as written.
  await chooseFile(page, file);
  await expect(page.getByTestId('import-encoding')).toHaveText(ti.encodings['utf-8']);
  await expect(page.getByTestId('import-file-facts')).toContainText('CRM-E2E-001');
  await page.getByRole('button', { name: ti.file.next }).click();

  // 2. Mapping: the generic layout is recognised; the converted preview marks the bad rows.
  await expect(page.getByTestId('mapping-table')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: `${ti.fields.subject} · ${ti.mapping.column}` }),
  ).toHaveValue('subject');
  await expect(page.getByTestId('import-converted').locator('tr.import-table__bad')).toHaveCount(3);
  for (const reason of REASONS.values()) {
    await expect(
      page.getByTestId('import-converted').locator('td.import-table__reasons', { hasText: reason }),
    ).toHaveCount(1);
  }
  await page.getByRole('button', { name: ti.mapping.next }).click();

  // 3. Check: every row read, nothing written yet; the report lists row, column, value and reason.
  const check = page.getByTestId('import-check');
  await expect(check).toBeVisible();
  await expect(check.getByTestId('import-count-total')).toContainText('15');
  await expect(check.getByTestId('import-count-inserted')).toContainText('12');
  await expect(check.getByTestId('import-count-rejected')).toContainText('3');
  const report = page.getByTestId('import-errors');
  for (const [row, cells] of BAD) {
    const line = report
      .locator('tbody tr')
      .filter({ has: page.locator('td.import-table__row', { hasText: new RegExp(`^${row}$`) }) });
    await expect(line).toContainText(Object.keys(cells)[0]!);
    await expect(line).toContainText(Object.values(cells)[0]!);
    await expect(line.locator('td').last()).toHaveText(REASONS.get(row)!);
  }
  expect(
    (
      await host.invoke('tickets.query', {
        query: { queue: 'all', sort: [], filter: {}, quickSearch: MARK },
        startRow: 0,
        endRow: 10,
      })
    ).total,
  ).toBe(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: ti.errors.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(ti.errors.fileName);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const csvLines = csv.slice(1).trimEnd().split('\r\n');
  expect(csvLines[0]).toBe(`${ti.errors.row},${ti.errors.column},${ti.errors.value},${ti.errors.reason}`);
  expect(csvLines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual([5, 9, 13]);
  expect(csvLines[1]).toBe(`5,created_at,2026-02-30 10:00,${REASONS.get(5)}`);
  // The full report core writes beside the file is in the UI language too.
  const besideFile = fs.readFileSync(path.join(workDir, 'crm-export.errors.csv'), 'utf8');
  expect(besideFile.slice(1).trimEnd().split('\r\n')).toEqual([
    `${ti.errors.row},${ti.errors.column},${ti.errors.value},${ti.errors.reason}`,
    `5,created_at,2026-02-30 10:00,${REASONS.get(5)}`,
    `9,channel,carrier pigeon,"${REASONS.get(9)}"`,
    `13,tier,9,${REASONS.get(13)}`,
  ]);

  // 4. Import the valid rows.
  await check.getByRole('button', { name: fill(ti.check.importValid_other, { formatted: '12' }) }).click();
  const done = page.getByTestId('import-done');
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done.getByTestId('import-count-inserted')).toContainText('12');
  await expect(done.getByTestId('import-count-rejected')).toContainText('3');

  // The grid, narrowed to the imported rows.
  await done.getByRole('link', { name: ti.done.toList }).click();
  await page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: zh.tickets.search.label }))
    .first()
    .fill(MARK);
  await expect(page.getByTestId('ticket-count')).toHaveText(fill(zh.tickets.count, { total: '12' }), {
    timeout: 15_000,
  });

  // Open one, edit it, and see the change in its history.
  const { rows } = await host.invoke('tickets.query', {
    query: {
      queue: 'all',
      sort: [],
      filter: { externalId: { filterType: 'text', type: 'equals', filter: 'CRM-E2E-002' } },
      quickSearch: '',
    },
    startRow: 0,
    endRow: 5,
  });
  const imported = rows.find((r) => r.externalId === 'CRM-E2E-002')!;
  expect(imported).toBeDefined();
  await page
    .getByRole('link', { name: fill(zh.tickets.openTicket, { id: imported.id }) })
    .click({ force: true });
  await expect(
    page.getByRole('heading', { level: 1, name: fill(zh.ticket.title, { id: imported.id }) }),
  ).toBeVisible();
  const form = page.getByTestId('ticket-form');
  await expect(form.getByLabel(zh.ticket.fields.externalId, { exact: true })).toHaveValue('CRM-E2E-002');
  await expect(form.getByLabel(zh.ticket.fields.csat, { exact: true })).toHaveValue('4');
  await form.getByLabel(zh.ticket.fields.csat, { exact: true }).fill('2');
  await form.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(zh.ticket.save.saved)).toBeVisible();
  const change = page
    .getByTestId('ticket-history')
    .locator('.history__change')
    .filter({ hasText: zh.ticket.fields.csat })
    .first();
  await expect(change.locator('.history__before')).toHaveText('4');
  await expect(change.locator('.history__after')).toHaveText('2');
  expect((await host.invoke('tickets.get', { id: imported.id })).fields.csat).toBe(2);
});

test('a value map fixes an unknown spelling, the mapping is saved by name, and a re-import updates instead of duplicating', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(90_000);
  const file = path.join(workDir, 'crm-export.csv');
  writeExport(file, await referenceCodes(host));

  await page.goto('/#/tickets/import');
  await chooseFile(page, file);
  await page.getByRole('button', { name: ti.file.next }).click();

  // Teach the mapping that "carrier pigeon" is a social-media contact.
  await page.getByRole('button', { name: `${ti.mapping.valueMapEdit} · ${ti.fields.channel}` }).click();
  const dialog = page.getByRole('dialog', {
    name: fill(ti.mapping.valueMapTitle, { field: ti.fields.channel }),
  });
  const sources = dialog.getByRole('textbox', { name: new RegExp(`^${ti.mapping.source}`) });
  const count = await sources.count();
  let index = -1;
  for (let i = 0; i < count; i++) if ((await sources.nth(i).inputValue()) === 'carrier pigeon') index = i;
  expect(index, 'the preview offers the unmapped value').toBeGreaterThanOrEqual(0);
  await dialog.getByRole('combobox', { name: `${ti.mapping.target} ${index + 1}` }).selectOption('social');
  await dialog.getByRole('button', { name: zh.common.save, exact: true }).click();
  await page.getByRole('button', { name: ti.mapping.recheck }).click();
  await expect(page.getByTestId('import-converted').locator('tr.import-table__bad')).toHaveCount(2);

  await page.getByRole('textbox', { name: ti.mapping.saveName }).fill('华东 CRM 月度导出');
  await page.getByRole('button', { name: ti.mapping.save }).click();
  await expect(page.getByText(fill(ti.mapping.saved, { name: '华东 CRM 月度导出' }))).toBeVisible();
  expect(
    (await host.invoke('import.mappings.list', {})).some((m) => m.name === '华东 CRM 月度导出' && !m.builtIn),
  ).toBe(true);

  // …and exported as a JSON file for a colleague or the command line.
  const json = path.join(workDir, 'east-crm-mapping.json');
  await page.getByRole('button', { name: ti.mapping.exportFile }).click();
  const exportDialog = page.getByRole('dialog', { name: ti.mapping.exportTitle });
  await exportDialog.getByRole('textbox', { name: ti.mapping.filePath }).fill(json);
  await exportDialog.getByRole('button', { name: ti.mapping.exportSubmit }).click();
  await expect(page.getByText(fill(ti.mapping.exported, { path: json }))).toBeVisible();
  const exported = JSON.parse(fs.readFileSync(json, 'utf8')) as {
    name: string;
    fields: { channel: { valueMap: Record<string, string> } };
  };
  expect(exported.name).toBe('华东 CRM 月度导出');
  expect(exported.fields.channel.valueMap['carrier pigeon']).toBe('social');

  await page.getByRole('button', { name: ti.mapping.next }).click();
  const check = page.getByTestId('import-check');
  await expect(check.getByTestId('import-count-rejected')).toContainText('2');
  await check.getByRole('button', { name: fill(ti.check.importValid_other, { formatted: '13' }) }).click();
  await expect(page.getByTestId('import-done').getByTestId('import-count-inserted')).toContainText('13');

  // The same file again, through the saved mapping: nothing new, the known tickets are matched by external id.
  await page.getByRole('button', { name: ti.done.another }).click();
  await chooseFile(page, file);
  await page.getByRole('button', { name: ti.file.next }).click();
  await page.getByRole('combobox', { name: ti.mapping.preset }).selectOption('华东 CRM 月度导出');
  await page.getByRole('button', { name: ti.mapping.apply }).click();
  await page.getByRole('button', { name: ti.mapping.next }).click();
  await expect(check.getByTestId('import-count-inserted')).toContainText('0');
  await expect(check.getByTestId('import-count-unchanged')).toContainText('13');
});

test('a GB18030 export from Chinese Excel is detected, read and imported with its Chinese values', async ({
  page,
  host,
  workDir,
}) => {
  const file = path.join(workDir, '工单导出-GBK.csv');
  const lines = [
    '工单号,渠道,类型,级别,主题,状态,创建时间',
    'GBK-001,电话,投诉,一级,燃气灶点不着火 客户很着急,处理中,2026/10/8 9:05',
    'GBK-002,在线客服,维修,三级,洗衣机脱水异响,已关闭,2026/10/9 14:20',
  ];
  fs.writeFileSync(file, encodeGb18030(lines.join('\r\n') + '\r\n'));

  await page.goto('/#/tickets/import');
  await chooseFile(page, file);
  await expect(page.getByTestId('import-encoding')).toHaveText(ti.encodings.gb18030);
  await expect(page.getByTestId('import-file-facts')).toContainText('燃气灶点不着火');
  await page.getByRole('button', { name: ti.file.next }).click();

  // Chinese headers are not a preset's: map the required fields by hand.
  const column = (field: keyof typeof ti.fields) =>
    page.getByRole('combobox', { name: `${ti.fields[field]} · ${ti.mapping.column}` });
  for (const [field, header] of [
    ['externalId', '工单号'],
    ['channel', '渠道'],
    ['type', '类型'],
    ['tier', '级别'],
    ['subject', '主题'],
    ['status', '状态'],
    ['createdAt', '创建时间'],
  ] as const) {
    await column(field).selectOption(header);
  }
  await page.getByRole('button', { name: ti.mapping.recheck }).click();
  const converted = page.getByTestId('import-converted');
  await expect(converted.locator('tr.import-table__bad')).toHaveCount(0);
  await expect(converted).toContainText(zh.tickets.channel.phone);
  await expect(converted).toContainText(zh.tickets.type.complaint);
  await page.getByRole('button', { name: ti.mapping.next }).click();
  await page
    .getByTestId('import-check')
    .getByRole('button', { name: fill(ti.check.importValid_other, { formatted: '2' }) })
    .click();
  await expect(page.getByTestId('import-done').getByTestId('import-count-inserted')).toContainText('2');

  const { rows } = await host.invoke('tickets.query', {
    query: {
      queue: 'all',
      sort: [],
      filter: { externalId: { filterType: 'text', type: 'equals', filter: 'GBK-001' } },
      quickSearch: '',
    },
    startRow: 0,
    endRow: 1,
  });
  const ticket = await host.invoke('tickets.get', { id: rows[0]!.id });
  expect(ticket.fields).toMatchObject({
    channel: 'phone',
    type: 'complaint',
    tier: 1,
    status: 'in_progress',
    subject: '燃气灶点不着火 客户很着急',
  });
  expect(ticket.fields.createdAt).toBe(Date.UTC(2026, 9, 8, 1, 5));
});

test('a large file shows progress while it is checked, and Cancel stops it with nothing written', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(120_000);
  const file = path.join(workDir, 'big-export.csv');
  const header = 'external_id,channel,type,tier,subject,status,created_at';
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, `${header}\n`);
  const chunk: string[] = [];
  for (let i = 1; i <= 600_000; i++) {
    chunk.push(
      `BIG-${i},phone,repair,3,${MARK} 大文件第 ${i} 行 冰箱不制冷,in_progress,2026-10-01 08:${String(i % 60).padStart(2, '0')}`,
    );
    if (chunk.length === 50_000) {
      fs.writeSync(out, `${chunk.join('\n')}\n`);
      chunk.length = 0;
    }
  }
  fs.closeSync(out);
  const before = (await host.invoke('workspace.info', {})).tables.find((t) => t.table === 'tickets')?.rows;

  await page.goto('/#/tickets/import');
  await chooseFile(page, file);
  await page.getByRole('button', { name: ti.file.next }).click();
  await page.getByRole('button', { name: ti.mapping.next }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress.getByRole('progressbar', { name: ti.progress.label })).toBeVisible();
  await progress.getByRole('button', { name: ti.progress.cancel }).click();
  await expect(page.getByText(ti.progress.cancelled)).toBeVisible({ timeout: 30_000 });
  const after = (await host.invoke('workspace.info', {})).tables.find((t) => t.table === 'tickets')?.rows;
  expect(after).toBe(before);
});
