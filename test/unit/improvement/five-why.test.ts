import { describe, expect, it } from 'vitest';
import { fiveWhyCompletion } from '../../../shared/domain/five-why.ts';
import type { FiveWhyContent } from '../../../shared/schemas/improvement.ts';
import { cycleFields, improvementWorkspace, why } from './workspace.ts';

const cm = (id: string, text: string) => ({ id, text, ownerId: 2, dueOn: '2026-12-01' });

/** The seed's churn example: churn ↑ → low FCR → technicians poorly trained → no assessment → pay structure. */
const churn = (countermeasures = [cm('cm1', '技师薪酬与一次解决率挂钩')]): FiveWhyContent => ({
  kind: 'five_why',
  whys: [
    why('w1', '一次解决率低', [
      why('w2', '技师培训不足', [
        why('w3', '没有考核体系', [
          why('w4', '薪酬结构不激励技能提升', [], { rootCause: true, countermeasures }),
        ]),
      ]),
      why('w5', '备件经常缺货', [], {
        rootCause: true,
        countermeasures: [cm('cm2', '建立网点备件安全库存')],
      }),
    ]),
  ],
});

describe('5-Why completion rule', () => {
  it('is complete only when every root cause has a countermeasure with words in it', () => {
    expect(fiveWhyCompletion(churn())).toEqual({ complete: true, missing: [], roots: 2 });
    expect(fiveWhyCompletion(churn([cm('cm1', '  ')]))).toEqual({
      complete: false,
      missing: ['w4'],
      roots: 2,
    });
    expect(fiveWhyCompletion(churn([]))).toMatchObject({ complete: false, missing: ['w4'] });
  });

  it('a chain without any root cause is not complete', () => {
    expect(fiveWhyCompletion({ kind: 'five_why', whys: [why('a', '客户流失上升')] }).complete).toBe(false);
  });
});

describe('countermeasures become actions', () => {
  it('makes an action in the worksheet cycle, refuses a second one, and keeps the countermeasure while it exists', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    const cycle = await ok('pdca.save', { fields: cycleFields() });
    const sheet = await ok('rca.create', {
      kind: 'five_why',
      head: { title: '客户流失上升', problem: '客户流失率 4.1%，高于 3% 目标', cycleId: cycle.id },
      content: churn(),
    });
    expect(sheet.complete).toBe(true);

    const withAction = await ok('rca.makeAction', { worksheetId: sheet.id, countermeasureId: 'cm1' });
    expect(withAction.actions).toHaveLength(1);
    expect(withAction.actions[0]).toMatchObject({
      title: '技师薪酬与一次解决率挂钩',
      ownerId: 2,
      dueOn: '2026-12-01',
      cycleId: cycle.id,
      source: { kind: 'five_why', id: sheet.id, ref: 'cm1' },
      sourceTitle: '客户流失上升',
    });
    const twice = await dispatch('rca.makeAction', { worksheetId: sheet.id, countermeasureId: 'cm1' });
    expect(twice.ok || twice.error.code).toBe('CONFLICT');

    const removed = await dispatch('rca.save', {
      id: sheet.id,
      revision: withAction.revision,
      head: { title: '客户流失上升', problem: '', cycleId: cycle.id },
      content: churn([]),
    });
    expect(removed.ok).toBe(false);
    if (!removed.ok) {
      expect(removed.error.code).toBe('CONFLICT');
      expect(removed.error.details).toEqual({
        links: [{ kind: 'action', id: withAction.actions[0]!.id, title: '技师薪酬与一次解决率挂钩' }],
      });
    }
    expect((await ok('pdca.get', { id: cycle.id })).actions.map((a) => a.title)).toEqual([
      '技师薪酬与一次解决率挂钩',
    ]);
  });

  it('refuses a save made from an old revision', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    const sheet = await ok('rca.create', {
      kind: 'five_why',
      head: { title: 't', problem: '', cycleId: null },
      content: churn(),
    });
    await ok('rca.save', {
      id: sheet.id,
      revision: 1,
      head: { title: 't2', problem: '', cycleId: null },
      content: churn(),
    });
    const stale = await dispatch('rca.save', {
      id: sheet.id,
      revision: 1,
      head: { title: 't3', problem: '', cycleId: null },
      content: churn(),
    });
    expect(stale.ok || stale.error.code).toBe('CONFLICT');
  });
});
