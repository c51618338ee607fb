import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { TICKET_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { tempDir } from '../helpers/temp.ts';
import { at } from '../tickets/workspace.ts';
import { NOW, TZ } from './fixture.ts';

describe('migration 004 (KPI targets and rollup)', () => {
  it('applies to a version-3 file with tickets, whose KPIs then come from a rollup built on first use', () => {
    const db = openDatabase(path.join(tempDir(), 'w.sqlite'));
    expect(migrate(db, undefined, 3)).toBe(3);
    const insert = db.prepare(
      `INSERT INTO tickets (channel, type, tier, subject, status, created_at, first_response_at, csat, updated_at)
       VALUES ('phone', 'repair', 3, '旧工单', 'new', ?, ?, ?, ?)`,
    );
    insert.run(at('2026-05-03', '10:00'), at('2026-05-03', '10:10'), 4, at('2026-05-03', '10:00'));
    insert.run(at('2026-05-20', '10:00'), null, 2, at('2026-05-20', '10:00'));
    expect(migrate(db, undefined, 4)).toBe(4);
    expect(db.prepare('SELECT built FROM kpi_rollup_state').pluck().get()).toBe(0);
    const k = computeKpis(
      db,
      { timeZone: TZ, now: NOW },
      // a version-4 file has no audit, training or survey tables yet: its ticket KPIs
      { period: '2026-05', scope: { dim: 'org', key: '' }, kpis: TICKET_KPI_IDS },
    ).kpis;
    expect(k.find((x) => x.id === 'tickets_total')?.value).toBe(2);
    expect(k.find((x) => x.id === 'csat_avg')?.value).toBe(3);
    expect(k.find((x) => x.id === 'first_response_avg_min')?.value).toBeCloseTo(10, 9);
    expect(db.prepare('SELECT built FROM kpi_rollup_state').pluck().get()).toBe(1);
    db.close();
  });
});
