import { AREAS } from '../../shared/domain/enums.ts';
import { createWorkspace, expect, test, zh } from './fixtures.ts';

test.beforeEach(async ({ host, workDir }) => {
  await createWorkspace(host, workDir, 'shell.sqlite');
});

test('every area is in the navigation, in order, and each says honestly what it holds', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: zh.shell.navLabel });
  await expect(nav.getByRole('link')).toHaveText(AREAS.map((area) => zh.areas[area].title));
  const main = page.getByRole('main');

  for (const area of AREAS) {
    const link = nav.getByRole('link', { name: zh.areas[area].title, exact: true });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/${area}$`));
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(zh.areas[area].title);
    await expect(page).toHaveTitle(
      new RegExp(`^${zh.areas[area].title.replace(/[()]/g, '\\$&')} · shell\\.sqlite`),
    );
    if (area === 'dashboard') {
      await expect(main.getByTestId('workspace-counts')).toContainText(zh.tables.tickets);
      await expect(main.getByTestId('dashboard-empty')).toContainText(zh.kpi.dashboard.emptyTitle);
    } else if (area === 'settings') {
      await expect(main.getByRole('heading', { name: zh.settings.formTitle })).toBeVisible();
    } else if (area === 'tickets') {
      // Built area; test/e2e/tickets-grid.spec.ts checks it. An empty workspace says so in the grid.
      await expect(main.getByRole('navigation', { name: zh.tickets.tabs.label })).toBeVisible();
      await expect(main.getByTestId('grid-empty')).toContainText(zh.tickets.empty.workspaceTitle);
    } else if (area === 'training') {
      // Built area; test/e2e/training.spec.ts checks it. An empty workspace says where to start.
      await expect(main.getByRole('navigation', { name: zh.training.tabs.label })).toBeVisible();
      await expect(main.getByText(zh.training.sessions.empty)).toBeVisible();
    } else if (area === 'surveys') {
      // Built area; test/e2e/surveys.spec.ts checks it. An empty workspace says how answers get in.
      await expect(main.getByRole('navigation', { name: zh.surveys.tabs.label })).toBeVisible();
      await expect(main.getByText(zh.surveys.responses.empty)).toBeVisible();
    } else if (area === 'reports') {
      // Built area; test/e2e/reports.spec.ts checks it. An empty workspace says a report would be empty.
      await expect(main.getByRole('heading', { name: zh.reports.screen.form })).toBeVisible();
      await expect(main.getByText(zh.reports.screen.noData)).toBeVisible();
      await expect(main.getByText(zh.reports.screen.historyEmpty)).toBeVisible();
    } else if (area === 'audits') {
      // Built area; test/e2e/audits.spec.ts checks it. An empty month says how to draw a sample.
      await expect(main.getByRole('navigation', { name: zh.audits.tabs.label })).toBeVisible();
      await expect(main.getByTestId('audits-empty')).toContainText(zh.audits.queue.emptyTitle);
    } else if (area === 'alerts') {
      // Built area; test/e2e/alerts.spec.ts checks it. Without rules the inbox says where to start.
      await expect(main.getByRole('navigation', { name: zh.alerts.tabs.label })).toBeVisible();
      await expect(main.getByTestId('alerts-empty')).toContainText(zh.alerts.inbox.noRules);
    } else if (area === 'pdca' || area === 'rca' || area === 'actions') {
      // Built areas; test/e2e/improvement.spec.ts checks them.
      await expect(main.getByText(zh.areas[area].summary)).toBeVisible();
    } else if (area === 'mystery') {
      // Built area; test/e2e/mystery.spec.ts checks it. A workspace without waves says where to create them.
      await expect(main.getByRole('navigation', { name: zh.mystery.tabs.label })).toBeVisible();
      await expect(main.getByTestId('mystery-empty')).toContainText(zh.mystery.wave.none);
    }
  }
});

test('a reload stays on the same area with the workspace still open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: zh.areas.mystery.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.mystery.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.mystery.title);
  await expect(page.getByTestId('workspace-name')).toHaveText('shell.sqlite');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.dashboard.title);
});

test('the keyboard reaches the skip link and the navigation, and Enter follows a link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.dashboard.title);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: zh.app.skipToContent });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: zh.areas.dashboard.title, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  const alerts = page.getByRole('link', { name: zh.areas.alerts.title, exact: true });
  await expect(alerts).toBeFocused();
  await expect(alerts).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.alerts.title);

  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
