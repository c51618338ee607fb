import type { KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { buildLeague, LEAGUE_DEFAULTS, type LeagueWeight } from '../../../shared/domain/kpi-league.ts';
import { previousPeriod, type Period } from '../../../shared/domain/kpi-period.ts';
import type { LeagueTable, LeagueWeights } from '../../../shared/schemas/kpi-league.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { periodOf } from './compute.ts';
import { measureKpis } from './sources.ts';
import type { LoadContext } from './ticket-sums.ts';

/** The saved weights, or the defaults; a component added since the weights were saved starts at its default. */
export function leagueWeights(db: Db): LeagueWeights {
  const saved = new Map(
    (db.prepare('SELECT kpi, weight FROM kpi_league_weights').all() as { kpi: KpiId; weight: number }[]).map(
      (r) => [r.kpi, r.weight],
    ),
  );
  return {
    weights: LEAGUE_DEFAULTS.map((d) => ({ kpi: d.kpi, weight: saved.get(d.kpi) ?? d.weight })),
    custom: saved.size > 0,
  };
}

const ENTITY = { entity: 'kpi_league_weights', entityId: 'outlet_league' } as const;

/** Save the weights of every component (validated by the contract), audited. */
export function setLeagueWeights(
  db: Db,
  actor: string,
  weights: readonly LeagueWeight[],
  now = Date.now(),
): LeagueWeights {
  return writeTransaction(db, actor, (record) => {
    const before = leagueWeights(db);
    db.prepare('DELETE FROM kpi_league_weights').run();
    const insert = db.prepare('INSERT INTO kpi_league_weights (kpi, weight, updated_at) VALUES (?, ?, ?)');
    for (const w of weights) insert.run(w.kpi, w.weight, now);
    const after = leagueWeights(db);
    record({ ...ENTITY, action: before.custom ? 'update' : 'create', before, after });
    return after;
  });
}

/** Back to the default weights, audited. */
export function resetLeagueWeights(db: Db, actor: string): LeagueWeights {
  return writeTransaction(db, actor, (record) => {
    const before = leagueWeights(db);
    if (!before.custom) return before;
    db.prepare('DELETE FROM kpi_league_weights').run();
    const after = leagueWeights(db);
    record({ ...ENTITY, action: 'delete', before, after });
    return after;
  });
}

interface OutletRow {
  id: number;
  code: string;
  name: string;
}

function leagueOf(
  db: Db,
  ctx: LoadContext,
  outlets: readonly OutletRow[],
  period: Period,
  weights: readonly LeagueWeight[],
) {
  const kpis = weights.map((w) => w.kpi);
  return buildLeague(
    outlets.map((outlet) => {
      const measured = measureKpis(db, ctx, { dim: 'outlet', key: String(outlet.id) }, [period], kpis);
      return {
        outlet,
        values: Object.fromEntries(kpis.map((id) => [id, measured.get(id)?.[0]?.value ?? null])),
      };
    }),
    weights,
  );
}

/** Active outlets ranked by the weighted score of the period, with their rank in the previous period. */
export function outletLeague(db: Db, ctx: LoadContext, input: { period: string }): LeagueTable {
  const period = periodOf(input.period);
  const previous = previousPeriod(period);
  const weights = leagueWeights(db);
  const outlets = db
    .prepare('SELECT id, code, name FROM outlets WHERE active = 1 ORDER BY code')
    .all() as OutletRow[];
  const before = new Map(
    leagueOf(db, ctx, outlets, previous, weights.weights).map((e) => [e.outlet.id, e.rank]),
  );
  const out = (p: Period) => ({ kind: p.kind, from: p.from, to: p.to, text: p.text });
  return {
    period: out(period),
    previous: out(previous),
    weights,
    rows: leagueOf(db, ctx, outlets, period, weights.weights).map((e) => {
      const previousRank = before.get(e.outlet.id) ?? null;
      return {
        outletId: e.outlet.id,
        code: e.outlet.code,
        name: e.outlet.name,
        score: e.score,
        rank: e.rank,
        previousRank,
        rankChange: e.rank === null || previousRank === null ? null : previousRank - e.rank,
        redistributed: e.redistributed,
        components: e.components,
      };
    }),
  };
}
