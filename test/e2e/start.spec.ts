import fs from 'node:fs';
import { createWorkspace, en, expect, fill, test, zh } from './fixtures.ts';

test('a Chinese system gets the start screen in Chinese, with the three ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.app.name);
  await expect(page.getByText(zh.app.tagline)).toBeVisible();
  for (const name of [zh.start.demo.title, zh.start.create.title, zh.start.open.title]) {
    await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  }
  await expect(page.getByRole('group', { name: zh.language.label })).toBeVisible();
  await expect(page.getByRole('heading', { name: zh.start.recent.title })).toBeVisible();
  await expect(page.getByText(zh.start.recent.empty)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(zh.app.name);
});

test.describe('on an English system', () => {
  test.use({ locale: 'en-US' });

  test('the start screen is in English, and a new workspace gets an English file name', async ({ page }) => {
    await page.goto('/');
    for (const name of [en.start.demo.title, en.start.create.title, en.start.open.title]) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(en.app.name);

    await page.getByRole('button', { name: en.start.create.title, exact: true }).click();
    const field = page.getByRole('dialog').getByRole('textbox', { name: en.pathDialog.label });
    await expect(field).toHaveValue(new RegExp(`${en.pathDialog.defaultFileName.replace('.', '\\.')}$`));
  });
});

test('recent files: a file that is gone is marked and can be removed; another opens in one click', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir, 'kept.sqlite');
  const gone = await createWorkspace(host, workDir, 'gone.sqlite');
  await host.invoke('workspace.close', {});
  fs.rmSync(gone);

  await page.goto('/');
  const goneRow = page.getByRole('listitem').filter({ hasText: 'gone.sqlite' });
  const keptRow = page.getByRole('listitem').filter({ hasText: 'kept.sqlite' });
  await expect(goneRow.getByText(zh.start.recent.missing)).toBeVisible();
  await expect(keptRow.getByText(zh.start.recent.missing)).toHaveCount(0);
  await expect(keptRow).toContainText(gone.replace('gone.sqlite', 'kept.sqlite'));

  await goneRow.getByRole('button', { name: zh.start.recent.remove, exact: true }).click();
  await expect(goneRow).toHaveCount(0);
  expect((await host.invoke('app.info', {})).recent.map((r) => r.name)).toEqual(['kept.sqlite']);

  await page
    .getByRole('button', { name: fill(zh.start.recent.openNamed, { name: 'kept.sqlite' }), exact: true })
    .click();
  await expect(page.getByTestId('workspace-name')).toHaveText('kept.sqlite');
});
