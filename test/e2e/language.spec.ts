import { createWorkspace, en, expect, test, zh } from './fixtures.ts';

test('switching language changes the start screen at once and is remembered after a reload', async ({
  page,
  host,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: zh.start.demo.title, exact: true })).toBeVisible();
  await page.getByRole('button', { name: zh.language.en, exact: true }).click();
  await expect(page.getByRole('button', { name: en.start.demo.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: zh.language.en, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(en.app.name);
  await expect.poll(async () => (await host.invoke('app.info', {})).language).toBe('en');

  await page.reload();
  await expect(page.getByRole('button', { name: en.start.demo.title, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('in the shell, switching re-labels everything; a reload keeps the language and the area', async ({
  page,
  host,
  workDir,
}) => {
  await createWorkspace(host, workDir);
  await page.goto('/');
  await page.getByRole('link', { name: zh.areas.training.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.areas.training.title);

  await page.getByRole('button', { name: zh.language.en, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.areas.training.title);
  await expect(page.getByRole('navigation', { name: en.shell.navLabel })).toBeVisible();
  await expect(page.getByRole('link', { name: en.training.tabs.courses })).toBeVisible();
  await expect(page.getByText(en.training.sessions.empty)).toBeVisible();
  await expect(page.getByRole('button', { name: en.shell.closeWorkspace })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.areas.training.title);
  await expect(page).toHaveURL(/#\/training$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(new RegExp(`^${en.areas.training.title} · `));
});

test('a remembered choice wins over the browser locale', async ({ page, browser, host }) => {
  await page.goto('/');
  await page.getByRole('button', { name: zh.language.en, exact: true }).click();
  await page.getByRole('button', { name: zh.language['zh-CN'], exact: true }).click();
  await expect.poll(async () => (await host.invoke('app.info', {})).language).toBe('zh-CN');

  const english = await browser.newContext({ locale: 'en-US', baseURL: host.url });
  try {
    const other = await english.newPage();
    await other.goto('/');
    await expect(other.getByRole('button', { name: zh.start.demo.title, exact: true })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  } finally {
    await english.close();
  }
});
