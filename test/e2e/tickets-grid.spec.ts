import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { MethodInput } from '../../shared/api.ts';
import { en, expect, fill, test, zh, type WebHost } from './fixtures.ts';

type Query = MethodInput<'tickets.query'>['query'];

/** What core says the grid should show for a query: the count the toolbar must print. */
async function totalOf(host: WebHost, query: Query): Promise<number> {
  return (await host.invoke('tickets.query', { query, startRow: 0, endRow: 1 })).total;
}

const countText = (n: number) => fill(zh.tickets.count, { total: n.toLocaleString('en-US') });
const cell = (page: Page, row: number, column: string) =>
  page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${column}"]`);

async function openFilter(page: Page, column: string) {
  const header = page.locator(`.ag-header-cell[col-id="${column}"]`);
  await header.hover();
  await header.locator('.ag-header-cell-filter-button').click();
}

test.beforeEach(async ({ host }) => {
  await host.invoke('workspace.openDemo', { jobId: 'e2e-tickets-demo' });
  // The first query of a new workspace builds its grid indexes; pay for that here, not inside a 10 s expectation.
  await totalOf(host, {});
});

test('the grid shows the real total, sorts, filters, searches and switches queues as core counts them', async ({
  page,
  host,
}) => {
  await page.goto('/#/tickets');
  const count = page.getByTestId('ticket-count');
  const all = await totalOf(host, {});
  expect(all).toBe(3000);
  await expect(count).toHaveText(countText(all));

  // Sort: the first click on a header sorts ascending.
  const byId = await host.invoke('tickets.query', {
    query: { sort: [{ colId: 'id', sort: 'asc' }] },
    startRow: 0,
    endRow: 1,
  });
  await page.locator('.ag-header-cell[col-id="id"] .ag-header-cell-label').click();
  await expect(cell(page, 0, 'id')).toHaveText(String(byId.rows[0]!.id));

  // Set filter on status: only closed tickets.
  await openFilter(page, 'status');
  await page.getByRole('button', { name: zh.tickets.setFilter.none }).click();
  await page.getByRole('checkbox', { name: zh.tickets.status.closed }).check();
  const closed = await totalOf(host, { filter: { status: { filterType: 'set', values: ['closed'] } } });
  expect(closed).toBeGreaterThan(0);
  expect(closed).toBeLessThan(all);
  await expect(count).toHaveText(countText(closed));
  await page.keyboard.press('Escape');
  await expect(cell(page, 0, 'status')).toHaveText(zh.tickets.status.closed);

  // Number filter on CSAT (at most 2) narrows further, as core counts it.
  await openFilter(page, 'csat');
  await page.locator('.ag-filter select, .ag-filter .ag-picker-field').first().click();
  await page.getByRole('option', { name: zh.tickets.grid.lessThanOrEqual }).click();
  await page.locator('.ag-filter input[type="number"], .ag-filter .ag-input-field-input').first().fill('2');
  const unhappy = await totalOf(host, {
    filter: {
      status: { filterType: 'set', values: ['closed'] },
      csat: { filterType: 'number', type: 'lessThanOrEqual', filter: 2 },
    },
  });
  await expect(count).toHaveText(countText(unhappy));
  await page.keyboard.press('Escape');

  // Clear the filters, then a quick search over subject and description.
  await page.getByRole('button', { name: zh.tickets.clearFilters }).click();
  await expect(count).toHaveText(countText(all));
  const word = '漏水';
  const searched = await totalOf(host, { quickSearch: word });
  expect(searched).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: zh.tickets.search.label }).fill(word);
  await expect(count).toHaveText(countText(searched));
  await page.getByRole('button', { name: zh.tickets.search.clear }).click();
  await expect(count).toHaveText(countText(all));

  // Queues.
  const callbacks = await totalOf(host, { queue: 'callbacks_due' });
  await page.getByRole('button', { name: zh.tickets.queues.callbacks_due, exact: true }).click();
  await expect(count).toHaveText(countText(callbacks));
  const breached = await totalOf(host, { queue: 'breached' });
  await page.getByRole('button', { name: zh.tickets.queues.breached, exact: true }).click();
  await expect(count).toHaveText(countText(breached));
});

