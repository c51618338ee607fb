import fs from 'node:fs';
import path from 'node:path';
import { expect, fill, test, zh } from './fixtures.ts';

/** Scribble over pages in the middle of a (checkpointed) workspace: it fails its integrity check at opening. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  for (let i = 3 * 4096; i < Math.min(bytes.length - 4096, 12 * 4096); i++) bytes[i] = 0x5a;
  fs.writeFileSync(file, bytes);
}

test('Settings › Backups: back up now, then restore that backup over later changes', async ({ page, host, workDir }) => {
  const file = path.join(workDir, 'ws.sqlite');
  await host.invoke('workspace.create', { path: file });
  await page.goto('/#/settings/backup');
  const card = page.getByTestId('backups');
  await expect(card.getByText(zh.backup.empty)).toBeVisible();

  await card.getByRole('button', { name: zh.backup.now }).click();
  await expect(card.getByRole('status').filter({ hasText: /ws\.\d{8}-\d{9}\.manual\.sqlite/ })).toBeVisible();
  const rows = card.getByTestId('backup-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(zh.backup.reasons.manual);

  await host.invoke('settings.update', { patch: { repeatWindowDays: 60 } });
  await rows.first().getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: zh.backup.restoreDialog.title });
  await dialog.getByRole('button', { name: zh.backup.restoreDialog.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/已从 ws\.\d{8}-\d{9}\.manual\.sqlite 恢复/)).toBeVisible();
  expect((await host.invoke('settings.get', {})).repeatWindowDays).not.toBe(60);
  // The state before the restore is kept as a backup of its own.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(zh.backup.reasons.restore);

  // A file that is not a workspace is refused in the dialog, and nothing changes.
  const notes = path.join(workDir, 'notes.sqlite');
  fs.writeFileSync(notes, '不是工作区'.repeat(300));
  await card.getByRole('button', { name: zh.backup.restoreFile }).click();
  await dialog.getByRole('textbox', { name: zh.backup.restoreDialog.fileLabel }).fill(notes);
  await dialog.getByRole('button', { name: zh.backup.restoreDialog.confirm }).click();
  await expect(dialog.getByText(fill(zh.errors.WORKSPACE_INVALID_path, { path: notes }))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(2);
});

test('a damaged workspace is explained on the start screen and restored from its newest backup', async ({ page, host, workDir }) => {
  const file = path.join(workDir, 'damaged.sqlite');
  await host.invoke('workspace.create', { path: file });
  await host.invoke('settings.update', { patch: { repeatWindowDays: 33 } });
  await host.invoke('backup.create', {});
  await host.invoke('workspace.close', {});
  damage(file);

  await page.goto('/');
  await page.getByRole('button', { name: zh.start.open.title, exact: true }).click();
  const pathDialog = page.getByRole('dialog', { name: zh.pathDialog.openTitle });
  await pathDialog.getByRole('textbox', { name: zh.pathDialog.label }).fill(file);
  await pathDialog.getByRole('button', { name: zh.pathDialog.openSubmit }).click();
  const offer = page.getByTestId('damaged-workspace');
  await expect(offer.getByText(fill(zh.backup.damaged.body, { path: file }))).toBeVisible();
  await offer.getByRole('button', { name: zh.backup.damaged.restore }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('damaged.sqlite');
  expect((await host.invoke('settings.get', {})).repeatWindowDays).toBe(33);
  expect(fs.readdirSync(workDir).some((f) => f.startsWith('damaged.sqlite.damaged-'))).toBe(true);
});

test('the audit log of a period is exported from Settings as CSV', async ({ page, host, workDir }) => {
  const file = path.join(workDir, 'audited.sqlite');
  await host.invoke('workspace.create', { path: file });
  await host.invoke('settings.update', { patch: { repeatWindowDays: 14 } });
  await page.goto('/#/settings/backup');
  const form = page.getByTestId('audit-export');
  const out = path.join(workDir, 'audit.csv');
  await form.getByRole('textbox', { name: zh.backup.audit.path }).fill(out);
  await form.getByRole('button', { name: zh.backup.audit.export }).click();
  await expect(form.getByText(fill(zh.backup.audit.done, { count: 1, path: out }))).toBeVisible();
  expect(fs.readFileSync(out, 'utf8')).toContain('settings,repeatWindowDays');
});
