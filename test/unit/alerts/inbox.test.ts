import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import { workspaceToday } from '../../../electron/core/improvement/today.ts';
import { at, ticket, ticketWorkspace } from '../tickets/workspace.ts';
import { npsRule } from './fixture.ts';

/** "First response average above 15 minutes today" for the organisation, as the rule editor would save it. */
const slowToday = npsRule({
  kpi: 'first_response_avg_min',
  scope: { dim: 'org', key: '' },
  comparator: 'above',
  reference: 'value',
  threshold: 15,
  marginPct: 0,
  consecutive: 1,
});

async function inboxWorkspace() {
  const ws = await ticketWorkspace();
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ws.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const today = workspaceToday(ws.db);
  /** A ticket created today at 00:01 and answered after `minutes` (through the contract, as the ticket page does). */
  const slowTicket = (minutes: number) => {
    const created = at(today, '00:01');
    return ok('tickets.create', {
      fields: ticket({ createdAt: created, firstResponseAt: created + minutes * 60_000 }),
    });
  };
  return { ...ws, ok, slowTicket };
}

describe('the alert inbox through the contract', () => {
  it('evaluates when the workspace is first asked and again after a data change', async () => {
    const ws = await inboxWorkspace();
    await ws.ok('alerts.rules.save', { fields: slowToday });
    expect(await ws.ok('alerts.summary', {})).toMatchObject({ new: 0, open: 0, evaluated: true });
    await ws.slowTicket(40);
    expect(await ws.ok('alerts.summary', {})).toMatchObject({ new: 1, open: 1 });
    const [alert] = await ws.ok('alerts.list', {});
    expect(alert).toMatchObject({
      state: 'new',
      rule: { kpi: 'first_response_avg_min' },
      scope: { dim: 'org' },
    });
    expect(alert!.periods[0]).toMatchObject({ value: 40, limit: 15, n: 1 });
    // Asking again without a write raises nothing new.
    expect(await ws.ok('alerts.summary', {})).toMatchObject({ new: 1, open: 1 });
    expect(await ws.ok('alerts.list', {})).toHaveLength(1);
  });

  it('acknowledges, and filters by state', async () => {
    const ws = await inboxWorkspace();
    await ws.ok('alerts.rules.save', { fields: slowToday });
    await ws.slowTicket(40);
    const [alert] = await ws.ok('alerts.list', {});
    const acked = await ws.ok('alerts.acknowledge', { id: alert!.id });
    expect(acked.state).toBe('acknowledged');
    expect(acked.acknowledgedAt).not.toBeNull();
    expect(await ws.ok('alerts.summary', {})).toMatchObject({ new: 0, open: 1 });
    expect(await ws.ok('alerts.list', { states: ['new'] })).toEqual([]);
    expect(await ws.ok('alerts.list', { states: ['acknowledged'] })).toHaveLength(1);
  });

  it('opens a fishbone, a 5-Why, a PDCA cycle and an action from an alert, each linked to it', async () => {
    const ws = await inboxWorkspace();
    await ws.ok('alerts.rules.save', { fields: { ...slowToday, scope: { dim: 'outlet', key: '1' } } });
    await ws.slowTicket(40);
    const [alert] = await ws.ok('alerts.list', {});
    const problem = '首次响应均值 40 分钟，超过 15 分钟';
    const fish = await ws.ok('alerts.followUp', {
      id: alert!.id,
      kind: 'fishbone',
      title: '首次响应超时',
      problem,
      boneLabels: ['人', '机', '料', '法', '环', '测'],
    });
    expect(fish.state).toBe('acknowledged');
    expect(fish.worksheet).toMatchObject({ kind: 'fishbone', title: '首次响应超时' });
    const sheet = await ws.ok('rca.get', { id: fish.worksheet!.id });
    expect(sheet.problem).toBe(problem);
    expect(sheet.content.kind === 'fishbone' && sheet.content.bones.map((b) => b.label)).toEqual([
      '人',
      '机',
      '料',
      '法',
      '环',
      '测',
    ]);
    const second = await ws.dispatch('alerts.followUp', {
      id: alert!.id,
      kind: 'five_why',
      title: 't',
      problem,
    });
    expect(second.ok === false && second.error).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'alert_linked' },
    });

    const cycle = await ws.ok('alerts.followUp', {
      id: alert!.id,
      kind: 'pdca',
      title: '降低首次响应时长',
      problem,
    });
    const detail = await ws.ok('pdca.get', { id: cycle.cycle!.id });
    expect(detail.fields).toMatchObject({
      kpiId: 'first_response_avg_min',
      scopeKind: 'outlet',
      scopeId: 1,
      baseline: 40,
      baselinePeriod: workspaceToday(ws.db),
      target: 15,
    });

    const action = await ws.ok('alerts.followUp', {
      id: alert!.id,
      kind: 'action',
      title: '排班补位',
      problem,
    });
    const actions = await ws.ok('actions.list', { source: { kind: 'alert', id: alert!.id } });
    expect(actions.map((a) => a.id)).toEqual([action.action!.id]);

    // Deleting the worksheet drops only the link; the alert stays.
    await ws.ok('rca.delete', { id: fish.worksheet!.id });
    const [after] = await ws.ok('alerts.list', {});
    expect(after).toMatchObject({ id: alert!.id, worksheet: null, cycle: { id: cycle.cycle!.id } });
  });

  it('refuses rules that do not add up, with the field named', async () => {
    const ws = await inboxWorkspace();
    const bad = [
      { ...slowToday, threshold: null },
      { ...slowToday, kpi: 'csat_avg' as const, threshold: 9 },
      { ...slowToday, reference: 'target' as const },
      { ...slowToday, reference: 'org' as const, threshold: null },
      { ...slowToday, scope: { dim: 'agent' as const, key: '' } },
    ];
    for (const fields of bad) {
      const result = await ws.dispatch('alerts.rules.save', { fields });
      expect(result.ok === false && result.error.code).toBe('INVALID_INPUT');
    }
    expect(await ws.ok('alerts.rules.list', {})).toEqual([]);
  });

  it('deleting a rule resolves its alerts and keeps them readable', async () => {
    const ws = await inboxWorkspace();
    const rule = await ws.ok('alerts.rules.save', { fields: slowToday });
    await ws.slowTicket(40);
    expect((await ws.ok('alerts.rules.list', {}))[0]!.openAlerts).toBe(1);
    await ws.ok('alerts.rules.delete', { id: rule.id });
    const [alert] = await ws.ok('alerts.list', {});
    expect(alert).toMatchObject({ state: 'resolved', ruleId: null, rule: { kpi: 'first_response_avg_min' } });
  });
});
