import { describe, expect, it } from 'vitest';
import { saveAudit } from '../../../electron/core/audits/audits.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { auditsWorkspace, smallTemplate } from '../audits/workspace.ts';
import { TZ, octoberWorkspace } from '../kpi/fixture.ts';
import { improvementWorkspace } from './workspace.ts';

const fields = {
  title: '纠正：无禁语',
  detail: '',
  kind: 'corrective' as const,
  ownerId: null,
  dueOn: '2026-12-15',
  status: 'open' as const,
  cycleId: null,
};

const reason = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) =>
  r.ok ? 'ok' : `${r.error!.code}:${String(r.error!.details?.['reason'] ?? '')}`;

/** Two audits of each agent in November; the first of agent 1 fails an item and raises an action. */
async function auditedAction() {
  const ws = await auditsWorkspace();
  const template = await ws.ok('audits.templates.save', { fields: smallTemplate() });
  const sample = await ws.ok('audits.samples.draw', { month: '2026-11', templateId: template.id, perAgent: 2, stratify: 'none', seed: 1 });
  const audits = await ws.ok('audits.list', { sampleId: sample.id });
  const agentId = audits[0]!.agentId!;
  const [first, second] = audits.filter((a) => a.agentId === agentId);
  const other = audits.find((a) => a.agentId !== agentId)!;
  const submit = (id: number, answers: Record<string, number>, at: number) =>
    saveAudit(ws.db, 'auditor', { id, answers, findings: {}, submit: true }, at);
  const failing = { greeting: 0, no_rudeness: 1, diagnosis: 2, advice: 0 };
  const passing = { greeting: 1, no_rudeness: 1, diagnosis: 5, advice: 0 };
  // The re-audit is submitted before the original in id order but later in time; the other agent's audit is later too.
  submit(second!.id, failing, Date.UTC(2026, 10, 5));
  submit(first!.id, failing, Date.UTC(2026, 10, 3));
  submit(other.id, passing, Date.UTC(2026, 10, 20));
  submit(second!.id, passing, Date.UTC(2026, 10, 25));
  const action = await ws.ok('actions.save', { fields, source: { kind: 'audit', id: first!.id, ref: 'greeting' } });
  return { ...ws, action, first: first!, second: second!, other };
}

