import type { Db } from '../db/open.ts';
import type { LoadContext } from '../kpi/ticket-sums.ts';
import { evaluateAlerts, type EvaluationResult } from './evaluate.ts';

/** Even without writes, rules are looked at again this often: days roll over and running SLA clocks run out. */
const RECHECK_MS = 5 * 60_000;

interface Mark {
  data: string;
  at: number;
  result: EvaluationResult;
}

const marks = new WeakMap<Db, Mark>();

/**
 * What the data looks like now, for nothing: this connection's count of written rows (every import, ticket edit,
 * survey or audit write, target change goes through it) and SQLite's data_version (writes by another connection,
 * such as the command line). Equal marks mean nothing was written in between.
 */
function dataMark(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

/**
 * Evaluates the rules when data changed since the last evaluation on this connection, or when that is a few minutes
 * old; otherwise returns the last result. The first call after a workspace opens always evaluates. Cheap enough to
 * run on every badge refresh.
 */
export function evaluateIfStale(db: Db, ctx: LoadContext): EvaluationResult & { evaluatedAt: number | null } {
  const mark = marks.get(db);
  if (mark && mark.data === dataMark(db) && ctx.now - mark.at < RECHECK_MS && mark.result.evaluated)
    return { ...mark.result, evaluatedAt: mark.at };
  const result = evaluateAlerts(db, ctx);
  // Taken after the evaluation's own writes (and any rollup refresh it caused), so they do not count as changes.
  marks.set(db, { data: dataMark(db), at: ctx.now, result });
  return { ...result, evaluatedAt: result.evaluated ? ctx.now : null };
}
