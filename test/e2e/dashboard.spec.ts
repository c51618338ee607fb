import path from 'node:path';
import Database from 'better-sqlite3';
import { KPI_IDS } from '../../shared/domain/kpi-catalog.ts';
import { TicketQuery } from '../../shared/schemas/tickets.ts';
import type { Page } from '@playwright/test';
import { createWorkspace, expect, fill, test, zh, type WebHost } from './fixtures.ts';

const CHARTS = ['chart-trend', 'chart-pareto', 'chart-sla-tiers', 'chart-control', 'chart-heatmap'];

/** The filter a drill-down link carries, as the ticket grid reads it. */
function drillFilter(url: string) {
  const json = decodeURIComponent(/#\/tickets\?filter=(.*)$/.exec(url)?.[1] ?? '');
  return TicketQuery.parse({ filter: JSON.parse(json) as unknown }).filter;
}

/** The grid's own count line, "共 N 条工单", for n tickets. */
const countText = (n: number) => fill(zh.tickets.count, { total: n.toLocaleString('en-US') });

/** The grid on screen applied the drill-down: its count, the chip, and the filter icons of the filtered columns. */
async function expectDrilledGrid(page: Page, url: string, total: number) {
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(total), { timeout: 15_000 });
  await expect(page.getByTestId('drill-chip')).toContainText(zh.tickets.drill.chip);
  for (const column of Object.keys(drillFilter(url))) {
    await expect(page.locator(`.ag-header-cell[col-id="${column}"].ag-header-cell-filtered`)).toHaveCount(1);
  }
}

async function gridTotal(host: WebHost, url: string): Promise<number> {
  const result = await host.invoke('tickets.query', {
    query: { filter: drillFilter(url) },
    startRow: 0,
    endRow: 1,
  });
  return result.total;
}

test('a workspace without tickets says so instead of showing empty tiles', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'empty.sqlite');
  await page.goto('/');
  await expect(page.getByTestId('dashboard-empty')).toContainText(zh.kpi.dashboard.emptyTitle);
  await expect(page.getByTestId('kpi-tiles')).toHaveCount(0);
  await expect(page.getByTestId('workspace-counts')).toContainText(zh.tables.tickets);
});

test('the demo dashboard renders every tile and chart, and tiles and charts drill down to the ticket grid', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
  const tiles = page.getByTestId('kpi-tiles');
  await expect(tiles).toBeVisible({ timeout: 45_000 });
  for (const id of KPI_IDS) {
    const tile = page.getByTestId(`kpi-tile-${id}`);
    await expect(tile).toContainText(zh.kpi.defs[id].name);
    await expect(tile.locator('canvas')).toHaveCount(1);
  }
  for (const chart of CHARTS) {
    const card = page.getByTestId(chart);
    await expect(card.locator('canvas').first()).toBeVisible();
    await expect(card.getByRole('alert')).toHaveCount(0);
  }

  // The tile's number is the grid's count for the same period and scope.
  const total = page.getByTestId('kpi-tile-tickets_total');
  const shown = Number((await total.locator('.kpi-tile__value').innerText()).replace(/[^\d]/g, ''));
  expect(shown).toBeGreaterThan(0);
  await total.click();
  await expect(page).toHaveURL(/#\/tickets\?filter=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.tickets.title);
  expect(await gridTotal(host, page.url())).toBe(shown);
  await expectDrilledGrid(page, page.url(), shown);

  // A bar of the Pareto chart opens the complaints of its category.
  await page.goBack();
  const pareto = page.getByTestId('chart-pareto').locator('canvas').first();
  await pareto.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // the bars grow in
  const box = await pareto.boundingBox();
  if (!box) throw new Error('the Pareto chart has no box');
  // The first (tallest) bar stands left in the plot, above the rotated labels.
  await page.mouse.click(box.x + 62, box.y + box.height * 0.45);
  await expect(page).toHaveURL(/#\/tickets\?filter=/);
  const filter = drillFilter(page.url());
  expect(filter.type).toEqual({ filterType: 'set', values: ['complaint'] });
  expect(filter.category).toMatchObject({ filterType: 'set' });
  // The bar's own count, as the chart's source gives it for the same days: the grid shows exactly that many.
  const days = filter.createdAt;
  if (days?.filterType !== 'date' || !days.dateFrom || !days.dateTo) throw new Error('no period in the filter');
  const bars = await host.invoke('kpi.chart.pareto', { period: `${days.dateFrom}..${days.dateTo}`, limit: 12 });
  const bar = bars.items[0]!;
  expect(filter.category).toEqual({ filterType: 'set', values: [String(bar.categoryId)] });
  expect(bar.count).toBeGreaterThan(0);
  expect(await gridTotal(host, page.url())).toBe(bar.count);
  await expectDrilledGrid(page, page.url(), bar.count);

  // The chip's clear button drops the drill-down: every ticket again, no chip, no filter in the address.
  const all = await gridTotal(host, '#/tickets?filter=%7B%7D');
  await page.getByRole('button', { name: zh.tickets.drill.clear }).click();
  await expect(page.getByTestId('ticket-count')).toHaveText(countText(all));
  await expect(page.getByTestId('drill-chip')).toHaveCount(0);
  await expect(page.locator('.ag-header-cell-filtered')).toHaveCount(0);
  expect(page.url()).not.toContain('filter=');
});

test('the period and scope pickers recompute the tiles', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
  await expect(page.getByTestId('kpi-tiles')).toBeVisible({ timeout: 45_000 });
  const coverage = await host.invoke('kpi.coverage', {});
  const year = coverage.lastDay!.slice(0, 4);

  await page.getByRole('combobox', { name: zh.kpi.dashboard.periodKind }).selectOption('year');
  const outlets = await host.invoke('ref.options', { kind: 'outlets', limit: 5 });
  const outlet = outlets[0]!;
  await page
    .getByRole('group', { name: zh.kpi.dashboard.tilesTitle })
    .locator('.scope-picker select')
    .first()
    .selectOption('outlet');
  await page.getByRole('combobox', { name: zh.kpi.dashboard.scopeValue }).selectOption(String(outlet.id));
  const expected = await host.invoke('kpi.compute', {
    period: year,
    scope: { dim: 'outlet', key: String(outlet.id) },
    kpis: ['tickets_total'],
  });
  await expect(page.getByText(`${year} · ${zh.kpi.scopeDims.outlet} · ${outlet.label}`)).toBeVisible();
  const shown = page.getByTestId('kpi-tile-tickets_total').locator('.kpi-tile__value');
  await expect(shown).toHaveText(new Intl.NumberFormat('zh-CN').format(expected.kpis[0]!.value!));
});

