import fs from 'node:fs';
import path from 'node:path';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** A tour of the training screens on the demo workspace, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test(`training screens (${language})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `training-${language}-${name}.png`) });
    await host.invoke('app.setLanguage', { language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
    await host.invoke('workspace.openDemo', { jobId: `shots-${language}-demo` });

    await page.goto('/#/training');
    await expect(page.getByRole('heading', { level: 1, name: text.areas.training.title })).toBeVisible();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('01-sessions');

    await page.getByRole('link', { name: text.training.tabs.courses }).click();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('02-courses');
    await page.getByRole('button', { name: text.training.courses.edit }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('03-course-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: text.training.tabs.certificates }).click();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await page.getByRole('button', { name: text.training.certificates.due }).click();
    await shot('04-certificates-due');

    await page.getByRole('link', { name: text.training.tabs.matrix }).click();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('05-matrix');
    await page.getByRole('heading', { name: text.training.kpis.title }).scrollIntoViewIfNeeded();
    await shot('06-kpis');
    await page.getByRole('button', { name: text.training.matrix.requirements }).click();
    await shot('07-requirements');
    await page.keyboard.press('Escape');

    // The effect of a communication session whose trainees' CSAT moved, and of the whole course.
    const communication = (await host.invoke('training.sessions.list', {})).filter((s) => s.courseType === 'communication');
    // The session with a significant CSAT change, else the one with the most rated tickets.
    let moved = communication[0]!;
    let most = -1;
    for (const s of communication) {
      const csat = (await host.invoke('training.effect', { sessionId: s.id })).metrics[0]!;
      const weight = (csat.verdict === 'improved' ? 1e6 : 0) + csat.before.n + csat.after.n;
      if (weight > most) [moved, most] = [s, weight];
    }
    await page.goto(`/#/training/session/${moved.id}`);
    const effectCard = page.locator('.effect-card');
    await expect(effectCard.getByRole('table')).toBeVisible();
    await effectCard.scrollIntoViewIfNeeded();
    await shot('10-session-effect');
    await page.goto(`/#/training/course/${moved.courseId}/effect`);
    await expect(page.locator('.effect-card').getByRole('table')).toBeVisible();
    await shot('11-course-effect');

    // Improvement plans: the list and the running demo plan.
    await page.goto('/#/training/plans');
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await shot('12-plans');
    const plans = await host.invoke('training.plans.list', {});
    await page.goto(`/#/training/plan/${plans.find((p) => p.state === 'active')!.id}`);
    await expect(page.locator('.plan-goal').first()).toBeVisible();
    await shot('13-plan');

    // A quarterly skills competition: ranking and awards.
    const competition = (await host.invoke('training.sessions.list', {})).find((s) => s.courseType === 'competition' && s.passed + s.failed > 0)!;
    await page.goto(`/#/training/session/${competition.id}`);
    const ranking = page.getByRole('heading', { name: text.training.competition.title });
    await ranking.scrollIntoViewIfNeeded();
    await expect(page.locator('.effect-verdict--award-first').first()).toBeVisible();
    await shot('14-competition');

    // A product-knowledge session with a retake: the score grid, invalid cells and a trainee's history.
    const sessions = await host.invoke('training.sessions.list', {});
    const session = sessions.find((s) => s.courseType === 'product' && s.enrolled >= 12)!;
    await page.goto(`/#/training/session/${session.id}`);
    const grid = page.locator('.training-grid--scores');
    await expect(grid.locator('.ag-row').first()).toBeVisible();
    await grid.locator('.ag-row[row-index="1"] [col-id^="part-"]').first().click();
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await page.keyboard.type('58');
    await page.keyboard.press('Enter');
    // A pasted line naming someone not on the roster becomes a flagged row at the end.
    await grid.locator('.ag-row[row-index="0"] [col-id="trainee"]').click();
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'E99999\\t80\\t70');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    })()`);
    await shot('08-score-grid');
    await page.getByRole('button', { name: text.training.grid.save }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shot('09-score-grid-refused');

    // The same session's sheet from a file: one row over the maximum is listed and nothing is written.
    const detail = await host.invoke('training.sessions.get', { id: session.id });
    const header = [text === zh ? '工号' : 'employeeNo', ...detail.parts.map((p) => p.name)].join(',');
    const rows = detail.trainees.slice(0, 3).map((t, i) => [t.employeeNo, ...detail.parts.map((p) => (i === 1 ? p.maxScore + 5 : p.passMark))].join(','));
    const file = path.join(shotsDir, `training-${language}-sheet.csv`);
    fs.writeFileSync(file, [header, ...rows, ['E99999', ...detail.parts.map(() => 80)].join(',')].join('\r\n'));
    await page.reload();
    await page.getByRole('button', { name: text.training.session.import }).click();
    const dialog = page.getByRole('dialog', { name: text.training.session.importTitle });
    await dialog.getByLabel(text.fileImport.path).fill(file);
    await dialog.getByRole('button', { name: text.fileImport.run }).click();
    await expect(dialog.getByRole('table')).toBeVisible();
    await shot('15-sheet-import-refused');
  });
}
