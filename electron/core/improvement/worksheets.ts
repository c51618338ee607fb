import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import {
  MAX_DEPTH,
  MAX_NODES,
  WorksheetContent,
  type Worksheet,
  type WorksheetSummary,
} from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { insertAction, listActions } from './actions.ts';
import { fishboneCauses, fishboneRootCauses } from './fishbone.ts';
import { findCountermeasure, fiveWhyCompletion, whyNodes } from '../../../shared/domain/five-why.ts';
import { assertExists } from './references.ts';

interface WorksheetRow {
  id: number;
  kind: Worksheet['kind'];
  title: string;
  problem: string;
  cycle_id: number | null;
  cycle_title: string | null;
  content: string;
  revision: number;
  created_at: number;
  updated_at: number;
}

const SELECT = `SELECT w.*, c.title AS cycle_title FROM rca_worksheets w LEFT JOIN pdca_cycles c ON c.id = w.cycle_id`;

function completion(content: WorksheetContent): { complete: boolean; missing: string[]; roots: number } {
  if (content.kind === 'five_why') return fiveWhyCompletion(content);
  const roots = fishboneRootCauses(content).length;
  return { complete: roots > 0, missing: [], roots };
}

/** Node ids unique, the document within its size limits; zod has checked each node's shape. */
function checkContent(content: WorksheetContent): void {
  const nodes =
    content.kind === 'fishbone'
      ? fishboneCauses(content).map(({ cause, depth }) => ({ id: cause.id, depth }))
      : whyNodes(content).map(({ node, depth }) => ({ id: node.id, depth }));
  const ids = [
    ...nodes.map((n) => n.id),
    ...(content.kind === 'fishbone'
      ? content.bones.map((b) => b.id)
      : whyNodes(content).flatMap(({ node }) => node.countermeasures.map((c) => c.id))),
  ];
  if (new Set(ids).size !== ids.length)
    throw new QmFailure('INVALID_INPUT', 'node ids must be unique in a worksheet');
  if (nodes.length > MAX_NODES) {
    throw new QmFailure('INVALID_INPUT', `a worksheet holds at most ${MAX_NODES} causes`, { max: MAX_NODES });
  }
  if (nodes.some((n) => n.depth > MAX_DEPTH)) {
    throw new QmFailure('INVALID_INPUT', `causes nest at most ${MAX_DEPTH} levels deep`, { max: MAX_DEPTH });
  }
}

function readRow(db: Db, id: number): WorksheetRow {
  const row = db.prepare(SELECT + ' WHERE w.id = ?').get(id) as WorksheetRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no worksheet with id ${id}`, { id });
  return row;
}

export function getWorksheet(db: Db, id: number): Worksheet {
  const row = readRow(db, id);
  const content = WorksheetContent.parse(JSON.parse(row.content));
  const { complete, missing } = completion(content);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    problem: row.problem,
    cycleId: row.cycle_id,
    cycleTitle: row.cycle_title,
    content,
    revision: row.revision,
    complete,
    missingCountermeasures: missing,
    actions: listActions(db, { source: { kind: row.kind, id: row.id } }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listWorksheets(db: Db, filter: { cycleId?: number } = {}): WorksheetSummary[] {
  const rows = db
    .prepare(
      SELECT + ' WHERE (@cycleId IS NULL OR w.cycle_id = @cycleId) ORDER BY w.updated_at DESC, w.id DESC',
    )
    .all({ cycleId: filter.cycleId ?? null }) as WorksheetRow[];
  return rows.map((row) => {
    const { complete, roots } = completion(WorksheetContent.parse(JSON.parse(row.content)));
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      cycleId: row.cycle_id,
      cycleTitle: row.cycle_title,
      complete,
      rootCauses: roots,
      updatedAt: row.updated_at,
    };
  });
}

/** The audit log keeps the head and the whole document, so a diagram can be restored from its history. */
const snapshot = (w: Worksheet) => ({
  title: w.title,
  problem: w.problem,
  cycleId: w.cycleId,
  content: w.content,
});

export function createWorksheet(
  db: Db,
  actor: string,
  input: ParsedInput<'rca.create'>,
  now = Date.now(),
): Worksheet {
  if (input.content.kind !== input.kind)
    throw new QmFailure('INVALID_INPUT', 'content kind differs from the worksheet kind');
  checkContent(input.content);
  return writeTransaction(db, actor, (record) => {
    assertExists(db, 'cycle', input.head.cycleId, 'cycleId');
    const result = db
      .prepare(
        `INSERT INTO rca_worksheets (kind, title, problem, cycle_id, content, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(
        input.kind,
        input.head.title,
        input.head.problem,
        input.head.cycleId,
        JSON.stringify(input.content),
        now,
        now,
      );
    const created = getWorksheet(db, Number(result.lastInsertRowid));
    record({
      action: 'create',
      entity: 'rca_worksheet',
      entityId: created.id,
      before: null,
      after: snapshot(created),
    });
    return created;
  });
}

