import type { Language } from '../../../shared/domain/enums.ts';
import { kpiEn } from '../../../shared/i18n/kpi/en.ts';
import { kpiZh } from '../../../shared/i18n/kpi/zh-CN.ts';
import { ticketsEn } from '../../../shared/i18n/tickets/en.ts';
import { ticketsZh } from '../../../shared/i18n/tickets/zh-CN.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';

/** Reference tables a scope id points into; the whitelist keeps table names out of user input. */
const NAME_SQL = {
  outlet: 'SELECT name FROM outlets WHERE id = ?',
  team: 'SELECT name FROM teams WHERE id = ?',
  agent: 'SELECT name FROM staff WHERE id = ?',
  agentMasked: 'SELECT employee_no AS name FROM staff WHERE id = ?',
  category: 'SELECT name_zh AS zh, name_en AS en FROM categories WHERE id = ?',
} as const;

/** "Organisation", "Outlet: 北京朝阳网点", "Channel: Phone" in the report's language; an agent by number when masked. */
export function scopeLabel(db: Db, scope: KpiScope, language: Language, mask: boolean): string {
  const kpi = language === 'en' ? kpiEn : kpiZh;
  const tickets = language === 'en' ? ticketsEn : ticketsZh;
  const dim = kpi.scopeDims[scope.dim];
  if (scope.dim === 'org') return dim;
  let name: string | undefined;
  if (scope.dim === 'channel') name = (tickets.channel as Record<string, string>)[scope.key];
  else if (scope.dim === 'segment') name = (tickets.segment as Record<string, string>)[scope.key];
  else if (scope.dim === 'category') {
    const row = db.prepare(NAME_SQL.category).get(Number(scope.key)) as
      { zh: string; en: string } | undefined;
    name = row ? (language === 'en' ? row.en : row.zh) : undefined;
  } else {
    const sql = scope.dim === 'agent' && mask ? NAME_SQL.agentMasked : NAME_SQL[scope.dim];
    const row = db.prepare(sql).get(Number(scope.key)) as { name: string } | undefined;
    name = row?.name;
  }
  return `${dim}: ${name ?? scope.key}`;
}
