import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../../shared/errors.ts';
import { ImportMapping, type SavedMapping } from '../../../../shared/schemas/importers.ts';
import { writeTransaction } from '../../audit-log/record.ts';
import type { Db } from '../../db/open.ts';
import { checkOutputPath, checkSmallInput } from '../../workspace/output-path.ts';
import { builtInPresets, findPreset } from './presets.ts';

interface Row {
  name: string;
  mapping: string;
  updated_at: number;
}

const fromRow = (r: Row): SavedMapping => ({ name: r.name, builtIn: false, mapping: ImportMapping.parse(JSON.parse(r.mapping)), updatedAt: r.updated_at });

export function listMappings(db: Db): SavedMapping[] {
  const presets = builtInPresets().map((mapping) => ({ name: mapping.name, builtIn: true, mapping, updatedAt: null }));
  const rows = db.prepare('SELECT name, mapping, updated_at FROM import_mappings ORDER BY name').all() as Row[];
  return [...presets, ...rows.map(fromRow)];
}

/** A preset by name, else a saved mapping, else NOT_FOUND. */
export function getMapping(db: Db, name: string): ImportMapping {
  const preset = findPreset(name);
  if (preset) return preset;
  const row = db.prepare('SELECT name, mapping, updated_at FROM import_mappings WHERE name = ?').get(name) as Row | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `No import mapping is named "${name}".`, { name });
  return fromRow(row).mapping;
}

export function saveMapping(db: Db, actor: string, mapping: ImportMapping): SavedMapping {
  if (findPreset(mapping.name)) {
    throw new QmFailure('CONFLICT', `"${mapping.name}" is a built-in preset; save your mapping under another name.`, { name: mapping.name });
  }
  const now = Date.now();
  return writeTransaction(db, actor, (record) => {
    const before = db.prepare('SELECT mapping FROM import_mappings WHERE name = ?').pluck().get(mapping.name) as string | undefined;
    db.prepare(
      'INSERT INTO import_mappings (name, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at',
    ).run(mapping.name, JSON.stringify(mapping), now);
    record({
      action: before === undefined ? 'create' : 'update',
      entity: 'import_mapping',
      entityId: mapping.name,
      before: before === undefined ? null : JSON.parse(before),
      after: mapping,
    });
    return { name: mapping.name, builtIn: false, mapping, updatedAt: now };
  });
}

export function deleteMapping(db: Db, actor: string, name: string): null {
  if (findPreset(name)) throw new QmFailure('CONFLICT', `"${name}" is a built-in preset and cannot be deleted.`, { name });
  return writeTransaction(db, actor, (record) => {
    const before = db.prepare('SELECT mapping FROM import_mappings WHERE name = ?').pluck().get(name) as string | undefined;
    if (before === undefined) throw new QmFailure('NOT_FOUND', `No import mapping is named "${name}".`, { name });
    db.prepare('DELETE FROM import_mappings WHERE name = ?').run(name);
    record({ action: 'delete', entity: 'import_mapping', entityId: name, before: JSON.parse(before), after: null });
    return null;
  });
}

/** Write a mapping as pretty JSON (the documented file format); an existing file is replaced. */
export function exportMapping(db: Db, name: string, file: string): { path: string } {
  const target = checkOutputPath(file, '.json', [db.name]);
  const mapping = getMapping(db, name);
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.writeFileSync(temp, `${JSON.stringify(mapping, null, 2)}\n`, 'utf8');
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new QmFailure('IO_ERROR', `Cannot write ${target}: ${(err as Error).message}`, { path: target });
  }
  return { path: target };
}

const MAX_MAPPING_FILE = 1024 * 1024;

/** Read a mapping JSON file and check it against the schema. */
export function readMappingFile(file: string): ImportMapping {
  const source = checkSmallInput(file, MAX_MAPPING_FILE);
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8').replace(/^\ufeff/, '');
  } catch (err) {
    if (err instanceof QmFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new QmFailure('FILE_NOT_FOUND', `${source} does not exist.`, { path: source });
    throw new QmFailure('IO_ERROR', `Cannot read ${source}: ${(err as Error).message}`, { path: source });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new QmFailure('INVALID_INPUT', `${path.basename(source)} is not valid JSON: ${(err as Error).message}`, { path: source });
  }
  const parsed = ImportMapping.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new QmFailure('INVALID_INPUT', `${path.basename(source)} is not an import mapping: ${issues}`, { path: source });
  }
  return parsed.data;
}
