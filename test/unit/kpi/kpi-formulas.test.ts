import { describe, expect, it } from 'vitest';
import {
  KPI_IDS,
  TICKET_KPI_IDS,
  TRAINING_KPI_IDS,
  type KpiId,
  type TicketKpiId,
} from '../../../shared/domain/kpi-catalog.ts';
import type { KpiReport } from '../../../shared/schemas/kpi.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { TICKET_FORMULAS } from '../../../electron/core/kpi/formulas.ts';
import { addTicket, groupSums, type TicketFacts } from '../../../electron/core/kpi/sums.ts';
import { ticketWorkspace } from '../tickets/workspace.ts';
import { NOW, octoberWorkspace, TZ } from './fixture.ts';

const ctx = { timeZone: TZ, now: NOW };
const byId = (r: KpiReport) =>
  Object.fromEntries(r.kpis.map((k) => [k.id, k])) as Record<KpiId, KpiReport['kpis'][number]>;

describe('ticket KPI formulas on hand-computed fixtures', () => {
  it('computes every KPI of October from the four tickets created in it (local days of the workspace zone)', async () => {
    const ws = await octoberWorkspace();
    expect(ws.db.prepare('SELECT repeat_of_id FROM tickets WHERE id = ?').pluck().get(ws.ids.t3)).toBe(
      ws.ids.t1,
    );
    const k = byId(computeKpis(ws.db, ctx, { period: '2026-10', scope: { dim: 'org', key: '' } }));
    const expected: Record<TicketKpiId, [number | null, number]> = {
      tickets_total: [4, 4],
      first_response_avg_min: [(20 + 45 + 10) / 3, 3],
      first_response_median_min: [20, 3],
      resolution_avg_h: [(6 + 24) / 2, 2],
      resolution_median_h: [15, 2],
      // t1 and t3 met 30 min; t2 took 45; t4's running clock (due Monday 09:30) is past due at NOW
      sla_response_rate: [50, 4],
      // t1 met 12 h; t2 took 24 h; t3 (tier 1, 12 h) and t4 (tier 3, 24 h) are running past due
      sla_resolution_rate: [25, 4],
      fcr_rate: [50, 2],
      resolution_rate: [50, 4],
      reopen_rate: [50, 2],
      repeat_complaint_rate: [50, 2],
      complaint_rate: [50, 4],
      callback_72h_rate: [50, 2],
      csat_avg: [4, 2],
      csat_pct: [50, 2],
      // answers 10, 6, 9: two promoters, one detractor
      nps: [(100 * (2 - 1)) / 3, 3],
      ces_avg: [5.5, 2],
    };
    for (const id of TICKET_KPI_IDS) {
      const [value, n] = expected[id];
      expect({ id, n: k[id].n }).toEqual({ id, n });
      if (value === null) expect(k[id].value).toBeNull();
      else expect(k[id].value, id).toBeCloseTo(value, 9);
    }
    expect(k.csat_avg).toMatchObject({ target: 4.5, status: 'bad', targetOrigin: 'default' });
    expect(k.resolution_rate.status).toBe('bad');
    expect(k.first_response_median_min.status).toBe('good');
  });

  it('compares with the previous period and the same period last year, and draws the sparkline', async () => {
    const ws = await octoberWorkspace();
    const r = computeKpis(ws.db, ctx, {
      period: '2026-10',
      scope: { dim: 'org', key: '' },
      kpis: ['tickets_total', 'csat_avg'],
    });
    expect(r.previous.text).toBe('2026-09');
    expect(r.lastYear.text).toBe('2025-10');
    expect(r.sparkline).toHaveLength(12);
    expect(r.sparkline.at(-1)).toBe('2026-10');
    const k = byId(r);
    expect(k.tickets_total).toMatchObject({ value: 4, previous: 1, lastYear: 0, change: 3 });
    expect(k.tickets_total.sparkline.slice(-2)).toEqual([1, 4]);
    expect(k.csat_avg).toMatchObject({ value: 4, previous: null, lastYear: null, change: null });
  });

  it('gives null, never 0 or NaN, for every ratio of an empty period', async () => {
    const ws = await octoberWorkspace();
    const k = byId(computeKpis(ws.db, ctx, { period: '2026-03', scope: { dim: 'org', key: '' } }));
    // Training KPIs stand on the staff, who are there in any period (test/unit/kpi/source-kpis.test.ts).
    for (const id of KPI_IDS.filter((id) => !(TRAINING_KPI_IDS as readonly string[]).includes(id))) {
      if (id === 'tickets_total') expect(k[id]).toMatchObject({ value: 0, n: 0 });
      else expect(k[id], id).toMatchObject({ value: null, n: 0, status: 'none', change: null });
    }
  });

  it('leaves CSAT, NPS and CES null when nobody answered, while the other KPIs have values', async () => {
    const ws = await ticketWorkspace();
    ws.add({
      createdAt: Date.parse('2026-10-08T02:00:00Z'),
      firstResponseAt: Date.parse('2026-10-08T02:05:00Z'),
    });
    const k = byId(computeKpis(ws.db, ctx, { period: '2026-10', scope: { dim: 'org', key: '' } }));
    expect(k.tickets_total.value).toBe(1);
    expect(k.first_response_avg_min.value).toBeCloseTo(5, 9);
    for (const id of [
      'csat_avg',
      'csat_pct',
      'nps',
      'ces_avg',
      'fcr_rate',
      'repeat_complaint_rate',
    ] as const) {
      expect(k[id], id).toMatchObject({ value: null, n: 0 });
    }
  });
});

describe('NPS from 0–10 answers', () => {
  const facts = (nps: number | null): TicketFacts => [
    0,
    3,
    0,
    null,
    null,
    null,
    'phone',
    null,
    null,
    null,
    null,
    null,
    null,
    0,
    0,
    null,
    null,
    null,
    null,
    nps,
    null,
  ];
  const nps = (answers: (number | null)[]) => {
    const s = groupSums();
    for (const a of answers) addTicket(s, facts(a));
    return TICKET_FORMULAS.nps(s);
  };

  it('counts 9–10 as promoters, 0–6 as detractors and 7–8 as passives', () => {
    expect(nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ value: (100 * (2 - 7)) / 11, n: 11 });
    expect(nps([9, 10, 7, 8])).toEqual({ value: 50, n: 4 });
    expect(nps([7, 8])).toEqual({ value: 0, n: 2 });
    expect(nps([10, 10])).toEqual({ value: 100, n: 2 });
    expect(nps([6, 0])).toEqual({ value: -100, n: 2 });
  });

  it('ignores tickets without an answer and gives null without any', () => {
    expect(nps([null, 10, null])).toEqual({ value: 100, n: 1 });
    expect(nps([null, null])).toEqual({ value: null, n: 0 });
  });
});
