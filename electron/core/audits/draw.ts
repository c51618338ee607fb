/**
 * The sampling rule, pure so it can be checked by hand: for each agent, a quota (N, or a percentage rounded up and
 * at least one), split over the strata (channel or category) in proportion to their size by largest remainder,
 * then a seeded shuffle inside each stratum. Each agent has its own random stream (seed, agent id), so the draw
 * for one agent does not change when another agent's records change.
 */
import { Rng } from '../demo/rng.ts';

export interface Candidate {
  ticketId: number;
  agentId: number;
  stratum: string;
}

export interface Quota {
  perAgent?: number | undefined;
  percent?: number | undefined;
}

export function agentQuota(records: number, quota: Quota): number {
  const wanted = quota.perAgent ?? Math.max(1, Math.ceil(((quota.percent ?? 0) * records) / 100 - 1e-9));
  return Math.min(records, wanted);
}

/** Largest-remainder split of `total` over group sizes; ties go to the earlier group. */
export function allocate(sizes: readonly number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum === 0) return sizes.map(() => 0);
  const exact = sizes.map((s) => (total * s) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

/** Ticket ids drawn, in a stable order (agent, then ticket id). Candidates may come in any order. */
export function drawTickets(candidates: readonly Candidate[], quota: Quota, seed: number): Candidate[] {
  const byAgent = new Map<number, Candidate[]>();
  for (const c of [...candidates].sort((a, b) => a.agentId - b.agentId || a.ticketId - b.ticketId)) {
    const list = byAgent.get(c.agentId) ?? [];
    list.push(c);
    byAgent.set(c.agentId, list);
  }
  const drawn: Candidate[] = [];
  for (const [agentId, records] of byAgent) {
    const rng = new Rng(seed, agentId);
    const strata = new Map<string, Candidate[]>();
    for (const r of records) strata.set(r.stratum, [...(strata.get(r.stratum) ?? []), r]);
    const keys = [...strata.keys()].sort();
    const counts = allocate(keys.map((k) => strata.get(k)!.length), agentQuota(records.length, quota));
    keys.forEach((key, k) => {
      const pool = [...strata.get(key)!];
      // Partial Fisher–Yates: the first `counts[k]` places hold a uniform random subset.
      for (let i = 0; i < counts[k]!; i++) {
        const j = i + Math.floor(rng.next() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      drawn.push(...pool.slice(0, counts[k]));
    });
  }
  return drawn.sort((a, b) => a.agentId - b.agentId || a.ticketId - b.ticketId);
}
