import type { Page } from '@playwright/test';
import { expect, fill, test, zh } from './fixtures.ts';

const C = zh.audits.calibration;

/**
 * Score every item from the keyboard: ← picks the top of an unanswered item's scale, → the bottom, N marks N/A;
 * Enter moves on, and Enter on the last item reaches the submit button.
 */
async function scoreAll(page: Page, keys: (index: number) => string): Promise<void> {
  const rows = page.getByTestId('calibration-entry').getByRole('radiogroup');
  // The entry loads after the auditor is chosen: count its items only once they are there.
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await rows.first().focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(keys(i));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('button', { name: C.page.submit })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('three auditors score one record blind, the manager reveals, and deviation and agreement are shown; the leniency view flags auditors', async ({ page, host }) => {
  test.setTimeout(150_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-calibration-${Date.now()}` });
  const record = (await host.invoke('audits.list', { status: 'submitted', limit: 1 }))[0]!;
  const auditsBefore = (await host.invoke('audits.list', { limit: 20_000 })).length;

  await page.goto('/#/audits/calibration');
  await page.getByRole('button', { name: C.new }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(C.dialog.name).fill('E2E 校准');
  await dialog.getByLabel(C.dialog.ticket).fill(record.ticketRef);
  // Too few auditors is caught before anything is sent.
  await dialog.getByLabel(C.dialog.auditors).fill('张三');
  await dialog.getByRole('button', { name: C.dialog.submit }).click();
  await expect(dialog.getByText(C.dialog.errors.auditors)).toBeVisible();
  await dialog.getByLabel(C.dialog.auditors).fill('张三，李四、王五');
  await dialog.getByRole('button', { name: C.dialog.submit }).click();
  await expect(page).toHaveURL(/#\/audits\/calibration\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(C.page.title, { title: 'E2E 校准' }));
  const reveal = page.getByRole('button', { name: C.page.reveal });
  await expect(reveal).toBeDisabled();

  const scoringAs = page.getByLabel(C.page.scoringAs);
  await scoringAs.selectOption('张三');
  await scoreAll(page, () => 'ArrowLeft');
  await expect(page.getByText(fill(C.page.submittedNotice, { score: '100.0' }))).toBeVisible();

  // Blind: 李四's entry opens empty although 张三 has submitted; only who submitted is visible.
  await scoringAs.selectOption('李四');
  await expect(page.getByTestId('audit-score')).toContainText(zh.audits.form.noScore);
  await expect(page.getByText(fill(C.page.progress, { submitted: 1, total: 3 }))).toBeVisible();
  await scoreAll(page, () => 'ArrowRight');
  await expect(page.getByText(fill(C.page.progress, { submitted: 2, total: 3 }))).toBeVisible();

  await scoringAs.selectOption('王五');
  await scoreAll(page, (i) => (i === 0 ? 'n' : 'ArrowLeft'));
  await expect(page.getByText(fill(C.page.progress, { submitted: 3, total: 3 }))).toBeVisible();
  await reveal.click();

  // 张三 100, 李四 0 (critical items fail the form), 王五 100 → consensus 66.67; deviations +33.3, −66.7, +33.3.
  const results = page.getByTestId('calibration-results');
  await expect(results.getByTestId('calibration-consensus')).toHaveText('66.7');
  const auditors = page.getByTestId('calibration-auditor-results');
  await expect(auditors.locator('.ag-row', { hasText: '李四' })).toContainText('-66.7');
  await expect(auditors.locator('.ag-row', { hasText: '张三' })).toContainText('+33.3');
  // First item: top, bottom, N/A → split, agreement 1/3; the 17 others 2/3 → mean (0.3333 + 17 × 0.6667) / 18 = 65 %.
  await expect(results.getByTestId('calibration-agreement')).toHaveText('65%');
  const firstItem = page.getByTestId('calibration-items').locator('.ag-row').first();
  await expect(firstItem).toContainText(C.results.split);
  await expect(firstItem).toContainText('33%');
  await expect(page.getByTestId('calibration-deviation')).toBeVisible();
  // Calibration never becomes an audit.
  expect((await host.invoke('audits.list', { limit: 20_000 })).length).toBe(auditsBefore);

  // The leniency view: the rule is stated, the chart drawn, and the demo's lenient and strict auditors are flagged.
  await page.goto('/#/audits/reports');
  await expect(page.getByText(fill(zh.audits.reports.auditors.rule, { points: 5, min: 5 }))).toBeVisible();
  await expect(page.getByTestId('auditor-leniency')).toBeVisible();
  await expect(page.getByTestId('auditor-months').locator('.ag-row').first()).toBeVisible();
  const rows = await host.invoke('audits.report.auditors', { from: '2000-01', to: '2100-12' });
  expect(new Set(rows.map((r) => r.flag))).toEqual(new Set(['lenient', 'strict', 'none']));
});