test('a broken or hostile filter in a drill-down address shows a message and every ticket, never a crash', async ({
  page,
  host,
}) => {
  await host.invoke('workspace.openDemo', { jobId: 'e2e-drill-demo' });
  const all = await gridTotal(host, '#/tickets?filter=%7B%7D');
  const hostile = [
    '%7Bnot-json',
    '%E0%A4%A', // not even valid percent-encoding
    encodeURIComponent('[1,2]'),
    encodeURIComponent('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    encodeURIComponent(JSON.stringify({ status: { filterType: 'set', values: '<img src=x onerror=alert(1)>' } })),
    encodeURIComponent(JSON.stringify({ subject: { filterType: 'sql', filter: "1'; DROP TABLE tickets; --" } })),
    'x'.repeat(10_000),
  ];
  for (const raw of hostile) {
    await page.goto(`/#/tickets?filter=${raw}`);
    await expect(page.getByTestId('drill-invalid')).toContainText(zh.tickets.drill.invalidTitle);
    await expect(page.getByTestId('ticket-count')).toHaveText(countText(all));
    await expect(page.getByTestId('drill-chip')).toHaveCount(0);
    await expect(page.locator('.ag-header-cell-filtered')).toHaveCount(0);
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  }

  // A good address after a bad one is applied (the list stays mounted across the hash change).
  const closed = { status: { filterType: 'set' as const, values: ['closed'] } };
  const href = `#/tickets?filter=${encodeURIComponent(JSON.stringify(closed))}`;
  await page.goto(`/${href}`);
  await expectDrilledGrid(page, href, await gridTotal(host, href));
  await expect(page.getByTestId('drill-invalid')).toHaveCount(0);
});

test('a workspace from before the KPI rollup builds it with progress and a cancel, then shows the tiles', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(300_000);
  const file = path.join(workDir, 'older.sqlite');
  await host.invoke('demo.generate', { jobId: 'e2e-older', path: file, tickets: 100_000 });
  // As a file written before the rollup existed: its tables are there (migration), never built.
  const raw = new Database(file);
  raw.prepare('UPDATE kpi_rollup_state SET built = 0').run();
  raw.close();
  await host.invoke('workspace.open', { path: file });
  expect((await host.invoke('kpi.coverage', {})).rollupReady).toBe(false);

  await page.goto('/');
  const card = page.getByTestId('kpi-rollup-build');
  await expect(card).toContainText(zh.kpi.rollup.title);
  const bar = card.getByRole('progressbar', { name: zh.kpi.rollup.progressLabel });
  // Counting tickets: the job is registered with the host.
  await expect(bar).toHaveAttribute('aria-valuemax', /\d+/, { timeout: 60_000 });
  await card.getByRole('button', { name: zh.kpi.rollup.cancel }).click();
  await expect(card).toContainText(zh.kpi.rollup.cancelled, { timeout: 15_000 });
  await expect(page.getByTestId('kpi-tiles')).toHaveCount(0);

  await card.getByRole('button', { name: zh.kpi.rollup.start }).click();
  // a shared CI machine may take a while: 100,000 tickets are a couple of seconds on a quiet one
  await expect(page.getByTestId('kpi-tiles')).toBeVisible({ timeout: 180_000 });
  await expect(card).toHaveCount(0);
  const shown = page.getByTestId('kpi-tile-tickets_total').locator('.kpi-tile__value');
  await expect(shown).not.toHaveText('—');
  expect((await host.invoke('kpi.coverage', {})).rollupReady).toBe(true);
});
