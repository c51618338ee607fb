import { createWorkspace, expect, fill, test, zh } from './fixtures.ts';

const T = zh.alerts;

test('a rule made in the editor raises an alert after a data change, and one click opens a linked fishbone', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'alerts.sqlite');
  await page.goto('/#/alerts');
  await expect(page.getByTestId('alerts-empty')).toContainText(T.inbox.noRules);

  // The rule: the organisation's average first response above 15 minutes, counted per day.
  const tabs = page.getByRole('navigation', { name: T.tabs.label });
  await tabs.getByRole('link', { name: T.tabs.rules }).click();
  await page.getByRole('button', { name: T.rules.newRule }).click();
  const dialog = page.getByRole('dialog', { name: T.rules.newRule });
  await dialog.getByLabel(T.rules.fields.kpi).selectOption('first_response_avg_min');
  await dialog.getByLabel(T.rules.fields.scopeDim, { exact: true }).selectOption('org');
  await dialog.getByLabel(T.rules.fields.comparator).selectOption('above');
  await dialog.getByLabel(T.rules.fields.reference).selectOption('value');
  const limit = dialog.getByLabel(T.rules.fields.threshold);
  await limit.fill('');
  await dialog.getByLabel(T.rules.fields.consecutive).fill('1');
  await dialog.getByLabel(T.rules.fields.minN).fill('1');
  await dialog.getByRole('button', { name: zh.common.save }).click();
  // A missing number is named at its field, and nothing is saved.
  await expect(dialog.getByText(T.rules.errors.required)).toBeVisible();
  await limit.fill('15');
  const meaning = `${T.text.org}：${fill(T.text.value.above, { kpi: zh.kpi.defs.first_response_avg_min.name, limit: '15.0 分钟' })}，${T.text.once.day}`;
  await expect(dialog.getByTestId('rule-preview')).toContainText(meaning);
  await dialog.getByRole('button', { name: zh.common.save }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('rules-grid')).toContainText(meaning);

  // No data yet: no alert, no badge.
  await tabs.getByRole('link', { name: T.tabs.inbox }).click();
  await expect(page.getByTestId('alerts-empty')).toContainText(T.inbox.empty);
  await expect(page.getByTestId('alert-badge')).toHaveCount(0);

  // The data change: a ticket answered after 40 minutes, entered now.
  const now = Date.now();
  await host.invoke('tickets.create', {
    fields: {
      externalId: null,
      channel: 'phone',
      type: 'complaint',
      categoryId: null,
      tier: 2,
      outletId: null,
      teamId: null,
      assigneeId: null,
      customerId: null,
      productId: null,
      subject: '热线无人接听',
      description: '',
      status: 'in_progress',
      createdAt: now - 41 * 60_000,
      firstResponseAt: now - 60_000,
      escalatedAt: null,
      resolvedAt: null,
      closedAt: null,
      resolution: null,
      reopenCount: 0,
      fcr: null,
      compensationType: null,
      compensationAmount: null,
      callbackAt: null,
      callbackResult: null,
      csat: null,
      nps: null,
      ces: null,
    },
  });
  await page.getByRole('button', { name: T.refresh }).click();
  const grid = page.getByTestId('alerts-grid');
  await expect(grid).toContainText(T.states.new);
  await expect(grid).toContainText('40.0 分钟');
  await expect(page.getByTestId('alert-badge')).toHaveText('1');

  // The alert's figures, then one click into a fishbone that is linked back to it.
  await grid.getByText(T.states.new).click();
  const detail = page.getByTestId('alert-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(meaning);
  await expect(detail.getByRole('table')).toContainText('15.0 分钟');
  await detail.getByRole('button', { name: T.detail.open.fishbone }).click();
  await expect(page).toHaveURL(/#\/rca\/\d+$/);
  const title = fill(T.detail.titles.fishbone, {
    kpi: zh.kpi.defs.first_response_avg_min.name,
    scope: T.text.org,
  });
  await expect(page.getByRole('textbox', { name: zh.improvement.rca.fields.title, exact: true })).toHaveValue(
    title,
  );
  await expect(
    page.getByTestId('fishbone-outline').getByRole('textbox', { name: zh.improvement.fishbone.boneLabel }),
  ).toHaveCount(6);

  await page.goBack();
  await expect(page.getByTestId('alert-detail')).toContainText(title);
  await expect(page.getByTestId('alerts-grid')).toContainText(T.states.acknowledged);
  await expect(page.getByTestId('alert-badge')).toHaveCount(0);
  await page
    .getByTestId('alert-detail')
    .getByRole('link', { name: new RegExp(title.replace(/[()（）]/g, '.')) })
    .click();
  await expect(page).toHaveURL(/#\/rca\/\d+$/);
});
