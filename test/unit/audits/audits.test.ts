import { describe, expect, it } from 'vitest';
import { auditsWorkspace, smallTemplate } from './workspace.ts';

async function oneAudit() {
  const ws = await auditsWorkspace();
  const template = await ws.ok('audits.templates.save', { fields: smallTemplate() });
  const sample = await ws.ok('audits.samples.draw', { month: '2026-11', templateId: template.id, perAgent: 2, stratify: 'none', seed: 1 });
  const audits = await ws.ok('audits.list', { sampleId: sample.id });
  return { ...ws, template, audits };
}

describe('scoring an audit', () => {
  it('keeps a draft, refuses to submit an incomplete form, and scores with the template rule', async () => {
    const { ok, dispatch, audits } = await oneAudit();
    const id = audits[0]!.id;
    const draft = await ok('audits.save', { id, answers: { greeting: 1 }, findings: {}, submit: false });
    expect([draft.status, draft.result.answered, draft.result.total]).toEqual(['pending', 1, 4]);
    const early = await dispatch('audits.save', { id, answers: { greeting: 1 }, findings: {}, submit: true });
    expect(early.ok ? null : early.error.details?.['reason']).toBe('incomplete');
    // (1·1 + 1·1) / 2 = 100; skill: (1·0.75 + 1·0 bonus) / 1 = 75; form = 87.5
    const done = await ok('audits.save', { id, answers: { greeting: 1, no_rudeness: 1, diagnosis: 4, advice: 0 }, findings: { advice: '未给保养建议' }, submit: true });
    expect([done.status, done.score, done.autoFail, done.auditor]).toEqual(['submitted', 87.5, null, 'tester']);
    expect(done.findings).toEqual({ advice: '未给保养建议' });
  });

  it('zeroes the form on a failed critical item and feeds the agent scorecard and the item Pareto', async () => {
    const { ok, audits, template } = await oneAudit();
    const [a, b] = audits as [(typeof audits)[0], (typeof audits)[0]];
    await ok('audits.save', { id: a.id, answers: { greeting: 0, no_rudeness: 0, diagnosis: 2, advice: 'na' }, findings: {}, submit: true });
    await ok('audits.save', { id: b.id, answers: { greeting: 0, no_rudeness: 1, diagnosis: 5, advice: 1 }, findings: {}, submit: true });
    const failed = await ok('audits.get', { id: a.id });
    expect([failed.score, failed.autoFail]).toEqual([0, 'form']);
    const agents = await ok('audits.report.agents', { from: '2026-11', to: '2026-11' });
    const agent = agents.find((r) => r.agentId === a.agentId)!;
    expect(agent.autoFails).toBeGreaterThanOrEqual(1);
    const items = await ok('audits.report.items', { templateId: template.id, from: '2026-01', to: '2026-12' });
    expect(items.map((i) => [i.key, i.failures, i.scored])).toEqual([
      ['greeting', 2, 2],
      ['diagnosis', 1, 2],
      ['no_rudeness', 1, 2],
    ]);
    expect(items[0]!.labelEn).toBe('Greeting');
  });

  it('refuses answers off the scale or for items the version does not have, writing nothing', async () => {
    const { ok, dispatch, audits } = await oneAudit();
    const id = audits[0]!.id;
    for (const answers of [{ diagnosis: 6 }, { greeting: 0.5 }, { unknown_item: 1 }]) {
      const r = await dispatch('audits.save', { id, answers, findings: {}, submit: false });
      expect(r.ok ? null : r.error.details?.['reason']).toBe('bad_answers');
    }
    expect((await ok('audits.get', { id })).answers).toEqual({});
    expect(await ok('audit.list', { entity: 'audit' })).toHaveLength(0);
  });

  it('keeps a scored audit on its version when the template is edited', async () => {
    const { ok, audits, template } = await oneAudit();
    await ok('audits.save', { id: audits[0]!.id, answers: { greeting: 1, no_rudeness: 1, diagnosis: 5, advice: 0 }, findings: {}, submit: true });
    const edited = smallTemplate();
    edited.sections[0]!.items.push({ ...edited.sections[0]!.items[0]!, key: 'extra', labelZh: '新增', labelEn: 'Extra' });
    const v2 = await ok('audits.templates.save', { id: template.id, fields: edited });
    expect(v2.version).toBe(2);
    const old = await ok('audits.get', { id: audits[0]!.id });
    expect([old.templateVersion, old.result.total, old.score]).toEqual([1, 4, 100]);
  });
});

describe('corrective actions from findings', () => {
  it('land in the shared register with the audited record as their source', async () => {
    const { ok, audits } = await oneAudit();
    const id = audits[0]!.id;
    await ok('audits.save', { id, answers: { greeting: 1, no_rudeness: 0, diagnosis: 4, advice: 0 }, findings: { no_rudeness: '推诿' }, submit: true });
    await ok('actions.save', {
      fields: { title: '纠正：无禁语', detail: '推诿', kind: 'corrective', ownerId: audits[0]!.agentId, dueOn: '2026-12-15', status: 'open', cycleId: null },
      source: { kind: 'audit', id, ref: 'no_rudeness' },
    });
    const [action] = await ok('actions.list', { source: { kind: 'audit', id } });
    expect(action!.sourceTitle).toBe(`${audits[0]!.ticketRef} · ${audits[0]!.subject}`);
    expect((await ok('audits.get', { id })).actions).toBe(1);
  });
});
