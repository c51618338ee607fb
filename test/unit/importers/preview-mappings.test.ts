import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QmFailure } from '../../../shared/errors.ts';
import { ImportMapping } from '../../../shared/schemas/importers.ts';
import { deleteMapping, exportMapping, getMapping, listMappings, readMappingFile, saveMapping } from '../../../electron/core/importers/mapping/store.ts';
import { previewImport } from '../../../electron/core/importers/preview.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { findPreset } from '../../../electron/core/importers/mapping/presets.ts';
import { generic, HEADER, importFile, row, workspace, withDb, writeData } from './fixture.ts';

async function preview<T>(file: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(file, { mustExist: true });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

describe('import preview', () => {
  it('shows encoding, delimiter, columns, the suggested preset and converted values with row errors', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'p.csv', `\ufeff${HEADER.replaceAll(',', ';')}\n${row({ customer: 'NEW1' }).replaceAll(',', ';')}\n${row({ external_id: 'T2', tier: 'x' }).replaceAll(',', ';')}\n`);
    const p = await preview(file, (db) => previewImport(db, data, null, 20));
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', suggestedPreset: 'generic', mappingProblem: null });
    expect(p.columns).toEqual(HEADER.split(','));
    expect(p.rows[0]!.values).toMatchObject({ channel: 'phone', tier: 3, outlet: 1, category: 2, customer: 'NEW1 (new)' });
    expect(p.rows[0]!.errors).toEqual([]);
    expect(p.rows[1]).toMatchObject({ row: 3, errors: [{ row: 3, column: 'tier', value: 'x' }] });
    expect(withDb(file, (db) => db.prepare("SELECT count(*) FROM customers WHERE code = 'NEW1'").pluck().get())).toBe(0);
  });

  it('suggests the Zendesk preset for a Zendesk export and reports a mapping that does not fit instead of failing', async () => {
    const { file, dir } = workspace();
    const data = writeData(
      dir,
      'zendesk.csv',
      'Id,Requester,Requester id,Subject,Status,Priority,Via,Ticket type,Created at,Solved at\n101,张伟,C001,空调不制冷,solved,high,Phone call (inbound),incident,2025-03-01 09:00,2025-03-01 11:00\n',
    );
    const p = await preview(file, (db) => previewImport(db, data, null, 20));
    expect(p.suggestedPreset).toBe('zendesk');
    expect(p.rows[0]!.errors).toEqual([]);
    expect(p.rows[0]!.values).toMatchObject({ status: 'resolved', tier: 2, channel: 'phone', type: 'repair', customer: 'C001' });
    const wrong = await preview(file, (db) => previewImport(db, data, generic(), 20));
    expect(wrong.mappingProblem).toMatch(/not in the file/);
    expect(wrong.rows[0]!.values).toEqual({});
  });
});

describe('import presets', () => {
  it('imports a Freshdesk-style export with the freshdesk preset (its value maps, optional columns absent)', async () => {
    const { file, dir } = workspace();
    const data = writeData(
      dir,
      'freshdesk.csv',
      'Ticket ID,Subject,Description,Status,Priority,Source,Type,Contact ID,Full name,Created time,Resolved time\n' +
        '9001,Remote not working,Buttons dead,Resolved,Urgent,Portal,Incident,FD-77,Ann Lee,2025-03-01 09:00:00,2025-03-01 10:00:00\n' +
        '9002,Refund please,,Waiting on Customer,Low,Email,Refund,C001,,2025-03-02 09:00:00,\n',
    );
    const s = await importFile(file, data, { mapping: findPreset('freshdesk')! });
    expect(s).toMatchObject({ inserted: 2, rejected: 0, customersCreated: 1 });
    expect(withDb(file, (db) => db.prepare('SELECT external_id, status, tier, channel, type FROM tickets ORDER BY id').raw().all())).toEqual([
      ['9001', 'resolved', 1, 'web', 'repair'],
      ['9002', 'pending_customer', 4, 'email', 'complaint'],
    ]);
    expect(withDb(file, (db) => db.prepare("SELECT name, segment FROM customers WHERE code = 'FD-77'").get())).toEqual({ name: 'Ann Lee', segment: 'regular' });
  });
});

describe('import mappings', () => {
  it('lists presets first, saves, replaces, exports, reads back and deletes user mappings with audit entries', () => {
    const { file, dir } = workspace();
    withDb(file, (db) => {
      expect(listMappings(db).map((m) => [m.name, m.builtIn])).toEqual([
        ['generic', true],
        ['zendesk', true],
        ['freshdesk', true],
      ]);
      const mine = { name: '我的CRM', timeZone: 'Asia/Shanghai', fields: { subject: { column: '主题' }, tier: { column: '优先级', valueMap: { 高: '1' } } } };
      saveMapping(db, 'tester', mine);
      saveMapping(db, 'tester', { ...mine, fields: { ...mine.fields, status: { column: '状态' } } });
      expect(getMapping(db, '我的CRM').fields.status).toEqual({ column: '状态' });
      const out = exportMapping(db, '我的CRM', path.join(dir, 'mine.json')).path;
      expect(readMappingFile(out)).toEqual(getMapping(db, '我的CRM'));
      deleteMapping(db, 'tester', '我的CRM');
      expect(listMappings(db)).toHaveLength(3);
      expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'import_mapping' ORDER BY id").pluck().all()).toEqual(['create', 'update', 'delete']);
      expect(() => saveMapping(db, 'tester', { ...mine, name: 'zendesk' })).toThrow(QmFailure);
      expect(() => deleteMapping(db, 'tester', 'generic')).toThrow(/built-in/);
    });
  });

  it('refuses a mapping file that is not JSON or not a mapping, naming the problem', () => {
    const { dir } = workspace();
    expect(() => readMappingFile(writeData(dir, 'a.json', '{ nope'))).toThrow(/not valid JSON/);
    expect(() => readMappingFile(writeData(dir, 'b.json', JSON.stringify({ name: 'x', fields: { subjet: { column: 'a' } } })))).toThrow(/not an import mapping/);
  });

  it('ships presets that satisfy the schema', () => {
    const folder = path.resolve('resources/import-presets');
    for (const f of fs.readdirSync(folder)) {
      expect(ImportMapping.safeParse(JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8'))).success).toBe(true);
    }
  });
});
