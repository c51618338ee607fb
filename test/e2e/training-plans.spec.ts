import { expect, fill, test, zh } from './fixtures.ts';

const P = zh.training.plans;

test('a trainer opens an improvement plan for a low performer, logs a check-in, reviews the milestones and closes it', async ({ page, host }) => {
  test.setTimeout(120_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-plans-${Date.now()}` });
  await page.goto('/#/training/plans');
  await expect(page.locator('.ag-row')).toHaveCount(2);

  await page.getByRole('button', { name: P.new }).click();
  const dialog = page.getByRole('dialog', { name: P.newTitle });
  // Saving empty names every missing field in place.
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog.getByText(P.errors.staff)).toBeVisible();
  await expect(dialog.getByText(P.errors.goal)).toHaveCount(3);
  await dialog.getByLabel(P.staff).selectOption({ index: 5 });
  await dialog.getByLabel(P.mentor).selectOption({ index: 1 });
  await dialog.getByLabel(P.startOn).fill('2026-10-08');
  await dialog.getByLabel(P.reason).fill('首次响应连续超时');
  await dialog.getByLabel(fill(P.goal, { day: 30 })).fill('首次响应 ≤ 20 分钟');
  await dialog.getByLabel(fill(P.goal, { day: 60 })).fill('首次响应 ≤ 15 分钟');
  await dialog.getByLabel(fill(P.goal, { day: 90 })).fill('首次响应 ≤ 15 分钟且满意度 ≥ 4.3');
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(P.title.split('：')[0]!);
  const id = Number(/plan\/(\d+)$/.exec(page.url())![1]);

  await page.getByLabel(P.checkin.onDate, { exact: true }).fill('2026-10-20');
  await page.getByLabel(P.checkin.note, { exact: true }).fill('陪听 3 通，开场更快');
  await page.keyboard.press('Enter');
  await expect(page.locator('.plan-checkins li')).toHaveCount(1);
  await expect(page.locator('.plan-checkins')).toContainText('陪听 3 通，开场更快');

  const goals = page.locator('.plan-goal');
  await goals.nth(0).getByLabel(P.review.met).selectOption({ label: P.review.yes });
  await goals.nth(1).getByLabel(P.review.met).selectOption({ label: P.review.yes });
  await goals.nth(2).getByLabel(P.review.met).selectOption({ label: P.review.no });
  await page.getByLabel(P.review.outcome).selectOption({ label: P.states.extended });
  await page.getByLabel(P.review.outcomeNote).fill('延长 30 天');
  await page.getByRole('button', { name: P.review.save }).click();
  await expect(page.getByText(P.review.saved)).toBeVisible();
  await expect(page.locator('.plan-state')).toHaveText(P.states.extended);

  const saved = await host.invoke('training.plans.get', { id });
  expect(saved.goals.map((g) => g.met)).toEqual([true, true, false]);
  expect([saved.state, saved.outcomeNote, saved.checkinList.length]).toEqual(['extended', '延长 30 天', 1]);
  await page.getByRole('link', { name: P.back }).click();
  await expect(page.locator('.ag-row')).toHaveCount(3);
});
