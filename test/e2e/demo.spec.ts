import { expect, fill, test, zh } from './fixtures.ts';

test('opening the demo workspace shows progress, then the shell with the real record counts', async ({
  page,
  host,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
  const progress = page.getByTestId('demo-progress');
  await expect(progress.getByRole('progressbar', { name: zh.start.demo.progressLabel })).toBeVisible();
  await expect(progress.getByRole('button', { name: zh.start.demo.cancel })).toBeVisible();

  await expect(page.getByRole('navigation', { name: zh.shell.navLabel })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('workspace-name')).toHaveText('demo-workspace.sqlite');
  await expect(page.getByText(zh.shell.demoBadge, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.dashboard.title);

  const info = await host.invoke('workspace.info', {});
  const count = (table: string) => info.tables.find((t) => t.table === table)?.rows ?? -1;
  expect(count('tickets')).toBe(3000);
  const tiles = page.getByTestId('workspace-counts');
  await expect(tiles.locator('.tile').filter({ hasText: zh.tables.tickets })).toContainText('3,000');
  await expect(tiles.locator('.tile').filter({ hasText: zh.tables.outlets })).toContainText(
    String(count('outlets')),
  );
  await expect(page.getByTestId('kpi-tiles')).toBeVisible();
});

test.describe('a large demo', () => {
  // Big enough that generation is still running when we press Cancel.
  test.use({ demoTickets: 500_000 });

  test('reports its phase and counts, and Cancel stops it without leaving a workspace', async ({
    page,
    host,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: zh.start.demo.title, exact: true }).click();
    const progress = page.getByTestId('demo-progress');
    await expect(progress.getByText(zh.demoPhase.tickets)).toBeVisible({ timeout: 20_000 });
    await expect(progress).toContainText(fill(zh.start.demo.progress, { done: '', total: '500,000' }).trim());
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '500000');

    await progress.getByRole('button', { name: zh.start.demo.cancel }).click();
    await expect(page.getByText(zh.start.demo.cancelled)).toBeVisible({ timeout: 20_000 });
    await expect(progress).toHaveCount(0);
    await expect(page.getByRole('button', { name: zh.start.demo.title, exact: true })).toBeEnabled();
    const info = await host.invoke('app.info', {});
    expect(info.workspace).toBeNull();
    expect(info.recent).toEqual([]);
  });
});
