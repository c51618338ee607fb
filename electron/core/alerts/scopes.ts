import { CHANNELS, CUSTOMER_SEGMENTS } from '../../../shared/domain/enums.ts';
import type { AlertScope } from '../../../shared/schemas/alerts.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';

const MEMBERS = {
  outlet: 'SELECT id FROM outlets WHERE active = 1 ORDER BY id',
  team: 'SELECT id FROM teams ORDER BY id',
  category: 'SELECT id FROM categories ORDER BY id',
} as const;

/** The KPI scopes a rule watches: its own, or every member of its dimension. */
export function expandScope(db: Db, scope: AlertScope): KpiScope[] {
  if (scope.dim === 'org') return [{ dim: 'org', key: '' }];
  if (scope.key !== '') return [{ dim: scope.dim, key: scope.key }];
  switch (scope.dim) {
    case 'channel':
      return CHANNELS.map((key) => ({ dim: 'channel', key }));
    case 'segment':
      return CUSTOMER_SEGMENTS.map((key) => ({ dim: 'segment', key }));
    case 'agent':
      return [];
    default:
      return (db.prepare(MEMBERS[scope.dim]).pluck().all() as number[]).map((id) => ({
        dim: scope.dim,
        key: String(id),
      }));
  }
}

const NAMES = {
  outlet: 'SELECT name, NULL AS name_en FROM outlets WHERE id = ?',
  team: 'SELECT name, NULL AS name_en FROM teams WHERE id = ?',
  agent: 'SELECT name, NULL AS name_en FROM staff WHERE id = ?',
  category: 'SELECT name_zh AS name, name_en FROM categories WHERE id = ?',
} as const;

/** The record a scope names (zh, en); channels, segments and the organisation are named by the renderer. */
export function scopeNames(db: Db, scope: { dim: string; key: string }): [string | null, string | null] {
  if (!(scope.dim in NAMES) || scope.key === '') return [null, null];
  const row = db.prepare(NAMES[scope.dim as keyof typeof NAMES]).get(Number(scope.key)) as
    { name: string; name_en: string | null } | undefined;
  return row ? [row.name, row.name_en] : [null, null];
}
