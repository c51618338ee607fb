import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fill, test, zh } from './fixtures.ts';

const T = zh.improvement;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

test('a whole PDCA cycle with its fishbone, 5-Why and actions, through every gate', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(120_000);
  await host.invoke('workspace.openDemo', { jobId: 'e2e-improvement' });

  // A new cycle.
  await page.goto('/#/pdca');
  await expect(page.getByTestId('pdca-board')).toContainText('降低客户流失率');
  await page.getByRole('link', { name: T.pdca.newCycle }).click();
  await page.getByRole('textbox', { name: T.pdca.fields.title }).fill('提升一次解决率');
  await page.getByRole('textbox', { name: T.pdca.fields.problem }).fill('一次解决率 78%，低于 85% 目标');
  await page.getByRole('combobox', { name: T.pdca.fields.kpiId }).fill('fcr_rate');
  await page.getByRole('textbox', { name: T.pdca.fields.baseline }).fill('78');
  await page.getByRole('textbox', { name: T.pdca.fields.target }).fill('85');
  // Started two months before the demo's last ticket, so Check has data on both sides of the start.
  const { lastDay } = await host.invoke('kpi.coverage', {});
  const start = new Date(Date.parse(`${lastDay!}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(T.pdca.fields.startOn).fill(start);
  await page.getByRole('button', { name: T.common.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('提升一次解决率');

  // The first gate explains what is missing.
  const gate = page.getByTestId('gate');
  await expect(gate).toContainText(T.pdca.gate.goalMissing);
  await expect(gate).toContainText(T.pdca.gate.noActions);
  const toPhase = (phase: keyof typeof T.pdca.phaseShort) =>
    page.getByRole('button', { name: fill(T.pdca.move.to, { phase: T.pdca.phaseShort[phase] }) });
  await toPhase('do').click();
  await expect(page.locator('.phase-step--current')).toContainText(T.pdca.phases.plan);

  // A fishbone from the 6M template, causes nested three deep by keyboard.
  await page.getByRole('link', { name: T.pdca.plan.newFishbone }).click();
  await page.getByRole('textbox', { name: T.rca.fields.title }).fill('一次解决率低的原因');
  await page.getByRole('textbox', { name: T.rca.fields.problem }).fill('一次解决率低于目标');
  await page.getByRole('button', { name: T.common.create }).click();
  const outline = page.getByTestId('fishbone-outline');
  await expect(outline.getByRole('textbox', { name: T.fishbone.boneLabel })).toHaveCount(6);
  await outline.getByRole('button', { name: T.fishbone.addCause }).first().click();
  await page.keyboard.type('技师培训不足');
  await page.keyboard.press('Enter');
  await page.keyboard.type('没有考核体系');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('薪酬结构不激励技能提升');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('客服话术不统一');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const rows = outline.locator('input[data-cause]');
  await expect(rows).toHaveCount(4);
  const outlineShape: string[] = [];
  for (const row of await rows.all())
    outlineShape.push(`${await row.getAttribute('data-depth')}:${await row.inputValue()}`);
  expect(outlineShape).toEqual([
    '1:技师培训不足',
    '2:没有考核体系',
    '3:薪酬结构不激励技能提升',
    '1:客服话术不统一',
  ]);

  // Mark the deepest cause as the likely root cause, confirmed, with a vote.
  await rows.nth(2).click();
  const details = page.getByTestId('cause-details');
  await details.getByRole('checkbox', { name: T.fishbone.markRoot }).check();
  await details.getByRole('combobox', { name: T.fishbone.verification }).selectOption('confirmed');
  await details.getByRole('button', { name: T.fishbone.voteUp }).click();
  await saved(page);
  const diagram = page.getByTestId('fishbone-svg');
  await expect(
    diagram.locator('[data-cause-id] text').filter({ hasText: '薪酬结构不激励技能提升' }),
  ).toBeVisible();
  await expect(diagram.locator('rect[stroke="#b42318"]')).toHaveCount(1);

  // Edit a cause in place in the diagram.
  await diagram.locator('[data-cause-id] text').filter({ hasText: '客服话术不统一' }).dblclick();
  const editor = page.getByRole('textbox', { name: T.fishbone.causeText, exact: true });
  await editor.fill('客服话术不统一、承诺不明确');
  await editor.press('Enter');
  await expect(rows.nth(3)).toHaveValue('客服话术不统一、承诺不明确');
  await saved(page);

  // Export as SVG and PNG, and check both are real pictures.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: T.fishbone.exportSvg }).click();
  const svgFile = path.join(workDir, 'fishbone.svg');
  await (await svgDownload).saveAs(svgFile);
  const svgText = fs.readFileSync(svgFile, 'utf8');
  expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svgText).toContain('薪酬结构不激励技能提升');
  expect(svgText.trimEnd().endsWith('</svg>')).toBe(true);
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: T.fishbone.exportPng }).click();
  const pngFile = path.join(workDir, 'fishbone.png');
  await (await pngDownload).saveAs(pngFile);
  const size = pngSize(pngFile);
  const declared = /width="(\d+)" height="(\d+)"/.exec(svgText)!;
  expect(size).toEqual({ width: Number(declared[1]) * 2, height: Number(declared[2]) * 2 });

  // A 5-Why in the same cycle, with a branch, a root cause and a countermeasure that becomes an action.
  await page.getByRole('link', { name: '提升一次解决率' }).click();
  await page.getByRole('link', { name: T.pdca.plan.newFiveWhy }).click();
  await page.getByRole('textbox', { name: T.rca.fields.title }).fill('客户流失上升');
  await page.getByRole('button', { name: T.common.create }).click();
  await page.getByRole('button', { name: T.fiveWhy.addFirst }).click();
  const whys = page.getByTestId('why-node');
  await whys.nth(0).getByRole('textbox').first().fill('一次解决率低');
  await whys.nth(0).getByRole('button', { name: T.fiveWhy.askWhy }).first().click();
  await whys.nth(1).getByRole('textbox').first().fill('技师培训不足');
  await whys.nth(1).getByRole('button', { name: T.fiveWhy.addAnswer }).click();
  await whys.nth(2).getByRole('textbox').first().fill('备件经常缺货');
  await expect(whys).toHaveCount(3);
  await expect(page.getByTestId('five-why-status')).toHaveText(T.fiveWhy.completeNone);
  await whys.nth(1).getByRole('checkbox', { name: T.fiveWhy.rootCause }).check();
  await expect(page.getByTestId('five-why-status')).toHaveText(fill(T.fiveWhy.completeNo_one, { count: 1 }));
  await whys.nth(1).getByRole('button', { name: T.fiveWhy.addCountermeasure }).click();
  const cm = page.getByTestId('countermeasure');
  await cm.getByRole('textbox', { name: T.fiveWhy.countermeasure }).fill('建立技师季度技能考核');
  await cm.getByRole('combobox', { name: T.fiveWhy.owner }).selectOption({ index: 1 });
  await cm.getByLabel(T.fiveWhy.dueOn).fill('2026-12-15');
  await expect(page.getByTestId('five-why-status')).toHaveText(T.fiveWhy.completeYes);
  await saved(page);
  await cm.getByRole('button', { name: T.fiveWhy.makeAction }).click();
  await expect(cm.getByRole('link')).toContainText(T.actions.statuses.open);

  // Back in the cycle: the goal, then Do; Check waits for a completed action.
  await page.getByRole('link', { name: '提升一次解决率' }).click();
  await expect(page.getByTestId('actions-grid')).toContainText('建立技师季度技能考核');
  // The chain on top of the cycle links the KPI, both analyses and the actions.
  const chain = page.getByTestId('cycle-chain');
  await expect(chain).toContainText(zh.kpi.defs.fcr_rate.name);
  await expect(chain.getByRole('link', { name: /一次解决率低的原因/ })).toBeVisible();
  await expect(chain.getByRole('link', { name: /客户流失上升/ })).toBeVisible();
  await expect(chain).toContainText(fill(zh.improvement.chain.actionsDone, { done: 0, total: 1 }));
  await page.getByRole('textbox', { name: T.pdca.fields.goal }).fill('三个月内一次解决率达到 85%');
  await toPhase('do').click();
  await expect(page.locator('.phase-step--current')).toContainText(T.pdca.phases.do);
  await expect(gate).toContainText(T.pdca.gate.noCompletedAction);
  await page.getByRole('textbox', { name: T.pdca.do.note }).fill('完成第一批技师考核');
  await page.getByRole('button', { name: T.pdca.do.add }).click();
  await expect(page.getByTestId('cycle-log')).toContainText('完成第一批技师考核');

  await page.getByTestId('actions-grid').getByText('建立技师季度技能考核').dblclick();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: T.actions.fields.status }).selectOption('done');
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog).toHaveCount(0);
  await expect(gate).toContainText(fill(T.pdca.move.ready, { phase: T.pdca.phaseShort.check }));
  await toPhase('check').click();
  // Check draws the KPI from the tickets since the start, against the period before it.
  const check = page.getByTestId('check-kpi');
  await expect(check.getByTestId('check-chart').locator('canvas').first()).toBeVisible();
  await expect(check.locator('.check-compare')).toContainText(T.pdca.check.compare.after);
  await expect(check.locator('.check-compare tbody tr')).toHaveCount(2);
  await expect(check.locator('.check-compare tbody')).toContainText('%');

  // Act and Closed need a verdict; Closed also what was standardised.
  await expect(gate).toContainText(T.pdca.gate.verdictMissing);
  await page.getByRole('combobox', { name: T.pdca.fields.verdict }).selectOption('effective');
  await toPhase('act').click();
  await expect(page.locator('.phase-step--current')).toContainText(T.pdca.phases.act);
  await toPhase('closed').click();
  await expect(gate).toContainText(T.pdca.gate.actMissing);
  await page
    .getByRole('textbox', { name: T.pdca.fields.standardChange })
    .fill('技师考核纳入月度绩效，更新维修 SOP 第 3 版');
  await toPhase('closed').click();
  await expect(page.getByText(T.pdca.move.closedNote)).toBeVisible();

  // Every write is in the audit log.
  const log = await host.invoke('audit.list', { entity: 'pdca_cycle', limit: 50 });
  expect(log.filter((e) => e.action === 'update').length).toBeGreaterThanOrEqual(6);
});

test('deleting a cycle that still has records linked to it is refused, naming them', async ({
  page,
  host,
  workDir,
}) => {
  await host.invoke('workspace.create', { path: path.join(workDir, 'links.sqlite') });
  const cycle = await host.invoke('pdca.save', {
    fields: {
      title: '回访及时率',
      problem: '',
      scopeKind: 'organisation',
      scopeId: null,
      ownerId: null,
      startOn: null,
      dueOn: '2025-01-31',
      kpiId: 'callback_72h_rate',
      baseline: null,
      baselinePeriod: '',
      target: null,
      goal: '',
      verdict: null,
      checkNote: '',
      standardChange: '',
      lessons: '',
    },
  });
  await host.invoke('actions.save', {
    fields: {
      title: '晚间回访排班',
      detail: '',
      kind: 'corrective',
      ownerId: null,
      dueOn: '2025-01-15',
      status: 'open',
      cycleId: cycle.id,
    },
  });
  await page.goto('/#/actions');
  await expect(page.locator('.row--overdue')).toContainText('晚间回访排班');
  await expect(page.locator('.row--overdue')).toContainText(T.actions.overdue);
  await page.goto(`/#/pdca/${cycle.id}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: T.pdca.deleteCycle }).click();
  await expect(page.getByTestId('linked-records')).toContainText('晚间回访排班');
  expect((await host.invoke('pdca.list', {})).map((c) => c.id)).toEqual([cycle.id]);
});
