import { describe, expect, it } from 'vitest';
import { TICKET_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { refreshRollup } from '../../../electron/core/kpi/rollup.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { at, REF } from '../tickets/workspace.ts';
import { NOW, octoberWorkspace, TZ } from './fixture.ts';

/** The ticket KPIs: the rollup holds tickets only. */
const values = (db: Db, scope: KpiScope, period = '2026-10', timeZone = TZ) =>
  computeKpis(db, { timeZone, now: NOW }, { period, scope, kpis: TICKET_KPI_IDS }).kpis.map((k) => [
    k.id,
    k.value,
    k.n,
  ]);

/** The rollup thrown away and built again from the tickets. */
function rebuilt(db: Db, scope: KpiScope, period = '2026-10') {
  db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
  return values(db, scope, period);
}

describe('KPI rollup', () => {
  it('brings only the changed days up to date, with the same result as a full rebuild', async () => {
    const ws = await octoberWorkspace();
    const org: KpiScope = { dim: 'org', key: '' };
    values(ws.db, org);
    expect(ws.db.prepare('SELECT count(*) FROM kpi_dirty').pluck().get()).toBe(0);

    ws.add({ createdAt: at('2026-10-12', '08:00'), firstResponseAt: at('2026-10-12', '08:03'), csat: 1 });
    const detail = ws.db.prepare('SELECT updated_at FROM tickets WHERE id = ?').get(ws.ids.t2) as {
      updated_at: number;
    };
    updateTicket(
      ws.db,
      'tester',
      ws.ids.t2,
      { csat: 5, createdAt: at('2026-10-02', '09:00') },
      detail.updated_at,
      at('2026-11-02'),
    );
    ws.db.prepare('DELETE FROM tickets WHERE id = ?').run(ws.ids.t4);
    expect(refreshRollup(ws.db, TZ)).toMatchObject({ mode: 'days' });
    const incremental = values(ws.db, org);
    expect(incremental.find(([id]) => id === 'tickets_total')).toEqual(['tickets_total', 4, 4]);
    expect(incremental.find(([id]) => id === 'csat_avg')).toEqual(['csat_avg', (5 + 5 + 1) / 3, 3]);
    expect(incremental).toEqual(rebuilt(ws.db, org));
  });

  it('builds everything again when changes touch more than a few months of days', async () => {
    const ws = await octoberWorkspace();
    const org: KpiScope = { dim: 'org', key: '' };
    values(ws.db, org);
    // one ticket on each of 100 days (an import of a long history, or an SLA recompute of every ticket)
    for (let i = 0; i < 100; i++)
      ws.add({ createdAt: at('2026-01-01', '10:00') + i * 86_400_000 }, at('2026-11-01'));
    expect(refreshRollup(ws.db, TZ)).toMatchObject({ mode: 'full' });
    expect(values(ws.db, org, '2026-01')[0]).toEqual(['tickets_total', 31, 31]);
    expect(values(ws.db, org, '2026-10')[0]).toEqual(['tickets_total', 4, 4]);
  });

  it('cuts days again when the workspace zone changes', async () => {
    const ws = await octoberWorkspace();
    const org: KpiScope = { dim: 'org', key: '' };
    expect(values(ws.db, org)[0]).toEqual(['tickets_total', 4, 4]);
    // in UTC, t4 (Oct 31 23:30 Shanghai) is still October, t6 (Sep 30 23:50 Shanghai) is Sep 30 15:50 UTC, and
    // t5 (Nov 1 00:10 Shanghai) is Oct 31 16:10 UTC: five tickets
    expect(values(ws.db, org, '2026-10', 'UTC')[0]).toEqual(['tickets_total', 5, 5]);
    expect(ws.db.prepare('SELECT time_zone FROM kpi_rollup_state').pluck().get()).toBe('UTC');
  });

  it('gives every scope the same values from the rollup as from the tickets themselves', async () => {
    const ws = await octoberWorkspace();
    // an agent scope is read from the tickets; all of the fixture's tickets are Wang's
    const agent = values(ws.db, { dim: 'agent', key: String(REF.staff.wang) });
    expect(agent).toEqual(values(ws.db, { dim: 'org', key: '' }));
    expect(values(ws.db, { dim: 'outlet', key: String(REF.outlets.shanghai) })).toEqual(agent);
    expect(values(ws.db, { dim: 'outlet', key: String(REF.outlets.beijing) })[0]).toEqual([
      'tickets_total',
      0,
      0,
    ]);
    // the parent category stands for its children: both complaints are attitude.rude
    const attitude = values(ws.db, { dim: 'category', key: String(REF.categories.attitude) });
    expect(attitude[0]).toEqual(['tickets_total', 2, 2]);
    expect(attitude).toEqual(values(ws.db, { dim: 'category', key: String(REF.categories.rude) }));
    expect(values(ws.db, { dim: 'segment', key: 'regular' })[0]).toEqual(['tickets_total', 4, 4]);
    expect(values(ws.db, { dim: 'channel', key: 'phone' })[0]).toEqual(['tickets_total', 4, 4]);
    expect(values(ws.db, { dim: 'team', key: String(REF.teams.repair) })).toHaveLength(TICKET_KPI_IDS.length);
  });

  it('rebuilds everything after a customer changes segment', async () => {
    const ws = await octoberWorkspace();
    expect(values(ws.db, { dim: 'segment', key: 'vip' })[0]).toEqual(['tickets_total', 0, 0]);
    ws.db.prepare("UPDATE customers SET segment = 'vip' WHERE id = ?").run(REF.customers.chen);
    expect(values(ws.db, { dim: 'segment', key: 'vip' })[0]).toEqual(['tickets_total', 1, 1]);
  });
});
