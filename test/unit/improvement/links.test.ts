import { describe, expect, it } from 'vitest';
import { cause, cycleFields, improvementWorkspace } from './workspace.ts';

const fishbone = {
  kind: 'fishbone' as const,
  template: 'sixM' as const,
  bones: [
    {
      id: 'b1',
      label: '人',
      causes: [cause('c1', '技师培训不足', [cause('c2', '无考核', [cause('c3', '薪酬结构')])])],
    },
  ],
};

describe('link integrity on delete', () => {
  it('refuses to delete a cycle while actions, worksheets or a next cycle link to it, naming each', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    const cycle = await ok('pdca.save', { fields: cycleFields() });
    const action = await ok('actions.save', {
      fields: {
        title: '复盘培训计划',
        detail: '',
        kind: 'corrective',
        ownerId: 1,
        dueOn: null,
        status: 'open',
        cycleId: cycle.id,
      },
    });
    const sheet = await ok('rca.create', {
      kind: 'fishbone',
      head: { title: '鱼骨图', problem: 'p', cycleId: cycle.id },
      content: fishbone,
    });
    const next = await ok('pdca.startNext', { id: cycle.id });

    const refused = await dispatch('pdca.delete', { id: cycle.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.details).toEqual({
        links: [
          { kind: 'action', id: action.id, title: '复盘培训计划' },
          { kind: 'worksheet', id: sheet.id, title: '鱼骨图' },
          { kind: 'cycle', id: next.id, title: cycle.fields.title },
        ],
      });
    }

    await ok('actions.delete', { id: action.id });
    await ok('rca.save', {
      id: sheet.id,
      revision: sheet.revision,
      head: { title: '鱼骨图', problem: 'p', cycleId: null },
      content: fishbone,
    });
    await ok('pdca.delete', { id: next.id });
    await ok('pdca.log.add', { cycleId: cycle.id, onDate: '2026-10-08', note: '第一次培训' });
    expect(await ok('pdca.delete', { id: cycle.id })).toBeNull();
    expect((await dispatch('pdca.get', { id: cycle.id })).ok).toBe(false);
  });

  it('refuses to delete a worksheet while an action came from it or a cycle uses it', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    const cycle = await ok('pdca.save', { fields: cycleFields() });
    const sheet = await ok('rca.create', {
      kind: 'fishbone',
      head: { title: '鱼骨图', problem: 'p', cycleId: cycle.id },
      content: fishbone,
    });
    const refused = await dispatch('rca.delete', { id: sheet.id });
    expect(refused.ok ? null : refused.error.details).toEqual({
      links: [{ kind: 'cycle', id: cycle.id, title: cycle.fields.title }],
    });
    const unlinked = await ok('rca.save', {
      id: sheet.id,
      revision: 1,
      head: { title: '鱼骨图', problem: 'p', cycleId: null },
      content: fishbone,
    });
    expect(unlinked.cycleId).toBeNull();
    expect(await ok('rca.delete', { id: sheet.id })).toBeNull();
  });

  it('refuses a reference to a missing record with the field that names it', async () => {
    const { dispatch } = await improvementWorkspace();
    const result = await dispatch('pdca.save', { fields: cycleFields({ ownerId: 99 }) });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'ownerId', id: 99 },
    });
  });
});
