import { describe, expect, it } from 'vitest';
import { agentQuota, allocate, drawTickets, type Candidate } from '../../../electron/core/audits/draw.ts';
import { auditsWorkspace } from './workspace.ts';

describe('the sampling rule', () => {
  it('rounds a percentage up, at least one record, never more than the agent has', () => {
    expect(agentQuota(20, { percent: 10 })).toBe(2);
    expect(agentQuota(21, { percent: 10 })).toBe(3);
    expect(agentQuota(3, { percent: 1 })).toBe(1);
    expect(agentQuota(3, { perAgent: 5 })).toBe(3);
  });

  it('splits a quota over strata by largest remainder', () => {
    expect(allocate([10, 6, 4], 5)).toEqual([3, 1, 1]);
    expect(allocate([7, 7, 6], 5)).toEqual([2, 2, 1]);
    expect(allocate([1, 1], 1)).toEqual([1, 0]);
  });

  it('draws the same list from the same seed whatever the input order, and another list from another seed', () => {
    const candidates: Candidate[] = Array.from({ length: 60 }, (_, i) => ({ ticketId: i + 1, agentId: (i % 3) + 1, stratum: ['a', 'b'][i % 2]! }));
    const once = drawTickets(candidates, { perAgent: 4 }, 42).map((c) => c.ticketId);
    const again = drawTickets([...candidates].reverse(), { perAgent: 4 }, 42).map((c) => c.ticketId);
    expect(again).toEqual(once);
    expect(once).toHaveLength(12);
    expect(drawTickets(candidates, { perAgent: 4 }, 43).map((c) => c.ticketId)).not.toEqual(once);
    // Agent 1's draw does not move when agent 2 loses records.
    const without2 = drawTickets(candidates.filter((c) => c.agentId !== 2 || c.ticketId > 30), { perAgent: 4 }, 42);
    expect(without2.filter((c) => c.agentId === 1)).toEqual(drawTickets(candidates, { perAgent: 4 }, 42).filter((c) => c.agentId === 1));
  });
});

describe('monthly samples', () => {
  it('queue N audits per agent from the month only, stratified by channel, and skip records already audited', async () => {
    const { ok, dispatch } = await auditsWorkspace();
    const qa = (await ok('audits.templates.list', { kind: 'audit' }))[0]!;
    const sample = await ok('audits.samples.draw', { month: '2026-11', templateId: qa.id, perAgent: 3, stratify: 'channel', seed: 7 });
    expect([sample.drawn, sample.agents, sample.seed]).toEqual([9, 3, 7]);
    const audits = await ok('audits.list', { sampleId: sample.id });
    expect(audits.every((a) => a.month === '2026-11' && a.status === 'pending')).toBe(true);
    expect(audits.some((a) => a.ticketRef === 'OCT-1')).toBe(false);
    // Three channels, three per agent: one of each.
    for (const agent of [1, 2, 3]) {
      expect(new Set(audits.filter((a) => a.agentId === agent).map((a) => a.channel)).size).toBe(3);
    }
    const second = await ok('audits.samples.draw', { month: '2026-11', templateId: qa.id, percent: 50, stratify: 'none', seed: 7 });
    const all = await ok('audits.list', { month: '2026-11' });
    expect(new Set(all.map((a) => a.ticketId)).size).toBe(all.length);
    expect(second.drawn).toBe(3 * Math.ceil(17 * 0.5));
    const empty = await dispatch('audits.samples.draw', { month: '2026-09', templateId: qa.id, perAgent: 3, stratify: 'none' });
    expect(empty.ok ? null : empty.error.details?.['reason']).toBe('nothing_to_sample');
    expect((await ok('audits.samples.list', { month: '2026-11' })).map((s) => s.id)).toEqual([second.id, sample.id]);
  });

  it('reproduce the list from the stored seed in another workspace with the same records', async () => {
    const a = await auditsWorkspace();
    const b = await auditsWorkspace();
    const draw = async (ws: typeof a) => {
      const qa = (await ws.ok('audits.templates.list', { kind: 'audit' }))[0]!;
      const s = await ws.ok('audits.samples.draw', { month: '2026-11', templateId: qa.id, percent: 20, stratify: 'channel', seed: 123 });
      return (await ws.ok('audits.list', { sampleId: s.id })).map((x) => x.ticketRef).sort();
    };
    expect(await draw(a)).toEqual(await draw(b));
  });

  it('refuse a mystery-shop template and a plan with both N and a percentage', async () => {
    const { ok, dispatch } = await auditsWorkspace();
    const ms = (await ok('audits.templates.list', { kind: 'mystery' }))[0]!;
    const wrong = await dispatch('audits.samples.draw', { month: '2026-11', templateId: ms.id, perAgent: 1, stratify: 'none' });
    expect(wrong.ok ? null : wrong.error.details?.['reason']).toBe('template_unusable');
    const both = await dispatch('audits.samples.draw', { month: '2026-11', templateId: ms.id, perAgent: 1, percent: 5, stratify: 'none' });
    expect(both.ok ? null : both.error.code).toBe('INVALID_INPUT');
  });
});
