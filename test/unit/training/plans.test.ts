import { describe, expect, it } from 'vitest';
import { trainingWorkspace } from './workspace.ts';

const goals = { 30: '独立处理一般咨询，满意度 ≥ 4.2', 60: '首次响应 ≤ 15 分钟', 90: '满意度 ≥ 4.5，无二次投诉' };

describe('improvement plans', () => {
  it('keep 30/60/90-day goals, a mentor, dated check-ins and an outcome, and log each write', async () => {
    const { ok, dispatch } = await trainingWorkspace();
    const plan = await ok('training.plans.save', {
      fields: { staffId: 5, mentorId: 2, reason: '满意度连续两月低于 4.0', startOn: '2026-09-01', goals },
    });
    expect(plan).toMatchObject({ employeeNo: 'E005', mentorName: '王强', state: 'active', endOn: '2026-11-30', goalsMet: 0 });
    expect(plan.goals.map((g) => [g.day, g.dueOn, g.met])).toEqual([[30, '2026-10-01', null], [60, '2026-10-31', null], [90, '2026-11-30', null]]);

    const checked = await ok('training.plans.checkin', { id: plan.id, onDate: '2026-09-15', note: '旁听 5 通电话，话术改进明显' });
    expect(checked.checkinList).toMatchObject([{ onDate: '2026-09-15', note: '旁听 5 通电话，话术改进明显', createdBy: 'tester' }]);
    const early = await dispatch('training.plans.checkin', { id: plan.id, onDate: '2026-08-31', note: '计划前' });
    expect(early.ok ? null : early.error.details?.['reason']).toBe('checkin_before_start');

    const reviewed = await ok('training.plans.review', { id: plan.id, met: { 30: true, 60: false } });
    expect([reviewed.goalsMet, reviewed.state]).toEqual([1, 'active']);
    const closed = await ok('training.plans.review', { id: plan.id, met: { 90: true }, outcome: 'met', outcomeNote: '达标，转正常考核' });
    expect([closed.state, closed.goalsMet, closed.outcomeNote]).toEqual(['met', 2, '达标，转正常考核']);
    // A later review without an outcome keeps the plan closed.
    expect((await ok('training.plans.review', { id: plan.id, met: { 60: true } })).state).toBe('met');

    const edited = await ok('training.plans.save', { id: plan.id, fields: { staffId: 5, mentorId: 1, reason: '满意度低', startOn: '2026-09-01', goals: { ...goals, 60: '首次响应 ≤ 12 分钟' } } });
    expect(edited.goals.map((g) => [g.goal, g.met])[1]).toEqual(['首次响应 ≤ 12 分钟', true]);
    expect((await ok('training.plans.list', {})).map((p) => p.id)).toEqual([plan.id]);
    const log = await ok('audit.list', { entity: 'training_plan' });
    expect(log.map((e) => e.action)).toEqual(['update', 'update', 'update', 'update', 'create']);
    expect(await ok('audit.list', { entity: 'training_plan_checkin' })).toHaveLength(1);
  });

  it('refuse a mentor who is the trainee, unknown staff and a missing plan, writing nothing', async () => {
    const { dispatch, db } = await trainingWorkspace();
    const self = await dispatch('training.plans.save', { fields: { staffId: 5, mentorId: 5, reason: 'x', startOn: '2026-09-01', goals } });
    expect(self.ok ? null : self.error.code).toBe('INVALID_INPUT');
    const unknown = await dispatch('training.plans.save', { fields: { staffId: 99, mentorId: null, reason: 'x', startOn: '2026-09-01', goals } });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    const missing = await dispatch('training.plans.review', { id: 7, met: {} });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    expect(db.prepare('SELECT count(*) FROM training_plans').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity LIKE 'training_plan%'").pluck().get()).toBe(0);
  });
});
