import type { Page } from '@playwright/test';
import { expect, fill, test, zh, type WebHost } from './fixtures.ts';

const t = zh.ticket;

/** A small demo workspace: real reference data for the pickers, and tickets with SLA clocks and follow-ups. */
async function openDemo(host: WebHost): Promise<void> {
  await host.invoke('workspace.openDemo', { jobId: 'e2e-ticket-page' });
}

/** A ticket of the second follow-up queue: the richest page (clocks, follow-up, often a repeat link). */
async function pickTicket(host: WebHost): Promise<number> {
  const { rows } = await host.invoke('tickets.query', {
    query: { queue: 'follow_up', sort: [{ colId: 'id', sort: 'asc' }], filter: {}, quickSearch: '' },
    startRow: 0,
    endRow: 1,
  });
  expect(rows[0], 'the demo has tickets in the second follow-up queue').toBeDefined();
  return rows[0]!.id;
}

const form = (page: Page) => page.getByTestId('ticket-form');
const field = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });
const picker = (page: Page, label: string) => form(page).getByRole('combobox', { name: label, exact: true });

test.beforeEach(async ({ host }) => {
  await openDemo(host);
});

test('a ticket shows its fields, SLA clocks and follow-up; a bad score is explained, a good one saved and listed in history', async ({
  page,
  host,
}) => {
  const id = await pickTicket(host);
  const before = await host.invoke('tickets.get', { id });
  await page.goto(`/#/tickets/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(t.title, { id }));
  await expect(field(page, t.fields.subject)).toHaveValue(before.fields.subject);
  await expect(page.getByTestId('sla-response')).toContainText(t.sla.target);
  await expect(page.getByTestId('sla-resolution')).toBeVisible();
  await expect(page.getByTestId('ticket-follow-up')).toContainText(t.followUp.title);
  if (before.labels.assignee)
    await expect(picker(page, t.fields.assigneeId)).toHaveValue(before.labels.assignee);

  // Out of range: the catalog's message at the field, the field marked, nothing saved.
  const csat = field(page, t.fields.csat);
  await csat.fill('9');
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(t.errors.summary)).toBeVisible();
  await expect(form(page).getByText(fill(t.errors.range, { min: 1, max: 5 }))).toBeVisible();
  await expect(csat).toHaveAttribute('aria-invalid', 'true');
  await expect(csat).toBeFocused();
  expect((await host.invoke('tickets.get', { id })).updatedAt).toBe(before.updatedAt);

  // Fixing it clears the error at once; Enter in a field saves.
  const next = before.fields.csat === 4 ? 3 : 4;
  await csat.fill(String(next));
  await expect(page.getByText(t.errors.summary)).toBeHidden();
  await csat.press('Enter');
  await expect(page.getByText(t.save.saved)).toBeVisible();
  expect((await host.invoke('tickets.get', { id })).fields.csat).toBe(next);

  const history = page.getByTestId('ticket-history');
  const entry = history.locator('.history__change').filter({ hasText: t.fields.csat }).first();
  await expect(entry).toContainText(
    before.fields.csat === null ? zh.common.none : String(before.fields.csat),
  );
  await expect(entry.locator('.history__after')).toHaveText(String(next));
});

test('a reference is chosen by searching, and the change is listed with names, not ids', async ({
  page,
  host,
}) => {
  const id = await pickTicket(host);
  const staff = await host.invoke('ref.options', { kind: 'staff', limit: 5 });
  const before = await host.invoke('tickets.get', { id });
  const target = staff.find((s) => s.id !== before.fields.assigneeId)!;
  await page.goto(`/#/tickets/${id}`);

  const assignee = picker(page, t.fields.assigneeId);
  await assignee.fill(target.code);
  const option = page.getByRole('option', { name: new RegExp(target.label) });
  await expect(option).toBeVisible();
  await assignee.press('ArrowDown');
  await assignee.press('ArrowUp');
  await assignee.press('Enter');
  await expect(assignee).toHaveValue(target.label);
  await page.keyboard.press('Control+s');
  await expect(page.getByText(t.save.saved)).toBeVisible();
  expect((await host.invoke('tickets.get', { id })).fields.assigneeId).toBe(target.id);

  const entry = page
    .getByTestId('ticket-history')
    .locator('.history__change')
    .filter({ hasText: t.fields.assigneeId })
    .first();
  await expect(entry.locator('.history__after')).toHaveText(target.label);
});

test('Esc discards unsaved edits', async ({ page, host }) => {
  const id = await pickTicket(host);
  const before = await host.invoke('tickets.get', { id });
  await page.goto(`/#/tickets/${id}`);
  const subject = field(page, t.fields.subject);
  await expect(subject).toHaveValue(before.fields.subject);
  await subject.fill('一段不会保存的主题');
  await expect(page.getByText(t.save.unsaved)).toBeVisible();
  await subject.press('Escape');
  await expect(subject).toHaveValue(before.fields.subject);
  await expect(page.getByText(t.save.unsaved)).toBeHidden();
});

test('when someone else saved first, the save is refused and the user keeps their edit on the latest version', async ({
  page,
  host,
}) => {
  const id = await pickTicket(host);
  const opened = await host.invoke('tickets.get', { id });
  await page.goto(`/#/tickets/${id}`);
  const subject = field(page, t.fields.subject);
  await expect(subject).toHaveValue(opened.fields.subject);

  // Another user changes the resolution in the meantime.
  await host.invoke('tickets.update', {
    id,
    patch: { resolution: '另一位同事填写的处理结果' },
    expectedUpdatedAt: opened.updatedAt,
  });

  await subject.fill('客户要求上门复检');
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(t.save.conflictTitle)).toBeVisible();
  expect((await host.invoke('tickets.get', { id })).fields.subject).toBe(opened.fields.subject);

  await page.getByRole('button', { name: t.save.reloadKeep }).click();
  await expect(page.getByText(t.save.conflictTitle)).toBeHidden();
  await expect(field(page, t.fields.resolution)).toHaveValue('另一位同事填写的处理结果');
  await expect(subject).toHaveValue('客户要求上门复检');
  await page.getByRole('button', { name: zh.common.save, exact: true }).click();
  await expect(page.getByText(t.save.saved)).toBeVisible();

  const stored = await host.invoke('tickets.get', { id });
  expect(stored.fields.subject).toBe('客户要求上门复检');
  expect(stored.fields.resolution).toBe('另一位同事填写的处理结果');
  const history = page.getByTestId('ticket-history');
  await expect(
    history.locator('.history__change').filter({ hasText: t.fields.subject }).first(),
  ).toContainText('客户要求上门复检');
  await expect(
    history.locator('.history__change').filter({ hasText: t.fields.resolution }).first(),
  ).toContainText('另一位同事填写的处理结果');
});

