import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type {
  CycleDetail,
  CycleFields,
  CycleSummary,
  PdcaPhase,
} from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { listActions } from './actions.ts';
import { gateProblems, moveProblems, nextPhase, type GateFacts } from './gates.ts';
import { assertExists } from './references.ts';
import { workspaceToday } from './today.ts';
import { listWorksheets } from './worksheets.ts';

interface CycleRow {
  id: number;
  title: string;
  problem: string;
  phase: PdcaPhase;
  scope_kind: CycleFields['scopeKind'];
  scope_id: number | null;
  owner_id: number | null;
  start_on: string | null;
  due_on: string | null;
  kpi_id: string | null;
  baseline: number | null;
  baseline_period: string;
  target: number | null;
  goal: string;
  verdict: CycleFields['verdict'];
  check_note: string;
  standard_change: string;
  lessons: string;
  previous_id: number | null;
  created_at: number;
  updated_at: number;
}

const toFields = (r: CycleRow): CycleFields => ({
  title: r.title,
  problem: r.problem,
  scopeKind: r.scope_kind,
  scopeId: r.scope_id,
  ownerId: r.owner_id,
  startOn: r.start_on,
  dueOn: r.due_on,
  kpiId: r.kpi_id,
  baseline: r.baseline,
  baselinePeriod: r.baseline_period,
  target: r.target,
  goal: r.goal,
  verdict: r.verdict,
  checkNote: r.check_note,
  standardChange: r.standard_change,
  lessons: r.lessons,
});

/** The scope's display name, from the one fixed statement of its kind. */
const SCOPE_LABEL = {
  organisation: null,
  outlet: 'SELECT name FROM outlets WHERE id = ?',
  team: 'SELECT name FROM teams WHERE id = ?',
  category: 'SELECT name_zh AS name FROM categories WHERE id = ?',
} as const;

function readRow(db: Db, id: number): CycleRow {
  const row = db.prepare('SELECT * FROM pdca_cycles WHERE id = ?').get(id) as CycleRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no PDCA cycle with id ${id}`, { id });
  return row;
}

function gateFacts(db: Db, row: CycleRow): GateFacts {
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE status <> 'cancelled') AS total, count(*) FILTER (WHERE status IN ('done', 'closed')) AS done
       FROM actions WHERE cycle_id = ?`,
    )
    .get(row.id) as { total: number; done: number };
  const next = db.prepare('SELECT count(*) AS n FROM pdca_cycles WHERE previous_id = ?').get(row.id) as {
    n: number;
  };
  return {
    goal: row.goal,
    actions: counts.total,
    actionsDone: counts.done,
    verdict: row.verdict,
    standardChange: row.standard_change,
    nextCycles: next.n,
  };
}

const link = (db: Db, sql: string, id: number) =>
  db.prepare(sql).all(id) as { id: number; title: string; phase: PdcaPhase }[];

export function getCycle(db: Db, id: number, now = Date.now()): CycleDetail {
  const row = readRow(db, id);
  const scopeSql = SCOPE_LABEL[row.scope_kind];
  const scope =
    scopeSql === null ? undefined : (db.prepare(scopeSql).get(row.scope_id) as { name: string } | undefined);
  const owner = db.prepare('SELECT name FROM staff WHERE id = ?').get(row.owner_id) as
    { name: string } | undefined;
  const to = nextPhase(row.phase);
  return {
    id: row.id,
    phase: row.phase,
    fields: toFields(row),
    ownerName: owner?.name ?? null,
    scopeLabel: scope?.name ?? null,
    previous:
      link(db, 'SELECT id, title, phase FROM pdca_cycles WHERE id = ?', row.previous_id ?? 0)[0] ?? null,
    next: link(db, 'SELECT id, title, phase FROM pdca_cycles WHERE previous_id = ? ORDER BY id', row.id),
    actions: listActions(db, { cycleId: id }, now),
    log: db
      .prepare(
        `SELECT id, on_date AS onDate, note, actor, created_at AS createdAt,
           (SELECT count(*) FROM attachments f WHERE f.owner_kind = 'pdca_log' AND f.owner_id = l.id) AS attachments
         FROM pdca_log l WHERE cycle_id = ? ORDER BY on_date DESC, id DESC`,
      )
      .all(id) as CycleDetail['log'],
    worksheets: listWorksheets(db, { cycleId: id }),
    gate: { to, problems: to === null ? [] : gateProblems(to, gateFacts(db, row)) },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listCycles(db: Db, now = Date.now()): CycleSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.title, c.phase, s.name AS ownerName, c.due_on AS dueOn, c.kpi_id AS kpiId,
         (c.due_on IS NOT NULL AND c.due_on < @today AND c.phase <> 'closed') AS overdue,
         (SELECT count(*) FROM actions a WHERE a.cycle_id = c.id AND a.status IN ('done', 'closed')) AS actionsDone,
         (SELECT count(*) FROM actions a WHERE a.cycle_id = c.id AND a.status <> 'cancelled') AS actionsTotal,
         (SELECT count(*) FROM rca_worksheets w WHERE w.cycle_id = c.id) AS worksheets,
         c.updated_at AS updatedAt
       FROM pdca_cycles c LEFT JOIN staff s ON s.id = c.owner_id
       ORDER BY c.due_on IS NULL, c.due_on, c.id`,
    )
    .all({ today: workspaceToday(db, now) }) as (Omit<CycleSummary, 'overdue'> & { overdue: number })[];
  return rows.map((r) => ({ ...r, overdue: r.overdue === 1 }));
}

function checkReferences(db: Db, fields: CycleFields): void {
  assertExists(db, 'staff', fields.ownerId, 'ownerId');
  if (fields.scopeKind !== 'organisation') assertExists(db, fields.scopeKind, fields.scopeId, 'scopeId');
}

const COLUMNS = `title = @title, problem = @problem, scope_kind = @scopeKind, scope_id = @scopeId, owner_id = @ownerId,
  start_on = @startOn, due_on = @dueOn, kpi_id = @kpiId, baseline = @baseline, baseline_period = @baselinePeriod,
  target = @target, goal = @goal, verdict = @verdict, check_note = @checkNote, standard_change = @standardChange,
  lessons = @lessons`;

function insertCycle(db: Db, fields: CycleFields, previousId: number | null, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO pdca_cycles (title, problem, scope_kind, scope_id, owner_id, start_on, due_on, kpi_id, baseline,
         baseline_period, target, goal, verdict, check_note, standard_change, lessons, previous_id, created_at,
         updated_at)
       VALUES (@title, @problem, @scopeKind, @scopeId, @ownerId, @startOn, @dueOn, @kpiId, @baseline,
         @baselinePeriod, @target, @goal, @verdict, @checkNote, @standardChange, @lessons, @previousId, @now, @now)`,
    )
    .run({ ...fields, previousId, now });
  return Number(result.lastInsertRowid);
}