describe('closing an action', () => {
  it('is refused without an effectiveness check, and with a check that found it not effective', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    expect(reason(await dispatch('actions.save', { fields: { ...fields, status: 'closed' } }))).toBe('CONFLICT:checkMissing');
    const action = await ok('actions.save', { fields });
    const close = () => dispatch('actions.save', { id: action.id, fields: { ...fields, status: 'closed' } });
    expect(reason(await close())).toBe('CONFLICT:checkMissing');

    const check = { actionId: action.id, evidence: { method: 'kpi' as const, kpi: 'fcr_rate' as const, scope: { dim: 'org' as const, key: '' }, from: '2026-10-01' }, verdict: 'effective' as const, note: '一次解决率回升' };
    // A check belongs to an implemented action.
    expect(reason(await dispatch('actions.check.save', check))).toBe('CONFLICT:notDone');
    await ok('actions.save', { id: action.id, fields: { ...fields, status: 'done' } });
    // No tickets at all: nothing to compare.
    expect(reason(await dispatch('actions.check.save', check))).toBe('CONFLICT:kpiNoData');
    expect(reason(await close())).toBe('CONFLICT:checkMissing');
    expect((await ok('actions.list', {}))[0]!.status).toBe('done');
  });

  it('is allowed after an effective re-audit, which must be a later audit of the same agent', async () => {
    const { ok, dispatch, action, first, second, other } = await auditedAction();
    const options = await ok('actions.check.options', { id: action.id });
    expect(options.audit).toMatchObject({ id: first.id, score: 37.5 });
    expect(options.agentName).toBe(first.agentName);
    expect(options.reaudits.map((a) => [a.id, a.score])).toEqual([[second.id, 100]]);

    await ok('actions.save', { id: action.id, fields: { ...fields, status: 'done' } });
    const save = (reauditId: number, verdict: 'effective' | 'not_effective') =>
      dispatch('actions.check.save', { actionId: action.id, evidence: { method: 'reaudit', reauditId }, verdict, note: '复审全部达标' });
    expect(reason(await save(other.id, 'effective'))).toBe('CONFLICT:notLaterAudit');
    expect(reason(await save(first.id, 'effective'))).toBe('CONFLICT:notLaterAudit');

    expect(reason(await save(second.id, 'not_effective'))).toBe('ok');
    const close = () => dispatch('actions.save', { id: action.id, fields: { ...fields, status: 'closed' } });
    expect(reason(await close())).toBe('CONFLICT:checkNotEffective');

    const checked = await save(second.id, 'effective');
    expect(checked.ok && checked.value.check).toMatchObject({
      verdict: 'effective',
      note: '复审全部达标',
      actor: 'tester',
      evidence: { method: 'reaudit', audit: { id: first.id, score: 37.5 }, reaudit: { id: second.id, score: 100 } },
    });
    const closed = await close();
    expect(closed.ok && [closed.value.status, closed.value.completedAt !== null, closed.value.overdue]).toEqual(['closed', true, false]);
    // The closing check stays as it was: reopen to check again.
    expect(reason(await save(second.id, 'effective'))).toBe('CONFLICT:alreadyClosed');
    const log = await ok('audit.list', { entity: 'action', entityId: String(action.id) });
    expect(log.map((e) => e.action)).toEqual(['update', 'update', 'update', 'update', 'create']);
  });

  it('refuses a re-audit check for an action that did not come from an audit', async () => {
    const { ok, dispatch } = await improvementWorkspace();
    const action = await ok('actions.save', { fields: { ...fields, status: 'done' } });
    expect(await ok('actions.check.options', { id: action.id })).toEqual({ audit: null, agentName: null, reaudits: [] });
    const r = await dispatch('actions.check.save', { actionId: action.id, evidence: { method: 'reaudit', reauditId: 1 }, verdict: 'effective', note: 'x' });
    expect(reason(r)).toBe('CONFLICT:noSourceAudit');
  });

  it('records a KPI comparison with both values computed by the KPI engine over the PDCA Check window', async () => {
    const ws = await octoberWorkspace();
    const save = async (status: 'done') => {
      const r = await ws.dispatch('actions.save', { fields: { ...fields, status } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const action = await save('done');
    const scope = { dim: 'org' as const, key: '' };
    const r = await ws.dispatch('actions.check.save', {
      actionId: action.id,
      evidence: { method: 'kpi', kpi: 'fcr_rate', scope, from: '2026-10-06' },
      verdict: 'not_effective',
      note: '一次解决率没有改善',
    });
    if (!r.ok) throw new Error(r.error.message);
    const evidence = r.value.check!.evidence;
    if (evidence.method !== 'kpi') throw new Error('expected a KPI check');
    // Tickets run to 2026-11-01 (local): 27 days after the start, compared with the 28 days before it (the minimum).
    expect([evidence.before.from, evidence.before.to, evidence.after.from, evidence.after.to]).toEqual([
      '2026-09-08', '2026-10-05', '2026-10-06', '2026-11-01',
    ]);
    const engine = (period: string) =>
      computeKpis(ws.db, { timeZone: TZ, now: Date.now() }, { period, scope, kpis: ['fcr_rate'] }).kpis[0]!.value;
    expect(evidence.before.value).toBe(engine('2026-09-08..2026-10-05'));
    expect(evidence.after.value).toBe(engine('2026-10-06..2026-11-01'));
    // One first-contact resolution before (t1), none after (t2 was not): the check shows the drop.
    expect([evidence.before.value, evidence.after.value]).toEqual([100, 0]);
    expect(evidence).toMatchObject({ kpi: 'fcr_rate', scope });
  });
});

describe('overdue actions', () => {
  it('are listed alone, most overdue first, with the days they are late', async () => {
    const { ok, db } = await improvementWorkspace();
    const { listActions } = await import('../../../electron/core/improvement/actions.ts');
    await ok('actions.save', { fields: { ...fields, title: 'a', dueOn: '2026-11-01' } });
    await ok('actions.save', { fields: { ...fields, title: 'b', dueOn: '2026-10-20' } });
    await ok('actions.save', { fields: { ...fields, title: 'c', dueOn: '2026-12-30' } });
    await ok('actions.save', { fields: { ...fields, title: 'd', dueOn: '2026-10-01', status: 'done' } });
    const now = Date.UTC(2026, 10, 10, 4);
    const overdue = listActions(db, { overdue: true }, now);
    expect(overdue.map((a) => [a.title, a.overdueDays])).toEqual([['b', 21], ['a', 9]]);
    expect(listActions(db, { overdue: false }, now).map((a) => a.title)).toEqual(['c', 'd']);
    expect(listActions(db, {}, now).find((a) => a.title === 'c')!.overdueDays).toBe(0);
  });
});
