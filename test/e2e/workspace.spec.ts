import fs from 'node:fs';
import path from 'node:path';
import { expect, fill, test, zh } from './fixtures.ts';

test('a new workspace is created through the path dialog and is listed as recent after closing', async ({
  page,
  workDir,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: zh.start.create.title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: zh.pathDialog.createTitle });
  const field = dialog.getByRole('textbox', { name: zh.pathDialog.label });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(new RegExp(`${zh.pathDialog.defaultFileName.replace('.', '\\.')}$`));

  await field.fill('   ');
  await field.press('Enter');
  await expect(dialog.getByText(zh.pathDialog.required)).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  const file = path.join(workDir, '华东区域.sqlite');
  await field.fill(file);
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveText('华东区域.sqlite');
  expect(fs.existsSync(file)).toBe(true);

  await page.getByRole('button', { name: zh.shell.closeWorkspace }).click();
  await expect(page.getByRole('button', { name: zh.start.demo.title, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  const row = page.getByRole('listitem').filter({ hasText: '华东区域.sqlite' });
  await expect(row).toContainText(file);
  await expect(row.getByText(zh.start.recent.missing)).toHaveCount(0);

  // The same path again: refused in the dialog, which stays open for another try; Esc leaves it.
  await page.getByRole('button', { name: zh.start.create.title, exact: true }).click();
  await field.fill(file);
  await dialog.getByRole('button', { name: zh.pathDialog.createSubmit }).click();
  await expect(dialog.getByText(fill(zh.errors.FILE_EXISTS_path, { path: file }))).toBeVisible();
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: zh.start.create.title, exact: true })).toBeFocused();
});

test('opening a file that is not a workspace, or no file at all, says so in the dialog', async ({
  page,
  workDir,
}) => {
  const notes = path.join(workDir, 'notes.txt');
  fs.writeFileSync(notes, '这不是工作区文件\n'.repeat(200));
  const missing = path.join(workDir, 'nowhere.sqlite');

  await page.goto('/');
  await page.getByRole('button', { name: zh.start.open.title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: zh.pathDialog.openTitle });
  const field = dialog.getByRole('textbox', { name: zh.pathDialog.label });
  await expect(field).toBeFocused();

  await field.fill(notes);
  await field.press('Enter');
  await expect(dialog.getByText(fill(zh.errors.WORKSPACE_INVALID_path, { path: notes }))).toBeVisible();

  await field.fill(missing);
  await field.press('Enter');
  await expect(dialog.getByText(fill(zh.errors.FILE_NOT_FOUND_path, { path: missing }))).toBeVisible();

  await dialog.getByRole('button', { name: zh.common.cancel }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(zh.start.recent.empty)).toBeVisible();
});
