import type { Page } from '@playwright/test';
import { createWorkspace, expect, fill, test, zh, type WebHost } from './fixtures.ts';

const cal = zh.settings.calendar;
const sla = zh.settings.sla;
const cat = zh.settings.categories;

/** The few browser objects the page-side functions below touch (the tests' tsconfig has no DOM library). */
interface Watched {
  getAttribute(name: string): string | null;
  querySelector(selector: string): Watched | null;
}
interface PageGlobals {
  progressSeen?: string[];
  MutationObserver: new (callback: () => void) => {
    observe(target: Watched, options: Record<string, boolean>): void;
  };
}

const openDemo = (host: WebHost) => host.invoke('workspace.openDemo', { jobId: 'e2e-settings-demo' });

/** The n-th row's controls of the holiday table, by their labels. */
const holidayRow = (page: Page, n: number) => ({
  date: page.getByLabel(fill(cal.dateOf, { n }), { exact: true }),
  kind: page.getByLabel(fill(cal.kindOf, { n }), { exact: true }),
  name: page.getByLabel(fill(cal.nameOf, { n }), { exact: true }),
});

test('holidays and make-up working days are edited per year, checked at the field, and kept after a reload', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'calendar.sqlite');
  const year = new Date().getFullYear() + 1;
  const before = await host.invoke('settings.get', {});
  await page.goto('/#/settings/calendar');
  await expect(page.getByRole('tab', { name: zh.settings.tabs.calendar })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // The preloaded Chinese schedule is listed under its year.
  await page.getByRole('button', { name: fill(cal.yearOption, { year: 2026 }) }).click();
  const names = page.getByTestId('holiday-table').getByRole('textbox');
  await expect
    .poll(async () => Promise.all((await names.all()).map((input) => input.inputValue())))
    .toContain('春节调休');

  await page.getByRole('button', { name: fill(cal.yearOption, { year }) }).click();
  await expect(page.getByText(fill(cal.emptyYear, { year }))).toBeVisible();

  await page.getByRole('button', { name: cal.add }).click();
  const first = holidayRow(page, 1);
  await expect(first.date).toBeFocused();
  await first.date.fill(`${year}-01-01`);
  await first.name.fill('元旦');
  await page.getByRole('button', { name: cal.add }).click();
  const second = holidayRow(page, 2);
  // A date of another year, and then a duplicate, are explained at the row and nothing is saved.
  await second.date.fill(`${year + 1}-01-04`);
  const holidays = page.getByRole('form', { name: cal.holidaysTitle });
  await holidays.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(cal.errors.summary)).toBeVisible();
  await expect(page.getByText(fill(cal.errors.otherYear, { year }))).toBeVisible();
  await expect(second.date).toHaveAttribute('aria-invalid', 'true');
  await second.date.fill(`${year}-01-01`);
  await expect(page.getByText(cal.errors.duplicate)).toBeVisible();
  expect((await host.invoke('settings.get', {})).holidays).toEqual(before.holidays);

  await second.date.fill(`${year}-01-04`);
  await expect(page.getByText(cal.errors.summary)).toHaveCount(0);
  await second.kind.selectOption({ label: cal.kinds.workday });
  await second.name.fill('元旦调休');
  await holidays.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(cal.saved)).toBeVisible();
  // Saving the calendar offers to re-measure tickets, which otherwise keep what they were measured under.
  await expect(page.getByTestId('sla-recompute').getByText(zh.settings.recompute.changed)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: fill(cal.yearOption, { year }) }).click();
  await expect(holidayRow(page, 1).date).toHaveValue(`${year}-01-01`);
  await expect(holidayRow(page, 1).kind).toHaveValue('holiday');
  await expect(holidayRow(page, 1).name).toHaveValue('元旦');
  await expect(holidayRow(page, 2).date).toHaveValue(`${year}-01-04`);
  await expect(holidayRow(page, 2).kind).toHaveValue('workday');
  await expect(holidayRow(page, 2).name).toHaveValue('元旦调休');
  const stored = (await host.invoke('settings.get', {})).holidays;
  expect(stored).toEqual(
    expect.arrayContaining([
      { date: `${year}-01-01`, kind: 'holiday', name: '元旦' },
      { date: `${year}-01-04`, kind: 'workday', name: '元旦调休' },
    ]),
  );
  expect(stored).toHaveLength(before.holidays.length + 2);

  // The change is listed in the general tab's history, summarised rather than dumped.
  await page.getByRole('tab', { name: zh.settings.tabs.general }).click();
  await expect(page.getByTestId('settings-history')).toContainText(zh.settings.keys.holidays);
});

