import { describe, expect, it } from 'vitest';
import { auditsWorkspace, smallTemplate } from './workspace.ts';

async function submittedAudit() {
  const ws = await auditsWorkspace();
  const template = await ws.ok('audits.templates.save', { fields: smallTemplate() });
  const sample = await ws.ok('audits.samples.draw', { month: '2026-11', templateId: template.id, perAgent: 1, stratify: 'none', seed: 3 });
  const [first] = await ws.ok('audits.list', { sampleId: sample.id });
  // attitude: (0 + 1) / 2 = 50; skill: 0.75 → form 62.5
  const audit = await ws.ok('audits.save', { id: first!.id, answers: { greeting: 0, no_rudeness: 1, diagnosis: 4, advice: 0 }, findings: {}, submit: true });
  return { ...ws, audit, template };
}

describe('disputes', () => {
  it('an upheld dispute changes the answer and the score, keeping both scores and the reason; counts show on the row', async () => {
    const { ok, dispatch, audit, template } = await submittedAudit();
    expect(audit.score).toBe(62.5);
    const raised = await ok('audits.disputes.raise', { auditId: audit.id, itemKey: 'greeting', reason: '录音开头有问候，系统截断', raisedBy: '李娜' });
    const dispute = raised.disputeList[0]!;
    expect([dispute.status, dispute.oldValue]).toEqual(['open', 0]);
    const twice = await dispatch('audits.disputes.raise', { auditId: audit.id, itemKey: 'greeting', reason: 'x', raisedBy: '李娜' });
    expect(twice.ok ? null : twice.error.details?.['reason']).toBe('dispute_open');

    const noValue = await dispatch('audits.disputes.decide', { id: dispute.id, outcome: 'upheld', decision: '复听属实' });
    expect(noValue.ok ? null : noValue.error.details?.['reason']).toBe('bad_answers');
    const decided = await ok('audits.disputes.decide', { id: dispute.id, outcome: 'upheld', newValue: 1, decision: '复听属实' });
    expect(decided.score).toBe(87.5);
    expect(decided.disputeList[0]).toMatchObject({ status: 'upheld', newValue: 1, scoreBefore: 62.5, scoreAfter: 87.5, decision: '复听属实', decidedBy: 'tester' });
    const row = (await ok('audits.list', { month: '2026-11', status: 'submitted' }))[0]!;
    expect([row.disputes, row.changed]).toEqual([1, 1]);
    // The Pareto follows the decision.
    const items = await ok('audits.report.items', { templateId: template.id, from: '2026-11', to: '2026-11' });
    expect(items.find((i) => i.key === 'greeting')).toBeUndefined();
    const again = await dispatch('audits.disputes.decide', { id: dispute.id, outcome: 'rejected', decision: 'x' });
    expect(again.ok ? null : again.error.details?.['reason']).toBe('dispute_decided');
    expect((await ok('audit.list', { entity: 'audit_dispute' })).map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('a rejected dispute leaves the score, and a pending audit cannot be disputed', async () => {
    const { ok, dispatch, audit } = await submittedAudit();
    const raised = await ok('audits.disputes.raise', { auditId: audit.id, itemKey: 'diagnosis', reason: '判断无误', raisedBy: '李娜' });
    const decided = await ok('audits.disputes.decide', { id: raised.disputeList[0]!.id, outcome: 'rejected', decision: '判断确有偏差' });
    expect([decided.score, decided.disputeList[0]!.status, decided.disputeList[0]!.scoreAfter]).toEqual([62.5, 'rejected', 62.5]);
    const pending = (await ok('audits.list', { status: 'pending' }))[0]!;
    const refused = await dispatch('audits.disputes.raise', { auditId: pending.id, itemKey: 'greeting', reason: 'x', raisedBy: 'y' });
    expect(refused.ok ? null : refused.error.details?.['reason']).toBe('not_submitted');
  });
});