export function saveCycle(
  db: Db,
  actor: string,
  input: ParsedInput<'pdca.save'>,
  now = Date.now(),
): CycleDetail {
  return writeTransaction(db, actor, (record) => {
    checkReferences(db, input.fields);
    if (input.id === undefined) {
      const id = insertCycle(db, input.fields, null, now);
      record({
        action: 'create',
        entity: 'pdca_cycle',
        entityId: id,
        before: null,
        after: { phase: 'plan', ...input.fields },
      });
      return getCycle(db, id, now);
    }
    const row = readRow(db, input.id);
    if (input.expectedUpdatedAt !== undefined && row.updated_at !== input.expectedUpdatedAt) {
      throw new QmFailure('CONFLICT', 'the cycle was saved by someone else since you opened it', {
        id: input.id,
      });
    }
    db.prepare('UPDATE pdca_cycles SET ' + COLUMNS + ', updated_at = @now WHERE id = @id').run({
      ...input.fields,
      now,
      id: input.id,
    });
    record({
      action: 'update',
      entity: 'pdca_cycle',
      entityId: input.id,
      before: toFields(row),
      after: input.fields,
    });
    return getCycle(db, input.id, now);
  });
}

export function moveCycle(
  db: Db,
  actor: string,
  input: ParsedInput<'pdca.move'>,
  now = Date.now(),
): CycleDetail {
  return writeTransaction(db, actor, (record) => {
    const row = readRow(db, input.id);
    const problems = moveProblems(row.phase, input.to, gateFacts(db, row));
    if (problems.length > 0) {
      throw new QmFailure('CONFLICT', `the cycle cannot enter ${input.to} yet: ${problems.join(', ')}`, {
        gate: input.to,
        problems,
      });
    }
    db.prepare('UPDATE pdca_cycles SET phase = ?, updated_at = ? WHERE id = ?').run(input.to, now, input.id);
    record({
      action: 'update',
      entity: 'pdca_cycle',
      entityId: input.id,
      before: { phase: row.phase },
      after: { phase: input.to },
    });
    return getCycle(db, input.id, now);
  });
}

/** Act: a follow-up cycle that inherits the problem, scope, owner and KPI, with today's result as its baseline. */
export function startNextCycle(db: Db, actor: string, id: number, now = Date.now()): CycleDetail {
  return writeTransaction(db, actor, (record) => {
    const previous = toFields(readRow(db, id));
    const fields: CycleFields = {
      ...previous,
      startOn: workspaceToday(db, now),
      dueOn: null,
      goal: '',
      verdict: null,
      checkNote: '',
      standardChange: '',
      lessons: '',
    };
    const next = insertCycle(db, fields, id, now);
    record({
      action: 'create',
      entity: 'pdca_cycle',
      entityId: next,
      before: null,
      after: { phase: 'plan', previousId: id, ...fields },
    });
    return getCycle(db, next, now);
  });
}

/** Refused while anything links to the cycle; the details list each link so the user can see what to undo. */
export function deleteCycle(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const row = readRow(db, id);
    const links = [
      ...(
        db.prepare('SELECT id, title FROM actions WHERE cycle_id = ?').all(id) as {
          id: number;
          title: string;
        }[]
      ).map((l) => ({ kind: 'action', ...l })),
      ...(
        db.prepare('SELECT id, title FROM rca_worksheets WHERE cycle_id = ?').all(id) as {
          id: number;
          title: string;
        }[]
      ).map((l) => ({ kind: 'worksheet', ...l })),
      ...(
        db.prepare('SELECT id, title FROM pdca_cycles WHERE previous_id = ?').all(id) as {
          id: number;
          title: string;
        }[]
      ).map((l) => ({ kind: 'cycle', ...l })),
    ];
    if (links.length > 0) throw new QmFailure('CONFLICT', 'the cycle is still linked', { links });
    const log = db.prepare('SELECT id, on_date, note FROM pdca_log WHERE cycle_id = ?').all(id);
    db.prepare('DELETE FROM pdca_log WHERE cycle_id = ?').run(id);
    db.prepare('DELETE FROM pdca_cycles WHERE id = ?').run(id);
    record({
      action: 'delete',
      entity: 'pdca_cycle',
      entityId: id,
      before: { phase: row.phase, ...toFields(row), log },
      after: null,
    });
    return null;
  });
}