test('pause statuses and the escalation threshold are saved, and a bad threshold is explained', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'clock.sqlite');
  await page.goto('/#/settings/calendar');
  const form = page.getByRole('form', { name: cal.clockTitle });
  await page.getByRole('checkbox', { name: zh.settings.statuses.assigned }).check();
  await page.getByRole('checkbox', { name: zh.settings.statuses.on_hold }).uncheck();
  const threshold = page.getByRole('textbox', { name: cal.threshold.label });
  await threshold.fill('5');
  await form.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(fill(cal.threshold.error, { min: 10, max: 100 }))).toBeVisible();
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await threshold.fill('75');
  await form.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(cal.clockSaved)).toBeVisible();
  const settings = await host.invoke('settings.get', {});
  expect(settings.pauseStatuses).toEqual(['assigned', 'pending_customer']);
  expect(settings.escalationThreshold).toBe(0.75);

  // The tabs follow the arrow keys; a new workspace has no categories yet and says so.
  await page.getByRole('tab', { name: zh.settings.tabs.calendar }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: zh.settings.tabs.sla })).toBeFocused();
  await expect(page.getByRole('tab', { name: zh.settings.tabs.sla })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: zh.settings.tabs.backup })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: zh.settings.tabs.categories })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('categories-empty')).toHaveText(cat.empty);
  expect(page.url()).toMatch(/#\/settings\/categories$/);
});

test('changing a tier’s targets saves a new policy version, listed with its note', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'sla.sqlite');
  await page.goto('/#/settings/sla');
  const versions = page.getByTestId('sla-versions');
  await expect(versions).toContainText(sla.seedNote);
  await expect(page.getByTestId('sla-current-version')).toHaveText(fill(sla.currentVersion, { version: 1 }));

  const names = { tier: 2, target: sla.targets.response };
  const value = page.getByRole('textbox', { name: fill(sla.valueOf, names) });
  // Stored as 60 calendar minutes, shown in the largest unit that divides it.
  await expect(value).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: fill(sla.unitOf, names) })).toHaveValue('hours');
  await value.fill('0');
  await page.getByRole('button', { name: sla.saveVersion }).click();
  await expect(page.getByText(sla.errors.value)).toBeVisible();
  await expect(value).toBeFocused();

  await value.fill('45');
  await page.getByRole('combobox', { name: fill(sla.unitOf, names) }).selectOption('minutes');
  const resolution = { tier: 4, target: sla.targets.resolution };
  // 2 working days (900 working minutes with the default 7.5-hour day) becomes 3.
  await expect(page.getByRole('textbox', { name: fill(sla.valueOf, resolution) })).toHaveValue('2');
  await page.getByRole('textbox', { name: fill(sla.valueOf, resolution) }).fill('3');
  await page.getByRole('textbox', { name: sla.note.label }).fill('依据 2026 年服务承诺调整');
  await page.getByRole('button', { name: sla.saveVersion }).click();
  await expect(page.getByText(fill(sla.saved, { version: 2 }))).toBeVisible();
  await expect(page.getByTestId('sla-current-version')).toHaveText(fill(sla.currentVersion, { version: 2 }));
  await expect(versions.getByRole('listitem').first()).toContainText('v2');
  await expect(versions.getByRole('listitem').first()).toContainText('依据 2026 年服务承诺调整');
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('sla-recompute').getByText(zh.settings.recompute.changed)).toBeVisible();

  const policy = await host.invoke('sla.policy.get', {});
  expect(policy.version).toBe(2);
  expect(policy.targets.find((t) => t.tier === 2)?.response).toEqual({ minutes: 45, basis: 'calendar' });
  expect(policy.targets.find((t) => t.tier === 4)?.resolution).toEqual({ minutes: 1350, basis: 'business' });

  await page.reload();
  await expect(page.getByTestId('sla-versions').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: fill(sla.valueOf, names) })).toHaveValue('45');
});

