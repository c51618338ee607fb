import { expect, fill, test, zh } from './fixtures.ts';

const E = zh.training.effect;

test("a manager opens a course's training effect, widens the windows and reads the verdict per KPI", async ({ page, host }) => {
  test.setTimeout(120_000);
  await host.invoke('workspace.openDemo', { jobId: `e2e-effect-${Date.now()}` });
  await page.goto('/#/training/courses');
  const course = (await host.invoke('training.courses.list', {})).find((c) => c.type === 'communication')!;
  await page.getByRole('link', { name: `${E.open} ${course.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(E.courseTitle, { name: course.name }));

  const card = page.locator('.effect-card');
  const rows = card.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(card.getByTestId('chart-training-effect')).toBeVisible();
  const three = await host.invoke('training.effect', { courseId: course.id, months: 3 });
  await expect(card).toContainText(fill(E.trainees, { count: three.trainees }));
  for (const [i, metric] of three.metrics.entries()) {
    await expect(rows.nth(i)).toContainText(E.metrics[metric.id]);
    await expect(rows.nth(i)).toContainText(E.verdicts[metric.verdict]);
    await expect(rows.nth(i)).toContainText(fill(E.sample, { n: metric.before.n }));
  }

  await card.getByLabel(E.months).selectOption({ label: fill(E.monthsOption, { count: 6 }) });
  const six = await host.invoke('training.effect', { courseId: course.id, months: 6 });
  await expect(rows.first()).toContainText(fill(E.sample, { n: six.metrics[0]!.before.n }));
  await expect(card).toContainText(fill(E.windows, {
    beforeFrom: six.before.from,
    beforeTo: six.before.to,
    afterFrom: six.after.from,
    afterTo: six.after.to,
  }));

  // The course's sessions show the same section on their own page.
  const session = (await host.invoke('training.sessions.list', { courseId: course.id })).find((s) => s.attended > 0)!;
  await page.goto(`/#/training/session/${session.id}`);
  await expect(page.locator('.effect-card').getByRole('heading', { name: E.title })).toBeVisible();
  await expect(page.locator('.effect-card tbody tr')).toHaveCount(4);
});
