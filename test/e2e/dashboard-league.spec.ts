import { LEAGUE_KPIS } from '../../shared/domain/kpi-league.ts';
import type { KpiId } from '../../shared/domain/kpi-catalog.ts';
import type { Page } from '@playwright/test';
import { expect, test, zh } from './fixtures.ts';

/** The outlet ids of the league grid in rank order (AG Grid may keep rows out of DOM order). */
async function gridOrder(page: Page): Promise<string[]> {
  const rows = await page
    .getByTestId('league-grid')
    .locator('.ag-row[row-index]')
    .evaluateAll((els) =>
      els.map((el) => [
        Number(el.getAttribute('row-index')),
        el.querySelector('[data-testid^="league-outlet-"]')?.getAttribute('data-testid') ?? '',
      ]),
    );
  return rows
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map((r) => String(r[1]).replace('league-outlet-', ''));
}

async function saveOnly(page: Page, kpi: KpiId) {
  for (const id of LEAGUE_KPIS) await page.getByTestId(`league-weight-${id}`).fill(id === kpi ? '10' : '0');
  await page.getByRole('button', { name: zh.kpi.league.weights.save }).click();
  await expect(page.getByText(zh.kpi.league.weights.saved)).toBeVisible();
}

test('the demo dashboard shows the audit, training and SERVQUAL tiles, which drill to their areas and say where they are not measured', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
  await expect(page.getByTestId('kpi-tiles')).toBeVisible({ timeout: 45_000 });
  for (const [source, id] of [
    ['audits', 'qa_score_avg'],
    ['training', 'training_coverage'],
    ['surveys', 'servqual_gap_empathy'],
  ] as const) {
    const group = page.getByTestId(`kpi-tiles-${source}`);
    await expect(group.getByTestId(`kpi-tile-${id}`)).toContainText(zh.kpi.defs[id].name);
  }
  await expect(page.getByText(zh.kpi.dashboard.groups.audits, { exact: true })).toBeVisible();
  await expect(page.getByTestId('kpi-tile-qa_score_avg')).toHaveAttribute('href', '#/audits');
  await expect(page.getByTestId('kpi-tile-servqual_gap_empathy')).toHaveAttribute(
    'href',
    '#/surveys/servqual',
  );

  await page
    .getByRole('group', { name: zh.kpi.dashboard.tilesTitle })
    .locator('.scope-picker select')
    .first()
    .selectOption('channel');
  await page.getByRole('combobox', { name: zh.kpi.dashboard.scopeValue }).selectOption('phone');
  const unmeasured = page.getByTestId('kpi-tile-servqual_gap_empathy');
  await expect(unmeasured).toContainText(zh.kpi.dashboard.notMeasured);
  await expect(page.getByTestId('kpi-tile-training_pass_rate')).toContainText(zh.kpi.dashboard.notMeasured);
  // audits reach a channel through the audited ticket
  await expect(page.getByTestId('kpi-tile-qa_score_avg')).not.toContainText(zh.kpi.dashboard.notMeasured);
});

test('the outlet league ranks by the saved weights, re-ranks when one is edited, and opens an outlet’s dashboard', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
  const card = page.getByTestId('chart-league');
  await expect(card.locator('canvas').first()).toBeVisible({ timeout: 45_000 });
  await expect(card.getByRole('alert')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  const coverage = await host.invoke('kpi.coverage', {});
  const month = coverage.lastDay!.slice(0, 7);
  const league = await host.invoke('kpi.league', { period: month });
  expect(league.weights.custom).toBe(false);
  await expect.poll(() => gridOrder(page)).toEqual(league.rows.map((r) => String(r.outletId)));

  await page.getByTestId('league-edit-weights').click();
  // all zero is refused in the form and nothing is saved
  for (const id of LEAGUE_KPIS) await page.getByTestId(`league-weight-${id}`).fill('0');
  await page.getByRole('button', { name: zh.kpi.league.weights.save }).click();
  await expect(card.getByRole('alert')).toContainText(zh.kpi.league.weights.allZero);
  expect((await host.invoke('kpi.league', { period: month })).weights.custom).toBe(false);

  await saveOnly(page, 'csat_avg');
  const byCsat = (await host.invoke('kpi.league', { period: month })).rows.map((r) => String(r.outletId));
  await expect.poll(() => gridOrder(page)).toEqual(byCsat);
  await saveOnly(page, 'complaint_rate');
  const byComplaints = (await host.invoke('kpi.league', { period: month })).rows.map((r) =>
    String(r.outletId),
  );
  expect(byComplaints).not.toEqual(byCsat);
  await expect.poll(() => gridOrder(page)).toEqual(byComplaints);

  await page.getByRole('button', { name: zh.kpi.league.weights.reset }).click();
  await expect(page.getByText(zh.kpi.league.weights.resetDone)).toBeVisible();
  expect((await host.invoke('kpi.league', { period: month })).weights.custom).toBe(false);

  const first = league.rows[0]!;
  await page.getByTestId(`league-outlet-${first.outletId}`).click();
  await expect(page.getByText(`${month} · ${zh.kpi.scopeDims.outlet} · ${first.name}`)).toBeVisible();
});
