import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentsWorkspace, PNG } from './workspace.ts';

describe('attachments and backups', () => {
  it('are inside the workspace file, so a restore brings back the files of backup time byte for byte', async () => {
    const { ok, action, file, dir } = await attachmentsWorkspace();
    const owner = { kind: 'action' as const, id: action.id };
    const photo = await ok('attachments.add', { owner, path: file('门店照片.png', PNG) });
    const backup = await ok('backup.create', {});
    await ok('attachments.delete', { id: photo.id });
    await ok('attachments.add', { owner, path: file('later.txt', 'after the backup') });

    await ok('backup.restore', { backupPath: backup.backup.path });
    const restored = await ok('attachments.list', { owner });
    expect(restored.map((a) => [a.fileName, a.sha256])).toEqual([[photo.fileName, photo.sha256]]);
    const copy = path.join(dir, 'restored.png');
    await ok('attachments.saveCopy', { id: restored[0]!.id, path: copy });
    expect(fs.readFileSync(copy).equals(PNG)).toBe(true);
  });
});
