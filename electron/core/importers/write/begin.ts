import { QmFailure } from '../../../../shared/errors.ts';
import type { Db } from '../../db/open.ts';

/** Take the write lock for an import; a workspace busy with another import or bulk job is a conflict, not an internal error. */
export function beginImport(db: Db): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new QmFailure('CONFLICT', 'Another import or bulk job is writing to this workspace; try again when it has finished.');
    }
    throw err;
  }
}
