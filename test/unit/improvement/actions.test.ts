import { describe, expect, it } from 'vitest';
import { listActions } from '../../../electron/core/improvement/actions.ts';
import { improvementWorkspace } from './workspace.ts';

const fields = {
  title: '整改回访话术',
  detail: '',
  kind: 'corrective' as const,
  ownerId: 1,
  dueOn: '2026-11-01',
  status: 'open' as const,
  cycleId: null,
};

describe('actions', () => {
  it('are overdue after their due day in the workspace time zone, until done', async () => {
    const { ok, db } = await improvementWorkspace();
    const action = await ok('actions.save', { fields });
    // 2026-11-01 23:30 in Shanghai is still the due day; 00:30 the next day is past it.
    expect(listActions(db, {}, Date.UTC(2026, 10, 1, 15, 30))[0]!.overdue).toBe(false);
    expect(listActions(db, {}, Date.UTC(2026, 10, 1, 16, 30))[0]!.overdue).toBe(true);

    const done = await ok('actions.save', { id: action.id, fields: { ...fields, status: 'done' } });
    expect(done.completedAt).not.toBeNull();
    expect(listActions(db, {}, Date.UTC(2026, 11, 1))[0]!.overdue).toBe(false);
    const reopened = await ok('actions.save', {
      id: action.id,
      fields: { ...fields, status: 'in_progress' },
    });
    expect(reopened.completedAt).toBeNull();
    expect(reopened.ownerName).toBe('李娜');
  });

  it('write before and after of every change to the audit log', async () => {
    const { ok } = await improvementWorkspace();
    const action = await ok('actions.save', { fields });
    await ok('actions.save', { id: action.id, fields: { ...fields, title: '整改回访话术（第二版）' } });
    await ok('actions.delete', { id: action.id });
    const log = await ok('audit.list', { entity: 'action', entityId: String(action.id) });
    expect(log.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(log[1]!.before).toMatchObject({ title: '整改回访话术' });
    expect(log[1]!.after).toMatchObject({ title: '整改回访话术（第二版）' });
  });

  it('filter by where they came from', async () => {
    const { ok } = await improvementWorkspace();
    await ok('actions.save', { fields });
    await ok('actions.save', {
      fields: { ...fields, title: '审核发现整改' },
      source: { kind: 'audit', id: 7, ref: null },
    });
    expect((await ok('actions.list', { source: { kind: 'audit', id: 7 } })).map((a) => a.title)).toEqual([
      '审核发现整改',
    ]);
    expect(await ok('actions.list', {})).toHaveLength(2);
  });
});
