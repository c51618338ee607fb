import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Action, ActionFields } from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { closeProblem, loadCheck } from './action-checks.ts';
import { assertExists } from './references.ts';
import { workspaceToday } from './today.ts';

interface ActionRow {
  id: number;
  title: string;
  detail: string;
  kind: ActionFields['kind'];
  owner_id: number | null;
  due_on: string | null;
  status: ActionFields['status'];
  completed_at: number | null;
  cycle_id: number | null;
  source_kind: Action['source']['kind'];
  source_id: number | null;
  source_ref: string | null;
  created_at: number;
  updated_at: number;
  owner_name: string | null;
  cycle_title: string | null;
  source_title: string | null;
  overdue: number;
  overdue_days: number | null;
}

/*
 * One fixed statement: every filter is a bound parameter that is NULL when unused. The source title follows the
 * source kind to the table that holds it; kinds of later areas (audits, alerts) show no title until they add one.
 */
const SELECT = `
  SELECT a.*, s.name AS owner_name, c.title AS cycle_title,
    CASE a.source_kind
      WHEN 'pdca' THEN (SELECT title FROM pdca_cycles WHERE id = a.source_id)
      WHEN 'fishbone' THEN (SELECT title FROM rca_worksheets WHERE id = a.source_id)
      WHEN 'five_why' THEN (SELECT title FROM rca_worksheets WHERE id = a.source_id)
      WHEN 'audit' THEN (SELECT coalesce(k.external_id, '#' || k.id) || ' · ' || k.subject FROM audits q JOIN tickets k ON k.id = q.ticket_id WHERE q.id = a.source_id)
    END AS source_title,
    (a.due_on IS NOT NULL AND a.due_on < @today AND a.status IN ('open', 'in_progress')) AS overdue,
    CAST(julianday(@today) - julianday(a.due_on) AS INTEGER) AS overdue_days
  FROM actions a
  LEFT JOIN staff s ON s.id = a.owner_id
  LEFT JOIN pdca_cycles c ON c.id = a.cycle_id
  WHERE (@id IS NULL OR a.id = @id)
    AND (@cycleId IS NULL OR a.cycle_id = @cycleId)
    AND (@sourceKind IS NULL OR a.source_kind = @sourceKind)
    AND (@sourceId IS NULL OR a.source_id = @sourceId)
    AND (@overdue IS NULL OR (a.due_on IS NOT NULL AND a.due_on < @today AND a.status IN ('open', 'in_progress')) = @overdue)
  ORDER BY a.status IN ('done', 'closed', 'cancelled'), a.due_on IS NULL, a.due_on, a.id`;

function toAction(db: Db, row: ActionRow): Action {
  return {
    id: row.id,
    title: row.title,
    detail: row.detail,
    kind: row.kind,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    status: row.status,
    cycleId: row.cycle_id,
    ownerName: row.owner_name,
    cycleTitle: row.cycle_title,
    source: { kind: row.source_kind, id: row.source_id, ref: row.source_ref },
    sourceTitle: row.source_title,
    overdue: row.overdue === 1,
    overdueDays: row.overdue === 1 ? (row.overdue_days ?? 0) : 0,
    check: loadCheck(db, row.id),
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface Filter {
  id?: number;
  cycleId?: number;
  source?: { kind: Action['source']['kind']; id: number | null };
  overdue?: boolean;
}

export function listActions(db: Db, filter: Filter = {}, now = Date.now()): Action[] {
  const rows = db.prepare(SELECT).all({
    today: workspaceToday(db, now),
    id: filter.id ?? null,
    cycleId: filter.cycleId ?? null,
    sourceKind: filter.source?.kind ?? null,
    sourceId: filter.source?.id ?? null,
    overdue: filter.overdue === undefined ? null : Number(filter.overdue),
  }) as ActionRow[];
  return rows.map((row) => toAction(db, row));
}

export function getAction(db: Db, id: number, now = Date.now()): Action {
  const found = listActions(db, { id }, now)[0];
  if (!found) throw new QmFailure('NOT_FOUND', `no action with id ${id}`, { id });
  return found;
}

const completedAt = (status: ActionFields['status'], before: number | null, now: number): number | null =>
  status === 'done' || status === 'closed' ? (before ?? now) : null;

/**
 * Create or update one action with its audit entry; the source is fixed when the action is created. Closing needs
 * an effective check, so a new action is never created closed.
 */
export function saveAction(
  db: Db,
  actor: string,
  input: ParsedInput<'actions.save'>,
  now = Date.now(),
): Action {
  const { fields } = input;
  return writeTransaction(db, actor, (record) => {
    assertExists(db, 'staff', fields.ownerId, 'ownerId');
    assertExists(db, 'cycle', fields.cycleId, 'cycleId');
    if (fields.status === 'closed') {
      const problem = closeProblem(db, input.id ?? null);
      if (problem) throw problem;
    }
    if (input.id === undefined) {
      const source = input.source ?? { kind: 'manual', id: null, ref: null };
      const id = insertAction(db, fields, source, now);
      const after = getAction(db, id, now);
      record({ action: 'create', entity: 'action', entityId: id, before: null, after });
      return after;
    }
    const before = getAction(db, input.id, now);
    db.prepare(
      `UPDATE actions SET title = @title, detail = @detail, kind = @kind, owner_id = @ownerId, due_on = @dueOn,
         status = @status, completed_at = @completedAt, cycle_id = @cycleId, updated_at = @now WHERE id = @id`,
    ).run({ ...fields, completedAt: completedAt(fields.status, before.completedAt, now), now, id: input.id });
    const after = getAction(db, input.id, now);
    record({ action: 'update', entity: 'action', entityId: input.id, before, after });
    return after;
  });
}

/** Insert inside the caller's transaction (the caller records the audit entry). */
export function insertAction(db: Db, fields: ActionFields, source: Action['source'], now: number): number {
  const result = db
    .prepare(
      `INSERT INTO actions (title, detail, kind, owner_id, due_on, status, completed_at, cycle_id, source_kind,
         source_id, source_ref, created_at, updated_at)
       VALUES (@title, @detail, @kind, @ownerId, @dueOn, @status, @completedAt, @cycleId, @sourceKind, @sourceId,
         @sourceRef, @now, @now)`,
    )
    .run({
      ...fields,
      completedAt: completedAt(fields.status, null, now),
      sourceKind: source.kind,
      sourceId: source.id,
      sourceRef: source.ref,
      now,
    });
  return Number(result.lastInsertRowid);
}

/** Nothing points at an action (its links live in its own row), so it can always go; the log keeps a copy. */
export function deleteAction(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getAction(db, id);
    db.prepare('DELETE FROM actions WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'action', entityId: id, before, after: null });
    return null;
  });
}