test('nothing matching shows the designed empty state, whose button clears the filters', async ({ page }) => {
  await page.goto('/#/tickets');
  await page.getByRole('searchbox', { name: zh.tickets.search.label }).fill('绝对不会出现的词语组合');
  const empty = page.getByTestId('grid-empty');
  await expect(empty).toContainText(zh.tickets.empty.filteredTitle);
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(0));
  await empty.getByRole('button', { name: zh.tickets.clearFilters }).click();
  await expect(empty).toHaveCount(0);
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(3000));
  await expect(page.getByRole('searchbox', { name: zh.tickets.search.label })).toHaveValue('');
});

test('a saved view keeps queue, search, filters and columns, and comes back after a reload', async ({
  page,
  host,
}) => {
  await page.goto('/#/tickets');
  await page.getByRole('button', { name: zh.tickets.queues.open, exact: true }).click();
  await openFilter(page, 'type');
  await page.getByRole('button', { name: zh.tickets.setFilter.none }).click();
  await page.getByRole('checkbox', { name: zh.tickets.type.complaint }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: new RegExp(zh.tickets.columnChooser.button) }).click();
  await page.getByRole('checkbox', { name: zh.tickets.columns.customer, exact: true }).check();
  await page.keyboard.press('Escape');
  const expected = await totalOf(host, {
    queue: 'open',
    filter: { type: { filterType: 'set', values: ['complaint'] } },
  });
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(expected));

  await page.getByRole('button', { name: zh.tickets.views.save }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: zh.tickets.views.name }).fill('未结投诉');
  await page.getByRole('dialog').getByRole('button', { name: zh.common.save }).click();
  await expect(page.getByText(fill(zh.tickets.views.saved, { name: '未结投诉' }))).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(3000));
  await expect(page.locator('.ag-header-cell[col-id="customer"]')).toHaveCount(0);
  await page.getByRole('combobox', { name: zh.tickets.views.label }).selectOption({ label: '未结投诉' });
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(expected));
  await expect(page.getByRole('button', { name: zh.tickets.queues.open, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.ag-header-cell[col-id="customer"]')).toHaveCount(1);
  expect((await host.invoke('views.list', { area: 'tickets' })).map((v) => v.name)).toEqual(['未结投诉']);
});

test('the current view exports to CSV with progress, then says where the file is', async ({
  page,
  host,
  workDir,
}) => {
  await page.goto('/#/tickets');
  await page.getByRole('button', { name: zh.tickets.queues.breached, exact: true }).click();
  const expected = await totalOf(host, { queue: 'breached' });
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(expected));

  await page.getByRole('button', { name: zh.tickets.export.button, exact: true }).click();
  await page.getByRole('button', { name: zh.tickets.export.csv }).click();
  const dialog = page.getByRole('dialog');
  const file = path.join(workDir, '已超时工单.csv');
  await dialog.getByRole('textbox', { name: zh.tickets.export.pathLabel }).fill(file);
  await dialog.getByRole('button', { name: zh.tickets.export.submit }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByText(fill(zh.tickets.export.done, { rows: expected.toLocaleString('en-US'), path: file })),
  ).toBeVisible();

  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(expected + 1);
  expect(lines[0]!.split(',')[0]).toBe('编号');
});

test('Enter or a double click on a row opens the ticket', async ({ page }) => {
  await page.goto('/#/tickets');
  const first = cell(page, 0, 'id');
  await expect(first).toHaveText(/^\d+$/);
  const id = (await first.textContent())!;
  await cell(page, 0, 'createdAt').click();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/tickets/${id}$`));

  await page.goBack();
  await expect(page).toHaveURL(/#\/tickets$/);
  const second = cell(page, 1, 'id');
  const secondId = (await second.textContent())!;
  await cell(page, 1, 'subject').dblclick();
  await expect(page).toHaveURL(new RegExp(`#/tickets/${secondId}$`));
});

