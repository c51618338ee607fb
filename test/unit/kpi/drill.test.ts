import { describe, expect, it } from 'vitest';
import {
  createdBetween,
  kpiDrillHref,
  kpiFilter,
  scopeFilter,
  ticketsDrillHref,
  type DrillFilter,
} from '../../../shared/domain/kpi-drill.ts';
import { TicketQuery } from '../../../shared/schemas/tickets.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { queryTickets } from '../../../electron/core/tickets/grid-query.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { REF } from '../tickets/workspace.ts';
import { NOW, octoberWorkspace, TZ } from './fixture.ts';

/** What the ticket grid shows for a drill-down link: the filter read back from the hash, run by the grid query. */
function gridTotal(db: Db, href: string): number {
  const json = decodeURIComponent(/^#\/tickets\?filter=(.*)$/.exec(href)?.[1] ?? '');
  const query = TicketQuery.parse({ filter: JSON.parse(json) as DrillFilter });
  return queryTickets(db, { query, startRow: 0, endRow: 100 }, { timeZone: TZ, now: NOW, language: 'zh-CN' })
    .total;
}

describe('drill-down from the dashboard to the ticket grid', () => {
  it('opens as many tickets as the tile counts: all, complaints, repeats, SLA misses, answers', async () => {
    const ws = await octoberWorkspace();
    const october = createdBetween('2026-10-01', '2026-10-31');
    const scope = { dim: 'outlet' as const, key: String(REF.outlets.shanghai) };
    const k = Object.fromEntries(
      computeKpis(ws.db, { timeZone: TZ, now: NOW }, { period: '2026-10', scope }).kpis.map((x) => [x.id, x]),
    );
    const href = (id: Parameters<typeof kpiFilter>[0]) =>
      ticketsDrillHref({ ...october, ...scopeFilter(scope), ...kpiFilter(id) });
    expect(gridTotal(ws.db, href('tickets_total'))).toBe(k['tickets_total']?.value);
    expect(gridTotal(ws.db, href('complaint_rate'))).toBe(2);
    expect(gridTotal(ws.db, href('repeat_complaint_rate'))).toBe(1);
    const response = k['sla_response_rate'];
    expect(gridTotal(ws.db, href('sla_response_rate'))).toBe(
      Math.round((response?.n ?? 0) * (1 - (response?.value ?? 0) / 100)),
    );
    expect(gridTotal(ws.db, href('csat_avg'))).toBe(k['csat_avg']?.n);
    expect(gridTotal(ws.db, href('nps'))).toBe(k['nps']?.n);
    expect(gridTotal(ws.db, href('first_response_avg_min'))).toBe(k['first_response_avg_min']?.n);
    expect(gridTotal(ws.db, href('resolution_avg_h'))).toBe(k['resolution_avg_h']?.n);
    expect(
      gridTotal(ws.db, ticketsDrillHref({ ...october, ...scopeFilter({ dim: 'outlet', key: '2' }) })),
    ).toBe(0);
    expect(
      gridTotal(
        ws.db,
        ticketsDrillHref({
          ...october,
          ...scopeFilter({ dim: 'category', key: String(REF.categories.attitude) }),
        }),
      ),
    ).toBe(2);
  });

  it('sends the KPIs of audits, training and surveys to their area, never to a ticket filter', () => {
    const scope = { dim: 'outlet' as const, key: '1' };
    const october = { from: '2026-10-01', to: '2026-10-31' };
    expect(kpiFilter('qa_score_avg')).toBeNull();
    expect(kpiDrillHref('qa_autofail_rate', october, scope)).toBe('#/audits');
    expect(kpiDrillHref('training_pass_rate', october, scope)).toBe('#/training');
    expect(kpiDrillHref('servqual_gap_assurance', october, scope)).toBe('#/surveys/servqual');
    expect(kpiDrillHref('complaint_rate', october, scope)).toBe(
      ticketsDrillHref({
        ...createdBetween('2026-10-01', '2026-10-31'),
        ...scopeFilter(scope),
        ...kpiFilter('complaint_rate'),
      }),
    );
  });
});
