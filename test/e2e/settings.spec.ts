import { createWorkspace, expect, fill, test, zh } from './fixtures.ts';

const period = (kind: 'startOf' | 'endOf', n: number) => ({ name: fill(zh.settings.hours[kind], { n }) });

test.beforeEach(async ({ host, workDir }) => {
  await createWorkspace(host, workDir, 'settings.sqlite');
});

test('working hours are saved, kept after a reload, and the change is listed with before and after', async ({
  page,
  host,
}) => {
  await page.goto('/#/settings');
  const end2 = page.getByRole('textbox', period('endOf', 2));
  await expect(end2).toHaveValue('18:00');
  await end2.fill('17:30');
  await page.getByRole('button', { name: zh.settings.hours.add }).click();
  // A Chinese input method types a full-width colon; it is accepted.
  await page.getByRole('textbox', period('startOf', 3)).fill('19：00');
  await page.getByRole('textbox', period('endOf', 3)).fill('21:00');
  await expect(page.getByText(zh.settings.unsaved)).toBeVisible();
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(zh.settings.saved)).toBeVisible();

  const history = page.getByTestId('settings-history');
  await expect(history).toContainText(zh.settings.keys.workingCalendar);
  await expect(history).toContainText('13:30–18:00');
  await expect(history).toContainText('13:30–17:30、19:00–21:00');

  await page.reload();
  await expect(page.getByRole('textbox', period('endOf', 2))).toHaveValue('17:30');
  await expect(page.getByRole('textbox', period('startOf', 3))).toHaveValue('19:00');
  expect((await host.invoke('settings.get', {})).workingCalendar.hours).toEqual([
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:30' },
    { start: '19:00', end: '21:00' },
  ]);
});

test('invalid values are explained at their field, nothing is saved, and fixing them clears the errors', async ({
  page,
  host,
}) => {
  const before = await host.invoke('settings.get', {});
  await page.goto('/#/settings');
  const start1 = page.getByRole('textbox', period('startOf', 1));
  const windowDays = page.getByRole('textbox', { name: zh.settings.repeatWindow.label });
  await start1.fill('25:00');
  await windowDays.fill('0');
  await page.getByRole('checkbox', { name: zh.weekdays['1'] }).uncheck();
  await page.getByRole('checkbox', { name: zh.weekdays['2'] }).uncheck();
  for (const day of ['3', '4', '5'] as const)
    await page.getByRole('checkbox', { name: zh.weekdays[day] }).uncheck();
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();

  await expect(page.getByText(zh.settings.errors.summary)).toBeVisible();
  await expect(page.getByText(zh.settings.errors.time)).toBeVisible();
  await expect(page.getByText(zh.settings.errors.noWorkdays)).toBeVisible();
  await expect(page.getByText(fill(zh.settings.errors.repeatWindow, { min: 1, max: 365 }))).toBeVisible();
  await expect(start1).toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the first field that needs attention, in reading order: the working days.
  await expect(page.getByRole('checkbox', { name: zh.weekdays['1'] })).toBeFocused();
  expect(await host.invoke('settings.get', {})).toEqual(before);

  await start1.fill('08:30');
  await expect(page.getByText(zh.settings.errors.time)).toHaveCount(0);
  await windowDays.fill('45');
  await page.getByRole('checkbox', { name: zh.weekdays['6'] }).check();
  await expect(page.getByText(zh.settings.errors.summary)).toHaveCount(0);
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(zh.settings.saved)).toBeVisible();
  const after = await host.invoke('settings.get', {});
  expect(after.repeatWindowDays).toBe(45);
  expect(after.workingCalendar.workdays).toEqual([6]);
  expect(after.workingCalendar.hours[0]).toEqual({ start: '08:30', end: '12:00' });
});

test('the workspace file facts come from the file itself', async ({ page, host }) => {
  const info = await host.invoke('workspace.info', {});
  await page.goto('/#/settings');
  const facts = page.getByTestId('workspace-file');
  await expect(facts).toContainText(info.path);
  await expect(facts).toContainText(zh.settings.file.integrityOk);
  await expect(facts).toContainText(String(info.schemaVersion));
});
