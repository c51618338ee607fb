import type { Page } from '@playwright/test';
import { expect, test, zh } from './fixtures.ts';

const M = zh.mystery;

/** Answer every item from the keyboard: ← on an unanswered item picks the top of its scale, → the bottom. */
async function answerAll(page: Page, lowFirst: boolean): Promise<void> {
  const rows = page.getByRole('radiogroup');
  // The questionnaire loads after the page: count its items only once they are there.
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await rows.first().focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i === 0 && lowFirst ? 'ArrowRight' : 'ArrowLeft');
    await page.keyboard.press('Enter');
  }
}

async function enterAndPublish(page: Page, outlet: string, lowFirst: boolean): Promise<void> {
  await page.goto('/#/mystery/visits');
  await page.getByRole('link', { name: M.visits.add }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(M.form.newTitle);
  await page.getByLabel(M.form.outlet, { exact: true }).selectOption({ label: outlet });
  await page.getByLabel(M.form.shopper, { exact: true }).fill('访员 测试');
  await answerAll(page, lowFirst);
  await page.getByRole('button', { name: M.form.review }).click();
  await expect(page.getByTestId('visit-status')).toHaveText(M.statuses.reviewed);
  await page.getByRole('button', { name: M.form.publish }).click();
  await expect(page.getByTestId('visit-status')).toHaveText(M.statuses.published);
}

const leagueRow = (page: Page, outlet: string) => page.getByTestId('league-grid').locator('.ag-row', { hasText: outlet });

test('a quality manager opens a wave, enters and publishes visits from the keyboard, sees the league move, and upholds an outlet’s appeal', async ({ page, host }) => {
  test.setTimeout(180_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-mystery-${Date.now()}` });
  const outlets = await host.invoke('ref.options', { kind: 'outlets', limit: 1000 });
  const [a, b] = [outlets[0]!.label, outlets[1]!.label];

  // A new wave after the demo's four, over every outlet.
  await page.goto('/#/mystery/setup');
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(M.setup.waveName).fill('E2E 波次');
  await page.getByLabel(M.setup.startsOn).fill(day(-3));
  await page.getByLabel(M.setup.endsOn).fill(day(30));
  await page.getByRole('button', { name: M.setup.addWave }).click();
  await expect(page.getByText(M.setup.waveSaved)).toBeVisible();

  // Nothing published yet: the league says so.
  await page.goto('/#/mystery');
  await expect(page.getByTestId('wave-picker').locator('option:checked')).toHaveText(/^E2E 波次 /);
  await expect(page.getByTestId('league-empty')).toBeVisible();

  // A draft does not count; a published perfect visit puts its outlet first.
  await enterAndPublish(page, a, false);
  await expect(page.getByText(M.form.published.replace('{{score}}', '100.0'))).toBeVisible();
  await page.goto('/#/mystery');
  await expect(leagueRow(page, a).locator('[col-id="rank"]')).toHaveText('1');
  await expect(leagueRow(page, a).locator('[col-id="score"]')).toHaveText('100.0');

  // A second outlet with one failed item lands second.
  await enterAndPublish(page, b, true);
  await page.goto('/#/mystery');
  await expect(leagueRow(page, b).locator('[col-id="rank"]')).toHaveText('2');
  await expect(leagueRow(page, b).locator('[col-id="score"]')).toHaveText('95.0');

  // The outlet appeals the failed item; the upheld appeal changes the score with its reason, and the two tie.
  const waves = (await host.invoke('mystery.programmes.list', {}))[0]!.waves;
  const visit = (await host.invoke('mystery.visits.list', { waveId: waves.at(-1)!.id })).find((v) => v.outletName === b)!;
  await page.goto(`/#/mystery/visit/${visit.id}`);
  const appeals = page.getByTestId('appeals');
  await appeals.getByLabel(M.appeal.target).selectOption({ label: '门店整洁、无杂物' });
  await appeals.getByLabel(M.appeal.reason).fill('访员到店时正在清洁，监控可证');
  await appeals.getByLabel(M.appeal.raisedBy).fill('店长');
  await appeals.getByRole('button', { name: M.appeal.submit }).click();
  await expect(page.getByText(M.appeal.raised)).toBeVisible();
  await appeals.getByLabel(M.appeal.newValue).selectOption('5');
  await appeals.getByLabel(M.appeal.decision).fill('监控属实');
  await appeals.getByRole('button', { name: M.appeal.decide }).click();
  await expect(appeals.getByText(/申诉成立：门店整洁、无杂物.*95\.0 → 100\.0。理由：监控属实/)).toBeVisible();
  await page.goto('/#/mystery');
  await expect(leagueRow(page, b).locator('[col-id="rank"]')).toHaveText('1');
  await expect(leagueRow(page, a).locator('[col-id="rank"]')).toHaveText('1');
});
