import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/schemas/attachments.ts';
import { attachmentsWorkspace, PNG } from './workspace.ts';

const refusal = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) =>
  r.ok ? 'ok' : `${r.error!.code}:${String(r.error!.details?.['reason'] ?? '')}`;

describe('attachments', () => {
  it('store the bytes inside the workspace and give them back unchanged in a saved copy', async () => {
    const { ok, action, file, dir } = await attachmentsWorkspace();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    const source = file('回访录音.mp3', bytes);
    const owner = { kind: 'action' as const, id: action.id };
    const added = await ok('attachments.add', { owner, path: source });
    expect(added).toMatchObject({ fileName: '回访录音.mp3', mimeType: 'audio/mpeg', size: bytes.length, previewable: false });
    expect(added.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    // The workspace holds its own copy: the original can go.
    fs.rmSync(source);
    expect(await ok('attachments.list', { owner })).toEqual([added]);
    const target = path.join(dir, 'copy.mp3');
    expect(await ok('attachments.saveCopy', { id: added.id, path: target })).toEqual({ path: target });
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });

  it('preview images recognised by their bytes only', async () => {
    const { ok, dispatch, action, file } = await attachmentsWorkspace();
    const owner = { kind: 'action' as const, id: action.id };
    const image = await ok('attachments.add', { owner, path: file('门店.png', PNG) });
    expect(image.previewable).toBe(true);
    const preview = await ok('attachments.preview', { id: image.id });
    expect([preview.mimeType, Buffer.from(preview.base64, 'base64').equals(PNG)]).toEqual(['image/png', true]);
    const text = await ok('attachments.add', { owner, path: file('假图.png', 'plain text') });
    expect(refusal(await dispatch('attachments.preview', { id: text.id }))).toBe('NOT_SUPPORTED:notImage');
  });

  it('refuse empty, oversized and special files, relative paths and unknown owners, and write nothing', async () => {
    const { dispatch, action, file, dir, db } = await attachmentsWorkspace();
    const owner = { kind: 'action' as const, id: action.id };
    const big = file('big.bin', '');
    fs.truncateSync(big, ATTACHMENT_MAX_BYTES + 1);
    const cases: [unknown, string][] = [
      [{ owner, path: file('empty.txt', '') }, 'INVALID_INPUT:empty'],
      [{ owner, path: big }, 'INVALID_INPUT:tooLarge'],
      [{ owner, path: dir }, 'INVALID_INPUT:notFile'],
      [{ owner, path: 'files/empty.txt' }, 'INVALID_INPUT:badPath'],
      [{ owner, path: `${dir}/files/../files/empty.txt` }, 'INVALID_INPUT:badPath'],
      [{ owner, path: path.join(dir, 'missing.pdf') }, 'FILE_NOT_FOUND:'],
      [{ owner: { kind: 'action', id: 999 }, path: file('a.txt', 'x') }, 'NOT_FOUND:ownerMissing'],
      [{ owner: { kind: 'pdca_log', id: 1 }, path: file('a.txt', 'x') }, 'NOT_FOUND:ownerMissing'],
      [{ owner: { kind: 'mystery_visit', id: 1 }, path: file('a.txt', 'x') }, 'NOT_FOUND:ownerMissing'],
      [{ owner: { kind: 'ticket', id: 1 }, path: file('a.txt', 'x') }, 'INVALID_INPUT:'],
    ];
    for (const [input, expected] of cases) {
      expect(refusal(await dispatch('attachments.add', input as never)), JSON.stringify(input)).toBe(expected);
    }
    expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
  });

  it('never overwrite a file with a copy, and log adds and deletes without the content', async () => {
    const { ok, dispatch, action, file, dir } = await attachmentsWorkspace();
    const owner = { kind: 'action' as const, id: action.id };
    const added = await ok('attachments.add', { owner, path: file('note.txt', '证据') });
    const existing = file('taken.txt', 'keep me');
    expect(refusal(await dispatch('attachments.saveCopy', { id: added.id, path: existing }))).toBe('FILE_EXISTS:exists');
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    expect(refusal(await dispatch('attachments.saveCopy', { id: added.id, path: path.join(dir, 'no-such-dir', 'x.txt') }))).toBe('FILE_NOT_FOUND:');
    await ok('attachments.delete', { id: added.id });
    expect(await ok('attachments.list', { owner })).toEqual([]);
    const log = await ok('audit.list', { entity: 'attachment', entityId: String(added.id) });
    expect(log.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(JSON.stringify(log)).not.toContain('content');
  });

  it('go with their owner when the owner is deleted', async () => {
    const { ok, action, file, db } = await attachmentsWorkspace();
    await ok('attachments.add', { owner: { kind: 'action', id: action.id }, path: file('a.txt', 'x') });
    const cycle = await ok('pdca.save', {
      fields: {
        title: '循环', problem: '', scopeKind: 'organisation', scopeId: null, ownerId: null, startOn: null, dueOn: null,
        kpiId: null, baseline: null, baselinePeriod: '', target: null, goal: '', verdict: null, checkNote: '',
        standardChange: '', lessons: '',
      },
    });
    const withLog = await ok('pdca.log.add', { cycleId: cycle.id, onDate: '2026-11-02', note: '培训第一批' });
    const entry = withLog.log[0]!;
    await ok('attachments.add', { owner: { kind: 'pdca_log', id: entry.id }, path: file('b.txt', 'y') });
    expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(2);
    await ok('actions.delete', { id: action.id });
    await ok('pdca.log.delete', { id: entry.id });
    expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
  });
});
