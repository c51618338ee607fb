import { expect, test, zh } from './fixtures.ts';

/** The tile's status line, e.g. "未达标 · 目标 4.20/5", for the csat_avg tile. */
const targetText = (value: string) => zh.kpi.dashboard.target.replace('{{value}}', value);

test('a tile sets its KPI target for the scope from the keyboard, refuses one out of range, and resets to default', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await host.invoke('workspace.openDemo', { jobId: 'e2e-targets-demo' });
  await page.goto('/');
  const tile = page.getByTestId('kpi-tile-csat_avg');
  await expect(tile).toContainText(targetText('4.50/5'), { timeout: 45_000 });

  await page.getByTestId('kpi-target-csat_avg').click();
  const dialog = page.getByTestId('kpi-target-dialog');
  await expect(dialog).toContainText(zh.kpi.targets.origin.default);
  const field = dialog.getByRole('textbox');
  await expect(field).toBeFocused();
  await field.fill('9');
  await field.press('Enter');
  await expect(dialog.locator('.field__error')).toHaveText(
    zh.kpi.targets.range.replace('{{min}}', '1').replace('{{max}}', '5'),
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await host.invoke('kpi.targets.list', {})).toEqual([]);

  await field.fill('4.2');
  await field.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(tile).toContainText(targetText('4.20/5'));
  const [stored] = await host.invoke('kpi.targets.list', {});
  expect(stored).toMatchObject({ kpi: 'csat_avg', scope: { dim: 'org', key: '' }, target: 4.2 });
  const audit = async () =>
    (await host.invoke('audit.list', { entity: 'kpi_target', limit: 5 })).map((e) => e.action);
  expect(await audit()).toEqual(['create']);

  await page.getByTestId('kpi-target-csat_avg').click();
  await dialog.getByRole('button', { name: zh.kpi.targets.reset }).click();
  await expect(dialog).toHaveCount(0);
  await expect(tile).toContainText(targetText('4.50/5'));
  expect(await host.invoke('kpi.targets.list', {})).toEqual([]);
  expect(await audit()).toEqual(['delete', 'create']);
});