test.describe('on a demo workspace', () => {
  // Enough tickets that the recompute runs in several batches and reports progress on the way.
  test.use({ demoTickets: 60_000 });

  test('recompute shows its progress and finishes with the number of tickets', async ({
    page,
    host,
    demoTickets: total,
  }) => {
    test.setTimeout(120_000);
    await openDemo(host);
    await page.goto('/#/settings/sla');
    const card = page.getByTestId('sla-recompute');
    // Record what the progress bar shows while it is there: it may come and go between two polls of a check.
    await card.evaluate((element: Watched) => {
      const page = globalThis as unknown as PageGlobals;
      const seen: string[] = [];
      page.progressSeen = seen;
      new page.MutationObserver(() => {
        const bar = element.querySelector('[role="progressbar"]');
        if (bar)
          seen.push(`${bar.getAttribute('aria-valuenow') ?? ''}/${bar.getAttribute('aria-valuemax') ?? ''}`);
      }).observe(element, { subtree: true, childList: true, attributes: true });
    });
    await card.getByRole('button', { name: zh.settings.recompute.start }).click();
    await expect(card.getByRole('button', { name: zh.settings.recompute.cancel })).toBeVisible();
    const done = fill(zh.settings.recompute.done_other, {
      tickets: total.toLocaleString('zh-CN'),
      seconds: '',
    });
    await expect(card.getByText(done.slice(0, done.indexOf('，')))).toBeVisible({ timeout: 60_000 });
    await expect(card.getByRole('button', { name: zh.settings.recompute.start })).toBeVisible();
    const seen = await page.evaluate(() => (globalThis as unknown as PageGlobals).progressSeen ?? []);
    expect(seen.length).toBeGreaterThan(0);
    // At least one reading with a known total of tickets.
    expect(seen.some((s) => s.endsWith(`/${total}`))).toBe(true);
  });

  test('categories: add a category and a sub-category, rename, delete; a used one is refused with its count', async ({
    page,
    host,
  }) => {
    await openDemo(host);
    await page.goto('/#/settings/categories');
    const table = page.getByTestId('category-table');
    await expect(table).toBeVisible();

    await page.getByRole('button', { name: cat.addTop }).click();
    let dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: cat.fields.code })).toBeFocused();
    await dialog.getByRole('textbox', { name: cat.fields.code }).fill('E2E bad');
    await dialog.getByRole('textbox', { name: cat.fields.nameZh }).fill('端到端测试');
    await dialog.getByRole('button', { name: cat.dialog.submitCreate }).click();
    await expect(dialog.getByText(cat.errors.code)).toBeVisible();
    await expect(dialog.getByText(fill(cat.errors.nameEn, { max: 80 }))).toBeVisible();
    await dialog.getByRole('textbox', { name: cat.fields.code }).fill('E2E');
    await dialog.getByRole('textbox', { name: cat.fields.nameEn }).fill('End-to-end test');
    await dialog.getByRole('button', { name: cat.dialog.submitCreate }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(fill(cat.saved, { name: '端到端测试' }))).toBeVisible();
    const parentRow = table.getByRole('row').filter({ hasText: 'E2E' });
    await expect(parentRow).toContainText('End-to-end test');

    await page.getByRole('button', { name: fill(cat.addChildOf, { name: '端到端测试' }) }).click();
    dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText(
      fill(cat.dialog.createChild, { parent: '端到端测试' }),
    );
    const code = dialog.getByRole('textbox', { name: cat.fields.code });
    await code.fill('E2E');
    await dialog.getByRole('textbox', { name: cat.fields.nameZh }).fill('子类甲');
    await dialog.getByRole('textbox', { name: cat.fields.nameEn }).fill('Child A');
    await dialog.getByRole('button', { name: cat.dialog.submitCreate }).click();
    // A code in use is refused by the host and shown at the code field.
    await expect(dialog.getByText(fill(cat.errors.codeTaken, { code: 'E2E' }))).toBeVisible();
    await expect(code).toBeFocused();
    await code.fill('E2E.child');
    await dialog.getByRole('button', { name: cat.dialog.submitCreate }).click();
    await expect(dialog).toHaveCount(0);
    // Listed right under its parent, with no tickets yet (read once the refreshed list shows it).
    await expect(table).toContainText('E2E.child');
    const rows = table.getByRole('row');
    const names = await rows.allTextContents();
    const parentIndex = names.findIndex((n) => n.includes('E2E') && n.includes('端到端测试'));
    expect(names[parentIndex + 1]).toContain('子类甲');
    expect(names[parentIndex + 1]).toContain('E2E.child');

    await page.getByRole('button', { name: fill(cat.editOf, { name: '子类甲' }) }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: cat.fields.nameZh }).fill('子类乙');
    await dialog.getByRole('textbox', { name: cat.fields.nameEn }).fill('Child B');
    await dialog.getByRole('button', { name: cat.dialog.submitEdit }).click();
    await expect(dialog).toHaveCount(0);
    await expect(table).toContainText('子类乙');
    await expect(table).not.toContainText('子类甲');

    // A parent with a sub-category is refused with the number of sub-categories.
    await page.getByRole('button', { name: fill(cat.removeOf, { name: '端到端测试' }) }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: cat.remove, exact: true }).click();
    await expect(dialog.getByTestId('category-delete-refused')).toContainText(
      fill(cat.hasChildren_other, { count: 1 }),
    );
    await dialog.getByRole('button', { name: zh.common.close }).click();

    // A category used by tickets is refused with its ticket count.
    const tree = await host.invoke('categories.tree', {});
    const used = tree.find((c) => c.parentId !== null && c.tickets > 0);
    if (!used) throw new Error('the demo workspace has no category with tickets');
    await page.getByRole('button', { name: fill(cat.removeOf, { name: used.nameZh }) }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: cat.remove, exact: true }).click();
    const refusal = dialog.getByTestId('category-delete-refused');
    await expect(refusal).toContainText(
      fill(cat.inUse_other, { tickets: used.tickets.toLocaleString('zh-CN') }),
    );
    await expect(refusal).toContainText(fill(cat.deleteFailed, { name: used.nameZh }));
    await dialog.getByRole('button', { name: zh.common.close }).click();
    expect((await host.invoke('categories.tree', {})).some((c) => c.id === used.id)).toBe(true);

    // The unused sub-category, then its parent, can go.
    for (const name of ['子类乙', '端到端测试']) {
      await page.getByRole('button', { name: fill(cat.removeOf, { name }) }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: cat.remove, exact: true }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText(fill(cat.deleted, { name }))).toBeVisible();
    }
    await expect(table).not.toContainText('E2E');
    expect((await host.invoke('categories.tree', {})).some((c) => c.code.startsWith('E2E'))).toBe(false);
  });
});
