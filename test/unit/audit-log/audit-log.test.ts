import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/audit-log/list.ts';
import { recordChange, writeTransaction } from '../../../electron/core/audit-log/record.ts';
import { countRows } from '../../../electron/core/db/identifiers.ts';
import { createWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';

const workspace = () => createWorkspaceFile(path.join(tempDir(), 'w.sqlite')).db;
const count = (db: ReturnType<typeof workspace>, table: 'outlets' | 'audit_log') =>
  countRows(db, table);

describe('audit log', () => {
  it('is written in the same transaction as the change, with who, when, before and after', () => {
    const db = workspace();
    writeTransaction(db, 'wang.li', (record) => {
      const id = db.prepare("INSERT INTO outlets (code, name, city, region) VALUES ('SH01', '上海一店', '上海', '华东')").run().lastInsertRowid;
      record({ action: 'create', entity: 'outlet', entityId: Number(id), before: null, after: { code: 'SH01' } });
    });
    const [entry] = listAudit(db, { limit: 10 });
    expect(entry).toMatchObject({ actor: 'wang.li', action: 'create', entity: 'outlet', before: null, after: { code: 'SH01' } });
    expect(Math.abs(entry!.at - Date.now())).toBeLessThan(10_000);
    db.close();
  });

  it('rolls back with the change: a failing write leaves neither the row nor the entry', () => {
    const db = workspace();
    expect(() =>
      writeTransaction(db, 'wang.li', (record) => {
        db.prepare("INSERT INTO outlets (code, name, city, region) VALUES ('SH01', 'x', '上海', '华东')").run();
        record({ action: 'create', entity: 'outlet', entityId: 1, before: null, after: {} });
        throw new Error('validation failed after the insert');
      }),
    ).toThrow(/validation failed/);
    expect(count(db, 'outlets')).toBe(0);
    expect(count(db, 'audit_log')).toBe(0);
    db.close();
  });

  it('refuses entries outside a transaction, so nothing is logged apart from its change', () => {
    const db = workspace();
    expect(() => recordChange(db, 'x', { action: 'update', entity: 'e', entityId: 1, before: 1, after: 2 })).toThrow(/inside the transaction/);
    db.close();
  });

  it('cannot be edited or deleted, even with raw SQL', () => {
    const db = workspace();
    writeTransaction(db, 'a', (record) => record({ action: 'update', entity: 'e', entityId: 1, before: 1, after: 2 }));
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(listAudit(db, { limit: 5 })[0]!.actor).toBe('a');
    db.close();
  });

  it('lists newest first and filters by entity and id', () => {
    const db = workspace();
    for (let i = 1; i <= 5; i++) {
      writeTransaction(db, 'a', (record) => record({ action: 'update', entity: i % 2 ? 'odd' : 'even', entityId: i, before: null, after: i }));
    }
    expect(listAudit(db, { limit: 10 }).map((e) => e.after)).toEqual([5, 4, 3, 2, 1]);
    expect(listAudit(db, { entity: 'odd', limit: 10 }).map((e) => e.entityId)).toEqual(['5', '3', '1']);
    expect(listAudit(db, { entity: 'odd', entityId: '3', limit: 10 })).toHaveLength(1);
    const firstPage = listAudit(db, { limit: 2 });
    expect(listAudit(db, { limit: 2, beforeId: firstPage[1]!.id }).map((e) => e.after)).toEqual([3, 2]);
    db.close();
  });
});
