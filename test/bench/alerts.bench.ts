import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateAlerts } from '../../electron/core/alerts/evaluate.ts';
import { insertRule } from '../../electron/core/alerts/rules.ts';
import { expandScope } from '../../electron/core/alerts/scopes.ts';
import { evaluateIfStale } from '../../electron/core/alerts/watch.ts';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { dayStart, refreshRollup } from '../../electron/core/kpi/rollup.ts';
import type { LoadContext } from '../../electron/core/kpi/ticket-sums.ts';
import { getSettings } from '../../electron/core/settings/service.ts';
import { openWorkspaceFile } from '../../electron/core/workspace/file.ts';
import { dayNumber } from '../../shared/domain/kpi-period.ts';
import type { AlertRuleFields } from '../../shared/schemas/alerts.ts';
import { grouped, median, type Bench } from './bench.ts';

const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const CACHE_DIR = process.env['QM_BENCH_CACHE'] ?? path.join(os.tmpdir(), 'qm-alerts-bench');
const UNTIL = '2025-12';
const RUNS = 7;

const base: AlertRuleFields = {
  name: '',
  kpi: 'nps',
  scope: { dim: 'org', key: '' },
  grain: 'day',
  comparator: 'below',
  reference: 'target',
  threshold: null,
  marginPct: 0,
  consecutive: 1,
  minN: 1,
  enabled: true,
};

/** Rules over every member of a dimension cost one rollup read per member: these watch 12 outlets, 8 channels, every category. */
const RULES: AlertRuleFields[] = [
  {
    ...base,
    scope: { dim: 'outlet', key: '' },
    reference: 'benchmark',
    threshold: 40,
    marginPct: 30,
    consecutive: 3,
    minN: 5,
  },
  { ...base, scope: { dim: 'outlet', key: '' }, reference: 'org', marginPct: 30, consecutive: 3, minN: 5 },
  {
    ...base,
    kpi: 'first_response_avg_min',
    grain: 'week',
    comparator: 'above',
    reference: 'value',
    threshold: 15,
  },
  {
    ...base,
    kpi: 'first_response_avg_min',
    scope: { dim: 'channel', key: '' },
    grain: 'week',
    comparator: 'above',
    reference: 'value',
    threshold: 15,
    consecutive: 2,
  },
  { ...base, kpi: 'fcr_rate', scope: { dim: 'outlet', key: '' }, grain: 'month', minN: 30 },
  { ...base, kpi: 'fcr_rate', scope: { dim: 'category', key: '' }, grain: 'month', minN: 30 },
  { ...base, kpi: 'csat_avg', grain: 'month', consecutive: 2, minN: 30 },
  {
    ...base,
    kpi: 'resolution_median_h',
    scope: { dim: 'team', key: '' },
    grain: 'week',
    comparator: 'above',
    consecutive: 2,
  },
];

function timed(runs: number, work: () => unknown): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

const ms = (t: number[]) =>
  `${grouped(median(t), 1)} ms median (min ${grouped(Math.min(...t), 1)}, max ${grouped(Math.max(...t), 1)}, n=${t.length})`;

/**
 * Alert evaluation on a million-ticket demo workspace, "today" being the day after its last ticket: every rule read
 * from the KPI rollup, so the cost grows with rules × scopes × periods, not with tickets.
 */
export const bench: Bench = {
  title: `alert evaluation on ${grouped(TICKETS)} demo tickets: ${RULES.length} rules over the organisation, every outlet, channel, category and team`,
  async run(ctx) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const file = path.join(CACHE_DIR, `demo-${TICKETS}-${UNTIL}.sqlite`);
    if (!fs.existsSync(file)) {
      const result = await generateDemoWorkspace(file, { tickets: TICKETS, until: UNTIL });
      ctx.figure('generate workspace (once, cached)', `${grouped(result.seconds, 1)} s → ${file}`);
    } else {
      ctx.figure('workspace (cached)', file);
    }
    const { db } = openWorkspaceFile(file);
    try {
      const timeZone = getSettings(db).timeZone;
      refreshRollup(db, timeZone);
      const now = dayStart(timeZone, dayNumber('2026-01-01')) + 9 * 3_600_000;
      const alertCtx: LoadContext = { timeZone, now };
      db.transaction(() => {
        db.prepare('DELETE FROM alerts').run();
        db.prepare('DELETE FROM alert_rules').run();
        for (const rule of RULES) insertRule(db, rule, now);
      })();
      const scopes = RULES.reduce((sum, rule) => sum + expandScope(db, rule.scope).length, 0);
      ctx.figure('rule × scope pairs evaluated', grouped(scopes));

      const first = timed(1, () => evaluateAlerts(db, alertCtx));
      const raised = db.prepare('SELECT count(*) FROM alerts').pluck().get() as number;
      ctx.figure('first evaluation (raises)', `${ms(first)}, ${raised} alerts`);
      ctx.figure('re-evaluation, nothing changed', ms(timed(RUNS, () => evaluateAlerts(db, alertCtx))));
      ctx.figure('badge check, nothing written', ms(timed(RUNS, () => evaluateIfStale(db, alertCtx))));

      // An import of 1,000 tickets into the last month: the badge's next look refreshes the touched rollup days and
      // evaluates every rule.
      const maxId = db.prepare('SELECT max(id) FROM tickets').pluck().get() as number;
      const columns = (
        db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('tickets') as string[]
      ).filter((c) => c !== 'id' && c !== 'external_id');
      const list = columns.join(', ');
      // Column names from the schema itself, not values: copies of the newest rows stand in for imported ones.
      const copySql = `INSERT INTO tickets (${list}) SELECT ${list} FROM tickets WHERE id > ? ORDER BY id LIMIT 1000`;
      db.transaction(() => db.prepare(copySql).run(maxId - 5000))();
      ctx.figure(
        'after a 1,000-ticket import (badge look)',
        ms(timed(1, () => evaluateIfStale(db, alertCtx))),
      );
      db.transaction(() => db.prepare('DELETE FROM tickets WHERE id > ?').run(maxId))();
      refreshRollup(db, timeZone);
    } finally {
      db.close();
    }
  },
};
