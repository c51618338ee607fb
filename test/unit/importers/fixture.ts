import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ImportMapping, ImportSummary } from '../../../shared/schemas/importers.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { findPreset } from '../../../electron/core/importers/mapping/presets.ts';
import { runImport, type ImportRequest } from '../../../electron/core/importers/run.ts';
import type { JobControl } from '../../../electron/core/jobs/registry.ts';
import { createWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';

/** A fresh workspace file with a little reference data (codes and names the import files below refer to). */
export function workspace(): { file: string; dir: string } {
  const dir = tempDir('qm-import-');
  const file = path.join(dir, 'ws.sqlite');
  const { db } = createWorkspaceFile(file);
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'BJ01', '北京朝阳网点', '北京', '华北');
    INSERT INTO teams (id, code, name, department, outlet_id) VALUES (1, 'SH-CS', '上海客服组', 'customer_service', 1);
    INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, hire_date) VALUES (1, 'E001', '李娜', 'agent', 1, 1, '2024-03-01');
    INSERT INTO customers (id, code, name, phone, city, segment) VALUES (1, 'C001', '张伟', '13800000001', '上海', 'regular');
    INSERT INTO products (id, code, name, line) VALUES (1, 'KFR-35GW/A1', '1.5匹变频挂机', 'air_conditioner');
    INSERT INTO categories (id, parent_id, code, name_zh, name_en, sort) VALUES
      (1, NULL, 'fault', '产品故障', 'Product fault', 1), (2, 1, 'fault.no_cooling', '不制冷', 'No cooling', 1);
  `);
  db.close();
  return { file, dir };
}

export const HEADER = 'external_id,channel,type,category,tier,outlet,customer,subject,description,status,created_at,resolved_at,csat';

/** A valid row of HEADER with some cells replaced. */
export function row(over: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    external_id: 'T1',
    channel: 'phone',
    type: 'repair',
    category: 'fault.no_cooling',
    tier: '3',
    outlet: 'SH01',
    customer: 'C001',
    subject: '空调不制冷',
    description: '开机后出热风',
    status: 'resolved',
    created_at: '2025-03-01 09:00:00',
    resolved_at: '2025-03-01 15:00:00',
    csat: '5',
    ...over,
  };
  return HEADER.split(',')
    .map((h) => cells[h] ?? '')
    .join(',');
}

export function generic(): ImportMapping {
  return findPreset('generic')!;
}

export function writeData(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export const noJob: JobControl = { jobId: 'test-job', checkpoint: () => undefined, progress: () => undefined };

export async function importFile(
  ws: string,
  data: string,
  options: Partial<Omit<ImportRequest, 'workspacePath' | 'path'>> = {},
  job: JobControl = noJob,
): Promise<ImportSummary> {
  const outcome = await runImport(
    { workspacePath: ws, actor: 'tester', path: data, mapping: generic(), dryRun: false, skipInvalid: true, errorReportPath: null, ...options },
    job,
  );
  return outcome.summary;
}

/** Import expecting a whole-file failure; returns its importError kind (or error code). */
export async function importFails(ws: string, data: string, options: Partial<Omit<ImportRequest, 'workspacePath' | 'path'>> = {}): Promise<string> {
  try {
    await importFile(ws, data, options);
  } catch (err) {
    expect(err).toBeInstanceOf(QmFailure);
    const f = err as QmFailure;
    return String(f.details?.['importError'] ?? f.code);
  }
  throw new Error('the import was expected to fail');
}

export function withDb<T>(file: string, read: (db: Db) => T): T {
  const db = openDatabase(file, { mustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Everything an import could change, to compare before and after. */
export function snapshot(file: string): unknown {
  return withDb(file, (db) => ({
    tickets: db.prepare('SELECT * FROM tickets ORDER BY id').raw().all(),
    customers: db.prepare('SELECT * FROM customers ORDER BY id').raw().all(),
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    indexes: db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").pluck().all(),
  }));
}

/** GB18030 bytes of a string: Node decodes GB18030 but has no encoder, so the encoder is built from the decoder. */
export function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
