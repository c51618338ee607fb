import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';

/*
 * The trigram index over ticket texts (tickets_fts, migration 002) is brought up to date by this explicit step, not by
 * insert triggers: rows above the watermark (archive_index_state.indexed_to) are added in id order, rows whose text
 * changed (archive_dirty, filled by an update trigger) are indexed again. Searches treat both kinds as not indexed
 * and check them with LIKE, so results never depend on when this step last ran - only their speed does.
 */

/** Rows per transaction when indexing many: ~1.5 s of work on two cores, so a cancel is answered quickly. */
const BATCH = 50_000;
/** Searches index this much pending work on the spot; more is left to `refreshArchiveIndex` as a job. */
export const LAZY_LIMIT = 5_000;

export interface ArchiveState {
  indexedTo: number;
  maxId: number;
  dirty: number;
}

export function archiveState(db: Db): ArchiveState {
  const { indexedTo } = db.prepare('SELECT indexed_to AS indexedTo FROM archive_index_state WHERE id = 1').get() as { indexedTo: number };
  const { maxId } = db.prepare('SELECT coalesce(max(id), 0) AS maxId FROM tickets').get() as { maxId: number };
  const { dirty } = db.prepare('SELECT count(*) AS dirty FROM archive_dirty').get() as { dirty: number };
  return { indexedTo, maxId, dirty };
}

/** Re-index rows whose text changed since they were indexed. */
function reindexDirty(db: Db): number {
  const ids = (db.prepare('SELECT ticket_id FROM archive_dirty ORDER BY ticket_id').all() as { ticket_id: number }[]).map((r) => r.ticket_id);
  const forget = db.prepare('DELETE FROM tickets_fts WHERE rowid = ?');
  const add = db.prepare(
    'INSERT INTO tickets_fts (rowid, subject, description, resolution) SELECT id, subject, description, resolution FROM tickets WHERE id = ?',
  );
  const clear = db.prepare('DELETE FROM archive_dirty WHERE ticket_id = ?');
  for (const id of ids) {
    forget.run(id);
    add.run(id);
    clear.run(id);
  }
  return ids.length;
}

const addRange = (db: Db, from: number, to: number): void => {
  db.prepare(
    `INSERT INTO tickets_fts (rowid, subject, description, resolution)
     SELECT id, subject, description, resolution FROM tickets WHERE id > ? AND id <= ? ORDER BY id`,
  ).run(from, to);
  db.prepare('UPDATE archive_index_state SET indexed_to = ? WHERE id = 1').run(to);
};

/** FTS5 reads its configuration commands' values as literals, not parameters; 4 is its default. */
const setAutomerge = (db: Db, on: boolean): void => {
  db.exec(
    on
      ? "INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('automerge', 4)"
      : "INSERT INTO tickets_fts (tickets_fts, rank) VALUES ('automerge', 0)",
  );
};

/**
 * Index everything pending. Each batch commits on its own; a cancel keeps what was indexed. `bulk` (a whole new
 * workspace) leaves merging segments to one pass at the end, which saves about a third of the time.
 */
export async function refreshArchiveIndex(db: Db, job?: JobControl, options: { bulk?: boolean } = {}): Promise<{ indexed: number }> {
  if (options.bulk) setAutomerge(db, false);
  try {
    return await indexPending(db, job);
  } finally {
    if (options.bulk) setAutomerge(db, true);
  }
}

async function indexPending(db: Db, job?: JobControl): Promise<{ indexed: number }> {
  const state = archiveState(db);
  const total = state.maxId - state.indexedTo + state.dirty;
  let done = db.transaction(() => reindexDirty(db))();
  job?.progress('archive', done, total);
  for (let from = state.indexedTo; from < state.maxId; from += BATCH) {
    job?.checkpoint();
    const to = Math.min(state.maxId, from + BATCH);
    db.transaction(() => addRange(db, from, to))();
    done += to - from;
    job?.progress('archive', done, total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { indexed: done };
}

/** Index a little pending work right away (after a few creates or edits); returns false when there is too much. */
export function refreshIfSmall(db: Db): boolean {
  const state = archiveState(db);
  if (state.maxId === state.indexedTo && state.dirty === 0) return true;
  if (state.maxId - state.indexedTo + state.dirty > LAZY_LIMIT) return false;
  db.transaction(() => {
    reindexDirty(db);
    if (state.maxId > state.indexedTo) addRange(db, state.indexedTo, state.maxId);
  })();
  return true;
}

/** Throw the index away and build it again from every ticket. */
export async function rebuildArchiveIndex(db: Db, job?: JobControl): Promise<{ indexed: number }> {
  db.transaction(() => {
    db.prepare("INSERT INTO tickets_fts (tickets_fts) VALUES ('delete-all')").run();
    db.prepare('UPDATE archive_index_state SET indexed_to = 0 WHERE id = 1').run();
    db.prepare('DELETE FROM archive_dirty').run();
  })();
  return refreshArchiveIndex(db, job);
}
