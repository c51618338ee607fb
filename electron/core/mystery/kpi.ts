import { MYSTERY_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import type { Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import type { Measured } from '../kpi/formulas.ts';
import type { LoadContext } from '../kpi/ticket-sums.ts';


/**
 * `mystery_score_avg`: the mean score of published mystery-shop visits whose local visit day falls in each period,
 * for the organisation or one outlet; other scopes have no mystery-shop meaning (value null, n 0). Same shape as
 * KpiSourceDef.measure in electron/core/kpi/sources.ts.
 */
export function measureMysteryKpis<K extends string>(
  db: Db,
  _ctx: LoadContext,
  scope: KpiScope,
  periods: readonly Period[],
  kpis: readonly K[],
): Map<K, Measured[]> {
  const out = new Map<K, Measured[]>();
  const wanted = kpis.filter((id) => (MYSTERY_KPI_IDS as readonly string[]).includes(id));
  if (wanted.length === 0) return out;
  const empty = (): Measured[] => periods.map(() => ({ value: null, n: 0 }));
  if (periods.length === 0 || (scope.dim !== 'org' && scope.dim !== 'outlet')) {
    for (const id of wanted) out.set(id, empty());
    return out;
  }
  const from = periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0]!.from);
  const to = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]!.to);
  const rows = db
    .prepare(
      `SELECT visit_day AS day, sum(score) AS total, count(*) AS n
       FROM mystery_visits
       WHERE status = 'published' AND score IS NOT NULL AND visit_day BETWEEN ? AND ? AND (? IS NULL OR outlet_id = ?)
       GROUP BY visit_day`,
    )
    .all(from, to, scope.dim === 'outlet' ? Number(scope.key) : null, scope.dim === 'outlet' ? Number(scope.key) : null) as {
    day: string;
    total: number;
    n: number;
  }[];
  const values = periods.map((p) => {
    let total = 0;
    let n = 0;
    for (const r of rows) {
      if (r.day < p.from || r.day > p.to) continue;
      total += r.total;
      n += r.n;
    }
    return { value: n === 0 ? null : total / n, n };
  });
  for (const id of wanted) out.set(id, values);
  return out;
}
