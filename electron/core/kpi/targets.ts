import { KPI_CATALOG, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import type { KpiScope, KpiTarget } from '../../../shared/schemas/kpi.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface TargetRow {
  kpi: KpiId;
  scope_dim: KpiScope['dim'];
  scope_key: string;
  target: number;
  updated_at: number;
}

const toTarget = (r: TargetRow): KpiTarget => ({
  kpi: r.kpi,
  scope: { dim: r.scope_dim, key: r.scope_key },
  target: r.target,
  updatedAt: r.updated_at,
});

export function listTargets(db: Db): KpiTarget[] {
  return (
    db.prepare('SELECT * FROM kpi_targets ORDER BY kpi, scope_dim, scope_key').all() as TargetRow[]
  ).map(toTarget);
}

export interface ResolvedTarget {
  target: number | null;
  origin: 'default' | 'org' | 'scope';
}

/** Target of each KPI for a scope: the scope's own, else the organisation's override, else the catalog default. */
export function targetsFor(db: Db, scope: KpiScope): Map<KpiId, ResolvedTarget> {
  const rows = db
    .prepare(
      `SELECT * FROM kpi_targets WHERE (scope_dim = 'org' AND scope_key = '') OR (scope_dim = ? AND scope_key = ?)`,
    )
    .all(scope.dim, scope.key) as TargetRow[];
  const out = new Map<KpiId, ResolvedTarget>();
  for (const meta of Object.values(KPI_CATALOG))
    out.set(meta.id, { target: meta.defaultTarget, origin: 'default' });
  for (const r of rows.filter((r) => r.scope_dim === 'org'))
    out.set(r.kpi, { target: r.target, origin: 'org' });
  if (scope.dim !== 'org') {
    for (const r of rows.filter((r) => r.scope_dim !== 'org'))
      out.set(r.kpi, { target: r.target, origin: 'scope' });
  }
  return out;
}

/** Set (or, with null, remove) the target of a KPI for a scope; audited. Returns the stored target or null. */
export function setTarget(
  db: Db,
  actor: string,
  kpi: KpiId,
  scope: KpiScope,
  target: number | null,
  now = Date.now(),
): KpiTarget | null {
  return writeTransaction(db, actor, (record) => {
    const before = db
      .prepare('SELECT * FROM kpi_targets WHERE kpi = ? AND scope_dim = ? AND scope_key = ?')
      .get(kpi, scope.dim, scope.key) as TargetRow | undefined;
    const entityId = `${kpi}@${scope.dim}:${scope.key}`;
    if (target === null) {
      if (!before) return null;
      db.prepare('DELETE FROM kpi_targets WHERE kpi = ? AND scope_dim = ? AND scope_key = ?').run(
        kpi,
        scope.dim,
        scope.key,
      );
      record({ action: 'delete', entity: 'kpi_target', entityId, before: toTarget(before), after: null });
      return null;
    }
    db.prepare(
      `INSERT INTO kpi_targets (kpi, scope_dim, scope_key, target, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kpi, scope_dim, scope_key) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at`,
    ).run(kpi, scope.dim, scope.key, target, now);
    const after: KpiTarget = { kpi, scope: { dim: scope.dim, key: scope.key }, target, updatedAt: now };
    record({
      action: before ? 'update' : 'create',
      entity: 'kpi_target',
      entityId,
      before: before ? toTarget(before) : null,
      after,
    });
    return after;
  });
}
