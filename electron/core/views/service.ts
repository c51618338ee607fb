import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

/** A saved grid view: the renderer's column, filter and sort state under a name, per area. */
export interface SavedView {
  id: number;
  name: string;
  state: unknown;
}

interface Row {
  id: number;
  name: string;
  state: string;
}

const toView = (r: Row): SavedView => ({ id: r.id, name: r.name, state: JSON.parse(r.state) as unknown });

export function listViews(db: Db, area: string): SavedView[] {
  return (db.prepare('SELECT id, name, state FROM saved_views WHERE area = ? ORDER BY name, id').all(area) as Row[]).map(toView);
}

/** Save under a name: a view of that name in the area is replaced (audited as an update), else created. */
export function saveView(db: Db, actor: string, area: string, name: string, state: Record<string, unknown>, now = Date.now()): SavedView {
  return writeTransaction(db, actor, (record) => {
    const existing = db.prepare('SELECT id, name, state FROM saved_views WHERE area = ? AND name = ?').get(area, name) as Row | undefined;
    const json = JSON.stringify(state);
    if (existing) {
      if (existing.state !== json) {
        db.prepare('UPDATE saved_views SET state = ? WHERE id = ?').run(json, existing.id);
        record({ action: 'update', entity: 'saved_view', entityId: existing.id, before: toView(existing), after: { id: existing.id, name, state } });
      }
      return { id: existing.id, name, state };
    }
    const id = Number(
      db.prepare('INSERT INTO saved_views (area, name, state, created_at) VALUES (?, ?, ?, ?)').run(area, name, json, now).lastInsertRowid,
    );
    record({ action: 'create', entity: 'saved_view', entityId: id, before: null, after: { id, area, name, state } });
    return { id, name, state };
  });
}

export function deleteView(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const existing = db.prepare('SELECT id, name, state FROM saved_views WHERE id = ?').get(id) as Row | undefined;
    if (!existing) throw new QmFailure('NOT_FOUND', `Saved view ${id} does not exist.`, { id });
    db.prepare('DELETE FROM saved_views WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'saved_view', entityId: id, before: toView(existing), after: null });
    return null;
  });
}