test('a complaint keyword searches the grid; the archive finds closed cases', async ({ page, host }) => {
  await page.goto('/#/tickets/keywords');
  await page.getByLabel(zh.tickets.keywords.period).selectOption({ index: 2 });
  const table = page.getByTestId('keywords').getByRole('table');
  await expect(table).toBeVisible({ timeout: 20_000 });
  const term = (await table.getByRole('button').first().textContent())!;
  await table.getByRole('button', { name: term, exact: true }).click();
  await expect(page).toHaveURL(/#\/tickets$/);
  await expect(page.getByRole('searchbox', { name: zh.tickets.search.label })).toHaveValue(term);
  await expect(page.getByTestId('ticket-count')).toHaveText(
    countText(await totalOf(host, { quickSearch: term })),
  );

  await page.getByRole('link', { name: zh.tickets.tabs.archive }).click();
  await page.getByRole('searchbox', { name: zh.tickets.archive.label }).fill('维修');
  await page.getByRole('button', { name: zh.tickets.archive.submit }).click();
  const hits = await host.invoke('tickets.archive', { text: '维修', limit: 30 });
  expect(hits.length).toBeGreaterThan(0);
  await expect(page.getByTestId('archive-results').getByRole('listitem')).toHaveCount(hits.length);
  await expect(page.getByTestId('archive-results').getByRole('link').first()).toHaveText(hits[0]!.subject);
});

test('switching the language keeps queue, search and filters, and relabels the grid', async ({
  page,
  host,
}) => {
  await page.goto('/#/tickets');
  await page.getByRole('button', { name: zh.tickets.queues.open, exact: true }).click();
  await openFilter(page, 'tier');
  await page.getByRole('button', { name: zh.tickets.setFilter.none }).click();
  await page.getByRole('checkbox', { name: zh.tickets.tier['1'] }).check();
  await page.keyboard.press('Escape');
  const expected = await totalOf(host, {
    queue: 'open',
    filter: { tier: { filterType: 'set', values: ['1'] } },
  });
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(expected));

  await page.getByRole('button', { name: en.language.en }).click();
  await expect(page.getByTestId('ticket-count')).toHaveText(
    fill(en.tickets.count, { total: expected.toLocaleString('en-US') }),
  );
  await expect(page.getByRole('button', { name: en.tickets.queues.open, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.ag-header-cell[col-id="tier"]')).toContainText(en.tickets.columns.tier);
  await expect(cell(page, 0, 'tier')).toHaveText(en.tickets.tier['1']);
});

test.describe('a large view', () => {
  // Generating the demo takes a while on a busy machine; the export must still be running when Cancel is pressed.
  test.describe.configure({ timeout: 180_000 });
  test.use({ demoTickets: 100_000 });

  test('its export shows progress and can be cancelled, leaving no file', async ({ page, workDir }) => {
    await page.goto('/#/tickets');
    await expect(page.getByTestId('ticket-count')).toHaveText(countText(100_000), { timeout: 30_000 });
    await page.getByRole('button', { name: zh.tickets.export.button, exact: true }).click();
    await page.getByRole('button', { name: zh.tickets.export.xlsx }).click();
    const dialog = page.getByRole('dialog');
    const file = path.join(workDir, 'all.xlsx');
    await dialog.getByRole('textbox', { name: zh.tickets.export.pathLabel }).fill(file);
    await dialog.getByRole('button', { name: zh.tickets.export.submit }).click();
    const progress = dialog.getByRole('progressbar', { name: zh.tickets.export.progressLabel });
    await expect(progress).toHaveAttribute('aria-valuemax', '100000', { timeout: 30_000 });
    await dialog.getByRole('button', { name: zh.tickets.export.cancel }).click();
    await expect(page.getByText(zh.tickets.export.cancelled)).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toHaveCount(0);
    expect(fs.readdirSync(workDir).filter((name) => name.startsWith('all.xlsx'))).toEqual([]);
  });
});

test('a failed block shows the error state; Retry asks again and the rows come back', async ({ page }) => {
  let failing = true;
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (failing && body.method === 'tickets.query') {
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'IO_ERROR', message: 'disk I/O error' } }),
      });
    } else {
      await route.fallback();
    }
  });
  await page.goto('/#/tickets');
  const error = page.getByTestId('grid-error');
  await expect(error).toContainText(zh.tickets.loadFailed);
  await expect(error).toContainText(zh.errors.IO_ERROR);
  failing = false;
  await error.getByRole('button', { name: zh.tickets.retry }).click();
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(3000));
  await expect(cell(page, 0, 'id')).toHaveText(/^\d+$/);
});
