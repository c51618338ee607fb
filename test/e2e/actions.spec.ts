import fs from 'node:fs';
import path from 'node:path';
import { expect, fill, test, zh } from './fixtures.ts';

const T = zh.improvement;
const A = zh.attachments;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('an action is closed only after its effectiveness check, with the evidence attached', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(90_000);
  await host.invoke('workspace.openDemo', { jobId: 'e2e-actions-close' });
  const { lastDay } = await host.invoke('kpi.coverage', {});
  // The action belongs to a PDCA plan, whose page lists its few actions (the demo's register is long).
  const cycle = await host.invoke('pdca.save', {
    fields: {
      title: '回访话术改进',
      problem: '',
      scopeKind: 'organisation',
      scopeId: null,
      ownerId: null,
      startOn: null,
      dueOn: null,
      kpiId: 'fcr_rate',
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
  const action = await host.invoke('actions.save', {
    fields: {
      title: '回访话术整改',
      detail: '',
      kind: 'corrective',
      ownerId: null,
      dueOn: null,
      status: 'done',
      cycleId: cycle.id,
    },
  });
  const evidence = path.join(workDir, '回访抽查记录.txt');
  fs.writeFileSync(evidence, '十月回访抽查 20 通，全部使用新话术');

  await page.goto(`/#/pdca/${cycle.id}`);
  await page.getByTestId('actions-grid').getByText('回访话术整改').dblclick();
  const dialog = page.getByRole('dialog');

  // Closing without a check is refused, and says why.
  await dialog.getByRole('combobox', { name: T.actions.fields.status }).selectOption('closed');
  await dialog.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(T.checks.refused.checkMissing);

  // A KPI comparison from two months before the last ticket, recorded not effective: still not closable.
  const check = dialog.getByTestId('action-check');
  await check.getByRole('radio', { name: T.checks.methods.kpi }).check();
  const from = new Date(Date.parse(`${lastDay!}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  await check.getByLabel(T.checks.from).fill(from);
  await check.getByRole('radio', { name: T.checks.verdicts.not_effective }).check();
  await check.getByRole('button', { name: T.checks.record }).click();
  await expect(check.getByText(T.checks.noteRequired)).toBeVisible();
  await check.getByRole('textbox', { name: T.checks.note }).fill('一次解决率未见改善');
  await check.getByRole('button', { name: T.checks.record }).click();
  const result = check.getByTestId('check-result');
  await expect(result).toContainText(T.checks.verdicts.not_effective);
  await expect(result).toContainText(zh.kpi.defs.fcr_rate.name);
  await expect(result).toContainText(from);
  await expect(check.getByRole('button', { name: T.checks.close })).toHaveCount(0);
  await dialog.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(dialog.getByRole('alert').last()).toContainText(T.checks.refused.checkNotEffective);

  // The evidence file goes into the workspace.
  await check.getByRole('textbox', { name: A.path }).fill(evidence);
  await check.getByRole('button', { name: A.add }).click();
  await expect(check.getByRole('list', { name: A.listLabel })).toContainText('回访抽查记录.txt');

  // Checked again, effective: now it closes.
  await check.getByRole('radio', { name: T.checks.verdicts.effective }).check();
  await check.getByRole('textbox', { name: T.checks.note }).fill('复核一次解决率回升，抽查录音达标');
  await check.getByRole('button', { name: T.checks.recordAgain }).click();
  await expect(result).toContainText(T.checks.verdicts.effective);
  await check.getByRole('button', { name: T.checks.close }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByTestId('actions-grid').locator(`[row-id="${action.id}"]`);
  await expect(row).toContainText(T.actions.statuses.closed);
  await expect(row).toContainText(T.checks.verdicts.effective);

  const [closed] = (await host.invoke('actions.list', {})).filter((a) => a.id === action.id);
  expect(closed?.check?.note).toBe('复核一次解决率回升，抽查录音达标');
  expect(await host.invoke('attachments.list', { owner: { kind: 'action', id: action.id } })).toHaveLength(1);
});

test('evidence attached to an audit is previewed and saved as a copy, byte for byte', async ({
  page,
  host,
  workDir,
}) => {
  test.setTimeout(90_000);
  await host.invoke('workspace.openDemo', { jobId: 'e2e-actions-audit' });
  const [audit] = await host.invoke('audits.list', { status: 'submitted', limit: 1 });
  const photo = path.join(workDir, '现场照片.png');
  fs.writeFileSync(photo, PNG);

  await page.goto(`/#/audits/audit/${audit!.id}`);
  const files = page.getByTestId(`attachments-audit-${audit!.id}`);
  await expect(files).toContainText(A.empty);
  await files.getByRole('button', { name: A.add }).click();
  await expect(files).toContainText(A.pathRequired);
  await files.getByRole('textbox', { name: A.path }).fill(path.join(workDir, 'missing.pdf'));
  await files.getByRole('button', { name: A.add }).click();
  await expect(files.getByRole('alert')).toContainText('missing.pdf');
  await files.getByRole('textbox', { name: A.path }).fill(photo);
  await files.getByRole('button', { name: A.add }).click();
  await expect(files.getByRole('status')).toContainText(fill(A.added, { name: '现场照片.png' }));

  await files.getByRole('button', { name: A.preview }).click();
  const preview = page.getByRole('dialog', { name: fill(A.previewTitle, { name: '现场照片.png' }) });
  await expect(preview.getByRole('img', { name: '现场照片.png' })).toBeVisible();
  await preview.getByRole('button', { name: A.closePreview }).click();

  await files.getByRole('button', { name: A.saveCopy }).click();
  const save = page.getByRole('dialog');
  const copy = path.join(workDir, 'copy.png');
  await save.getByRole('textbox', { name: A.savePath }).fill(copy);
  await save.getByRole('button', { name: A.save, exact: true }).click();
  await expect(save.getByRole('status')).toContainText(copy);
  expect(fs.readFileSync(copy).equals(PNG)).toBe(true);
  // A second copy to the same path is refused: a copy never replaces a file.
  await save.getByRole('textbox', { name: A.savePath }).fill(copy);
  await save.getByRole('button', { name: A.save, exact: true }).click();
  await expect(save.getByRole('alert')).toContainText(fill(A.errors.exists, { file: copy }));
});

test('the dashboard counts overdue actions and opens the filtered list', async ({ page, host }) => {
  test.setTimeout(90_000);
  await host.invoke('workspace.openDemo', { jobId: 'e2e-actions-overdue' });
  for (const [title, dueOn] of [
    ['逾期最久的措施', '2025-01-05'],
    ['另一项逾期措施', '2025-03-01'],
  ] as const) {
    await host.invoke('actions.save', {
      fields: { title, detail: '', kind: 'corrective', ownerId: null, dueOn, status: 'open', cycleId: null },
    });
  }
  const overdue = await host.invoke('actions.list', { overdue: true });
  await page.goto('/#/dashboard');
  const card = page.getByTestId('overdue-actions');
  await expect(card.getByTestId('overdue-count')).toHaveText(
    fill(T.overdue.count_other, { count: overdue.length }),
  );
  await expect(card.locator('li').first()).toContainText('逾期最久的措施');
  await card.getByRole('link', { name: T.overdue.showAll }).click();
  await expect(page).toHaveURL(/#\/actions\/overdue$/);
  await expect(page.getByRole('combobox', { name: T.overdue.filter })).toHaveValue('overdue');
  const grid = page.getByTestId('actions-grid');
  await expect(grid).toContainText('另一项逾期措施');
  await expect(grid.locator('.ag-row.row--overdue').first()).toBeVisible();
  await expect(grid.locator('.ag-row:not(.row--overdue)')).toHaveCount(0);
  await page.getByRole('combobox', { name: T.overdue.filter }).selectOption('all');
  await expect(page).toHaveURL(/#\/actions$/);
});
