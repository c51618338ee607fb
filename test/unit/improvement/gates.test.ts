import { describe, expect, it } from 'vitest';
import { gateProblems, moveProblems, type GateFacts } from '../../../electron/core/improvement/gates.ts';
import { cycleFields, improvementWorkspace } from './workspace.ts';

const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  goal: '一次解决率提升到 85%',
  actions: 1,
  actionsDone: 1,
  verdict: 'effective',
  standardChange: '更新上门维修 SOP 第 3 版',
  nextCycles: 0,
  ...overrides,
});

describe('phase gates', () => {
  it('Do needs a goal and at least one action', () => {
    expect(gateProblems('do', facts({ goal: '  ', actions: 0 }))).toEqual(['goalMissing', 'noActions']);
    expect(gateProblems('do', facts())).toEqual([]);
  });

  it('Check needs at least one completed action', () => {
    expect(gateProblems('check', facts({ actionsDone: 0 }))).toEqual(['noCompletedAction']);
    expect(gateProblems('check', facts())).toEqual([]);
  });

  it('Act and Closed need a verdict; Closed also a standard change or a next cycle', () => {
    expect(gateProblems('act', facts({ verdict: null }))).toEqual(['verdictMissing']);
    expect(gateProblems('closed', facts({ verdict: null, standardChange: '' }))).toEqual([
      'verdictMissing',
      'actMissing',
    ]);
    expect(gateProblems('closed', facts({ standardChange: '', nextCycles: 1 }))).toEqual([]);
  });

  it('a forward jump passes every gate on the way; going back is always allowed', () => {
    expect(moveProblems('plan', 'check', facts({ goal: '', actionsDone: 0 }))).toEqual([
      'goalMissing',
      'noCompletedAction',
    ]);
    expect(moveProblems('check', 'plan', facts({ goal: '', actions: 0, actionsDone: 0 }))).toEqual([]);
  });
});

describe('moving a cycle through its phases', () => {
  it('refuses a move with the gate problems, then lets it through once they are met, logging every write', async () => {
    const { ok, dispatch, db } = await improvementWorkspace();
    const cycle = await ok('pdca.save', { fields: cycleFields() });
    expect(cycle.phase).toBe('plan');
    expect(cycle.gate).toEqual({ to: 'do', problems: ['goalMissing', 'noActions'] });

    const refused = await dispatch('pdca.move', { id: cycle.id, to: 'do' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.details).toEqual({ gate: 'do', problems: ['goalMissing', 'noActions'] });
    }

    await ok('pdca.save', { id: cycle.id, fields: cycleFields({ goal: '三个月内一次解决率达到 85%' }) });
    const actionFields = {
      title: '建立技师考核',
      detail: '',
      kind: 'improvement' as const,
      ownerId: 2,
      dueOn: '2026-11-15',
      status: 'open' as const,
      cycleId: cycle.id,
    };
    const action = await ok('actions.save', {
      fields: actionFields,
      source: { kind: 'pdca', id: cycle.id, ref: null },
    });
    const inDo = await ok('pdca.move', { id: cycle.id, to: 'do' });
    expect(inDo.phase).toBe('do');
    expect(inDo.gate).toEqual({ to: 'check', problems: ['noCompletedAction'] });

    await ok('actions.save', { id: action.id, fields: { ...actionFields, status: 'done' } });
    const inCheck = await ok('pdca.move', { id: cycle.id, to: 'check' });
    expect(inCheck.gate.problems).toEqual(['verdictMissing']);
    const closeEarly = await dispatch('pdca.move', { id: cycle.id, to: 'closed' });
    expect(closeEarly.ok).toBe(false);

    await ok('pdca.save', {
      id: cycle.id,
      fields: cycleFields({
        goal: '三个月内一次解决率达到 85%',
        verdict: 'effective',
        standardChange: '考核纳入技师月度评价',
      }),
    });
    await ok('pdca.move', { id: cycle.id, to: 'act' });
    const closed = await ok('pdca.move', { id: cycle.id, to: 'closed' });
    expect(closed.phase).toBe('closed');
    expect(closed.gate.to).toBeNull();

    const entries = db
      .prepare("SELECT action, entity FROM audit_log WHERE entity IN ('pdca_cycle', 'action') ORDER BY id")
      .all();
    expect(entries).toHaveLength(9);
    expect(entries.filter((e) => (e as { action: string }).action === 'update')).toHaveLength(7);
  });

  it('Closed is reached without a standard change when a next cycle was started', async () => {
    const { ok } = await improvementWorkspace();
    const cycle = await ok('pdca.save', { fields: cycleFields({ goal: 'g', verdict: 'not_effective' }) });
    const next = await ok('pdca.startNext', { id: cycle.id });
    expect(next.previous).toMatchObject({ id: cycle.id });
    expect(next.fields).toMatchObject({
      title: cycle.fields.title,
      kpiId: 'fcr_rate',
      verdict: null,
      goal: '',
    });
    const again = await ok('pdca.get', { id: cycle.id });
    expect(again.next.map((c) => c.id)).toEqual([next.id]);
    expect(again.gate.problems).toEqual(['noActions']);
  });
});
