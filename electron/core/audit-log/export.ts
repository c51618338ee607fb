import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { checkOutputPath } from '../workspace/output-path.ts';
import { csvField } from '../tickets/export-format.ts';
import { zoneOffsetMs } from '../../../shared/domain/zoned-time.ts';

const HEADER = ['id', 'at_utc', 'at_local', 'actor', 'action', 'entity', 'entity_id', 'before', 'after'];

interface Row {
  id: number;
  at: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

/**
 * Write the audit entries of [from, to) to a CSV file (UTF-8 with BOM, for Excel), oldest first, with the time in
 * UTC and in the workspace's zone. Cells that a spreadsheet would run as formulas are defused by csvField. The file
 * is written under a temp name and renamed when complete.
 */
export function exportAudit(db: Db, from: number, to: number, file: string): { path: string; rows: number } {
  if (to <= from) throw new QmFailure('INVALID_INPUT', 'The period must end after it starts.', { from, to });
  const target = checkOutputPath(file, '.csv', [db.name]);
  if (!fs.existsSync(path.dirname(target))) {
    throw new QmFailure('FILE_NOT_FOUND', `The folder ${path.dirname(target)} does not exist.`, { path: path.dirname(target) });
  }
  const { timeZone } = getSettings(db);
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let rows = 0;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, `\uFEFF${HEADER.join(',')}\r\n`);
      const select = db.prepare(
        'SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log WHERE at >= ? AND at < ? ORDER BY id',
      );
      let lines: string[] = [];
      for (const r of select.iterate(from, to) as IterableIterator<Row>) {
        const cells = [r.id, new Date(r.at).toISOString(), { localMs: r.at + zoneOffsetMs(timeZone, r.at) }, r.actor, r.action, r.entity, r.entity_id, r.before, r.after];
        lines.push(cells.map((c) => csvField(c)).join(','));
        rows++;
        if (lines.length >= 1000) {
          fs.writeSync(fd, `${lines.join('\r\n')}\r\n`);
          lines = [];
        }
      }
      if (lines.length > 0) fs.writeSync(fd, `${lines.join('\r\n')}\r\n`);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof QmFailure) throw err;
    throw new QmFailure('IO_ERROR', `Cannot write ${target}: ${(err as Error).message}`, { path: target });
  }
  return { path: target, rows };
}