export function saveWorksheet(
  db: Db,
  actor: string,
  input: ParsedInput<'rca.save'>,
  now = Date.now(),
): Worksheet {
  checkContent(input.content);
  return writeTransaction(db, actor, (record) => {
    const before = getWorksheet(db, input.id);
    if (before.revision !== input.revision) {
      throw new QmFailure('CONFLICT', 'the worksheet was saved by someone else since you opened it', {
        revision: before.revision,
      });
    }
    if (input.content.kind !== before.kind)
      throw new QmFailure('INVALID_INPUT', 'a worksheet keeps its kind');
    assertExists(db, 'cycle', input.head.cycleId, 'cycleId');
    if (input.content.kind === 'five_why') {
      const content = input.content;
      const orphaned = before.actions.filter(
        (a) => a.source.ref && !findCountermeasure(content, a.source.ref),
      );
      if (orphaned.length > 0) {
        throw new QmFailure('CONFLICT', 'a countermeasure that became an action cannot be removed', {
          links: orphaned.map((a) => ({ kind: 'action', id: a.id, title: a.title })),
        });
      }
    }
    db.prepare(
      `UPDATE rca_worksheets SET title = ?, problem = ?, cycle_id = ?, content = ?, revision = revision + 1,
         updated_at = ? WHERE id = ?`,
    ).run(
      input.head.title,
      input.head.problem,
      input.head.cycleId,
      JSON.stringify(input.content),
      now,
      input.id,
    );
    // Actions made from the worksheet follow it into (or out of) a cycle's plan.
    if (before.cycleId !== input.head.cycleId) {
      db.prepare(
        'UPDATE actions SET cycle_id = ?, updated_at = ? WHERE source_kind = ? AND source_id = ? AND cycle_id IS ?',
      ).run(input.head.cycleId, now, before.kind, input.id, before.cycleId);
    }
    const after = getWorksheet(db, input.id);
    record({
      action: 'update',
      entity: 'rca_worksheet',
      entityId: input.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

/** A saved countermeasure becomes an action with its owner and due date, in the worksheet's cycle. */
export function makeAction(
  db: Db,
  actor: string,
  input: ParsedInput<'rca.makeAction'>,
  now = Date.now(),
): Worksheet {
  return writeTransaction(db, actor, (record) => {
    const sheet = getWorksheet(db, input.worksheetId);
    if (sheet.content.kind !== 'five_why')
      throw new QmFailure('INVALID_INPUT', 'only 5-Why countermeasures become actions');
    const found = findCountermeasure(sheet.content, input.countermeasureId);
    if (!found || found.countermeasure.text.trim() === '') {
      throw new QmFailure('NOT_FOUND', 'no saved countermeasure with that id', {
        id: input.countermeasureId,
      });
    }
    const existing = sheet.actions.find((a) => a.source.ref === input.countermeasureId);
    if (existing) {
      throw new QmFailure('CONFLICT', 'this countermeasure is already an action', {
        links: [{ kind: 'action', id: existing.id, title: existing.title }],
      });
    }
    const { countermeasure } = found;
    assertExists(db, 'staff', countermeasure.ownerId, 'ownerId');
    const id = insertAction(
      db,
      {
        title: countermeasure.text.trim().slice(0, 200),
        detail: found.node.because,
        kind: 'corrective',
        ownerId: countermeasure.ownerId,
        dueOn: countermeasure.dueOn,
        status: 'open',
        cycleId: sheet.cycleId,
      },
      { kind: 'five_why', id: sheet.id, ref: countermeasure.id },
      now,
    );
    const after = getWorksheet(db, sheet.id);
    record({
      action: 'create',
      entity: 'action',
      entityId: id,
      before: null,
      after: after.actions.find((a) => a.id === id),
    });
    return after;
  });
}

/** Refused while actions came from the worksheet or a cycle uses it: the user is told which. */
export function deleteWorksheet(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getWorksheet(db, id);
    const links = [
      ...before.actions.map((a) => ({ kind: 'action', id: a.id, title: a.title })),
      ...(before.cycleId !== null
        ? [{ kind: 'cycle', id: before.cycleId, title: before.cycleTitle ?? '' }]
        : []),
    ];
    if (links.length > 0) throw new QmFailure('CONFLICT', 'the worksheet is still linked', { links });
    db.prepare('DELETE FROM rca_worksheets WHERE id = ?').run(id);
    record({
      action: 'delete',
      entity: 'rca_worksheet',
      entityId: id,
      before: snapshot(before),
      after: null,
    });
    return null;
  });
}