test('a new ticket is created from the form and opens as its own page', async ({ page, host }) => {
  await page.goto('/#/tickets/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titleNew);
  await page.getByRole('button', { name: t.save.create }).click();
  await expect(form(page).getByText(t.errors.required)).toBeVisible();

  await field(page, t.fields.subject).fill('热水器安装预约咨询');
  await field(page, t.fields.type).selectOption('installation');
  await page.getByRole('button', { name: t.save.create }).click();
  await expect(page).toHaveURL(/#\/tickets\/\d+$/);
  const id = Number(/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(t.title, { id }));
  const stored = await host.invoke('tickets.get', { id });
  expect(stored.fields.subject).toBe('热水器安装预约咨询');
  expect(stored.fields.type).toBe('installation');
  await expect(page.getByTestId('ticket-history')).toContainText(t.history.created);
});

test('a follow-up gets an owner and a note, and the change shows in the history', async ({ page, host }) => {
  const id = await pickTicket(host);
  const detail = await host.invoke('tickets.get', { id });
  expect(detail.followUp, 'the demo has tickets in the second follow-up queue').not.toBeNull();
  const staff = await host.invoke('ref.options', { kind: 'staff', limit: 3 });
  const owner = staff.find((s) => s.id !== detail.followUp?.ownerId)!;
  await page.goto(`/#/tickets/${id}`);
  const card = page.getByTestId('ticket-follow-up');
  const ownerPicker = card.getByRole('combobox', { name: t.followUp.owner, exact: true });
  await ownerPicker.fill(owner.code);
  await page.getByRole('option', { name: new RegExp(owner.label) }).click();
  await card.getByLabel(t.followUp.note, { exact: true }).fill('已电话回访，客户同意再次上门');
  await card.getByLabel(t.followUp.status, { exact: true }).selectOption('done');
  await card.getByRole('button', { name: t.followUp.save }).click();
  await expect(card.getByText(t.followUp.saved)).toBeVisible();
  const stored = await host.invoke('tickets.get', { id });
  expect(stored.followUp?.ownerId).toBe(owner.id);
  expect(stored.followUp?.status).toBe('done');
  const history = page.getByTestId('ticket-history');
  await expect(history).toContainText(t.history.followUpUpdated);
  await expect(
    history.locator('.history__change').filter({ hasText: t.history.followUpFields.ownerId }).first(),
  ).toContainText(owner.label);
});

test('following a link to another ticket shows that ticket, never the previous one', async ({
  page,
  host,
}) => {
  const { rows } = await host.invoke('tickets.query', {
    query: { queue: 'repeat', sort: [{ colId: 'id', sort: 'asc' }], filter: {}, quickSearch: '' },
    startRow: 0,
    endRow: 1,
  });
  expect(rows[0], 'the demo has repeat complaints').toBeDefined();
  const repeat = await host.invoke('tickets.get', { id: rows[0]!.id });
  const original = repeat.repeatOf!;
  await page.goto(`/#/tickets/${repeat.id}`);
  await expect(field(page, t.fields.subject)).toHaveValue(repeat.fields.subject);

  const links = page.getByTestId('ticket-repeats');
  await links
    .getByRole('link', { name: fill(t.repeats.link, { id: original.id, subject: original.subject }) })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/tickets/${original.id}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: fill(t.title, { id: original.id }) }),
  ).toBeVisible();
  await expect(field(page, t.fields.subject)).toHaveValue(original.subject);
  await expect(
    page
      .getByTestId('ticket-repeats')
      .getByRole('link', { name: fill(t.repeats.link, { id: repeat.id, subject: repeat.fields.subject }) }),
  ).toBeVisible();
});
