import type { Page } from '@playwright/test';
import { expect, fill, test, zh } from './fixtures.ts';

const A = zh.audits;

/** Build a two-item scorecard in the editor: a form-critical item and an ordinary 1–5 item. */
async function buildTemplate(page: Page): Promise<number> {
  await page.goto('/#/audits/templates');
  await page.getByRole('link', { name: A.templates.new }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.templates.titleNew);
  await page.getByLabel(A.templates.code).fill('E2E-QA');
  await page.getByLabel(A.templates.nameZh).fill('热线质检（测试）');
  await page.getByLabel(A.templates.nameEn).fill('Hotline QA (test)');
  const section = page.getByRole('region', { name: fill(A.templates.section, { n: 1 }) });
  await section.getByLabel(A.templates.labelZh).first().fill('服务态度');
  await section.getByLabel(A.templates.labelEn).first().fill('Attitude');
  const item1 = section.getByRole('group', { name: fill(A.templates.item, { n: 1 }) });
  await item1.getByLabel(A.templates.labelZh).fill('无服务禁语');
  await item1.getByLabel(A.templates.labelEn).fill('No forbidden phrases');
  await item1.getByLabel(A.templates.critical).selectOption({ label: A.critical.form });
  await section.getByRole('button', { name: A.templates.addItem }).click();
  const item2 = section.getByRole('group', { name: fill(A.templates.item, { n: 2 }) });
  await item2.getByLabel(A.templates.labelZh).fill('耐心倾听');
  await item2.getByLabel(A.templates.labelEn).fill('Listens patiently');
  await item2.getByLabel(A.templates.scale).selectOption({ label: A.scales.five });
  // A bonus item cannot be critical: the editor says so before anything is sent.
  await item2.getByLabel(A.templates.critical).selectOption({ label: A.critical.section });
  await item2.getByLabel(A.templates.bonus).check();
  await page.getByRole('button', { name: zh.common.save }).click();
  await expect(item2.getByText(A.templates.errors.bonusCritical)).toBeVisible();
  await item2.getByLabel(A.templates.bonus).uncheck();
  await item2.getByLabel(A.templates.critical).selectOption({ label: A.critical.none });
  await page.getByRole('button', { name: zh.common.save }).click();
  await expect(page).toHaveURL(/#\/audits\/template\/\d+$/);
  return Number(/template\/(\d+)$/.exec(page.url())![1]);
}

test('a quality manager builds a scorecard, draws a sample, scores an auto-failing audit from the keyboard, raises a corrective action, and arbitrates the agent’s dispute; editing the scorecard then makes a new version', async ({ page, host }) => {
  test.setTimeout(120_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-audits-${Date.now()}` });
  const templateId = await buildTemplate(page);

  // The sample: one record per agent, stratified by channel, with a chosen seed that the page repeats back.
  await page.goto('/#/audits');
  const month = await page.getByLabel(A.queue.month).inputValue();
  await page.getByRole('button', { name: A.queue.drawSample }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(A.sample.template).selectOption({ label: `E2E-QA · ${fill(A.form.version, { version: 1 })} · 热线质检（测试）` });
  await dialog.getByLabel(A.sample.amount, { exact: true }).fill('1');
  await dialog.getByLabel(A.sample.seed).fill('5');
  await dialog.getByRole('button', { name: A.sample.submit }).click();
  await expect(page.getByText(/种子 5。$/)).toBeVisible();
  const samples = await host.invoke('audits.samples.list', { month });
  const ours = samples.find((s) => s.templateId === templateId)!;
  expect(ours.seed).toBe(5);
  const queued = await host.invoke('audits.list', { sampleId: ours.id });
  expect(queued.length).toBe(ours.agents);

  // Score from the keyboard: 0 on the critical item fails the whole form; Enter moves on; Enter on the last submits.
  await page.goto(`/#/audits/audit/${queued[0]!.id}`);
  const first = page.getByRole('radiogroup', { name: fill(A.form.scaleLabel, { item: '无服务禁语' }) });
  await first.focus();
  await page.keyboard.press('0');
  const score = page.getByTestId('audit-score');
  await expect(score).toContainText(A.autoFail.form);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radiogroup', { name: fill(A.form.scaleLabel, { item: '耐心倾听' }) })).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: A.form.submit })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(fill(A.form.submitted, { score: '0.0' }))).toBeVisible();

  // The failed item becomes a corrective action in the shared register, linked to this audit.
  await page.getByLabel(fill(A.form.findingFor, { item: '无服务禁语' })).fill('通话中出现推诿用语');
  await page.getByRole('button', { name: A.form.createAction }).click();
  const actionDialog = page.getByRole('dialog');
  await expect(actionDialog.getByLabel(zh.improvement.actions.fields.title)).toHaveValue(new RegExp('^纠正：无服务禁语'));
  await expect(actionDialog.getByLabel(zh.improvement.actions.fields.detail)).toHaveValue('通话中出现推诿用语');
  await actionDialog.getByRole('button', { name: zh.common.save }).click();
  await expect(page.getByText(A.form.actionCreated)).toBeVisible();
  const actions = await host.invoke('actions.list', { source: { kind: 'audit', id: queued[0]!.id } });
  expect(actions.map((a) => [a.kind, a.source.ref])).toEqual([['corrective', 'item_1']]);

  // The agent disputes the critical item; the arbitrator upholds it and the score changes, with both scores shown.
  const critical = page.getByTestId('item-item_1');
  await critical.getByRole('button', { name: A.form.dispute.raise }).click();
  await critical.getByLabel(A.form.dispute.reason).fill('复听录音：客户先出言不逊，专员未使用禁语');
  await critical.getByRole('button', { name: A.form.dispute.submit }).click();
  await expect(page.getByText(A.form.dispute.raised)).toBeVisible();
  await critical.getByRole('combobox', { name: A.form.dispute.outcome, exact: true }).selectOption({ label: A.form.dispute.outcomes.upheld });
  await critical.getByRole('combobox', { name: A.form.dispute.newValue }).selectOption({ label: A.form.yes });
  await critical.getByLabel(A.form.dispute.decision).fill('复核录音属实');
  await critical.getByRole('button', { name: A.form.dispute.decide }).click();
  await expect(page.getByTestId('audit-score')).toContainText('87.5');
  await expect(critical.getByText(fill(A.form.dispute.upheld, { old: A.form.no, new: A.form.yes, before: '0.0', after: '87.5', decision: '复核录音属实' }))).toBeVisible();

  // Editing the scored scorecard saves a second version; the audit keeps version 1.
  await page.goto(`/#/audits/template/${templateId}`);
  await expect(page.getByText(fill(A.templates.versionNote, { count: queued.length, next: 2 }))).toBeVisible();
  await page.getByLabel(A.templates.nameEn).fill('Hotline QA (test, v2)');
  await page.getByRole('button', { name: zh.common.save }).click();
  await expect(page).not.toHaveURL(new RegExp(`template/${templateId}$`));
  await expect(page.getByText(fill(A.form.version, { version: 2 }))).toBeVisible();
  const audit = await host.invoke('audits.get', { id: queued[0]!.id });
  expect([audit.templateVersion, audit.score, audit.autoFail, audit.disputes, audit.changed]).toEqual([1, 87.5, null, 1, 1]);

  // Reports: the agent scorecard and the item Pareto of the demo's call/chat scorecard.
  await page.goto('/#/audits/reports');
  await expect(page.getByTestId('agent-scores').locator('.ag-row').first()).toBeVisible();
  // Our test scorecard has no failure left after the upheld dispute; the demo's call/chat scorecard has many.
  await expect(page.getByText(A.reports.pareto.empty)).toBeVisible();
  await page.getByRole('combobox', { name: A.reports.pareto.template }).selectOption({ label: 'QA-CALL · 电话/在线客服质检评分表' });
  await expect(page.getByTestId('item-pareto')).toBeVisible();
});
