import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import { ensureStarterLibrary } from '../audits/library.ts';
import { assertNotNewer, migrate } from '../db/migrate.ts';
import { userTables } from '../db/identifiers.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { noteQuickCheck } from './info.ts';

/** Marks a SQLite file as a console workspace ('QMC1'), so other SQLite files are not mistaken for one. */
export const APPLICATION_ID = 0x514d4331;

export interface OpenedFile {
  db: Db;
  path: string;
  schemaVersion: number;
}

function openChecked(file: string, options: { mustExist: boolean; readonly?: boolean }): Db {
  let db: Db;
  try {
    db = openDatabase(file, options);
  } catch (err) {
    throw asFileFailure(err, file);
  }
  try {
    db.pragma('schema_version'); // reads the header: fails here for a file that is not SQLite
  } catch (err) {
    db.close();
    throw asFileFailure(err, file);
  }
  return db;
}

function asFileFailure(err: unknown, file: string): QmFailure {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new QmFailure('WORKSPACE_INVALID', `${file} is not a console workspace (not a SQLite database).`, { path: file });
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new QmFailure('IO_ERROR', `Cannot open ${file}: check that the folder exists and is writable.`, { path: file });
  }
  return new QmFailure('IO_ERROR', `Cannot open ${file}: ${(err as Error).message}`, { path: file });
}

/** Create a new workspace file; refuses to touch an existing file. */
export function createWorkspaceFile(file: string): OpenedFile {
  const resolved = path.resolve(file);
  if (fs.existsSync(resolved)) {
    throw new QmFailure('FILE_EXISTS', `${resolved} already exists; choose another name or open it instead.`, { path: resolved });
  }
  if (!fs.existsSync(path.dirname(resolved))) {
    throw new QmFailure('FILE_NOT_FOUND', `The folder ${path.dirname(resolved)} does not exist.`, { path: path.dirname(resolved) });
  }
  const db = openChecked(resolved, { mustExist: false });
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const version = migrate(db);
    ensureStarterLibrary(db);
    return { db, path: resolved, schemaVersion: version };
  } catch (err) {
    db.close();
    fs.rmSync(resolved, { force: true });
    throw err;
  }
}

/** What the checks at opening learned: the resolved path, whether it is an empty SQLite file, its schema version. */
export interface InspectedFile {
  path: string;
  fresh: boolean;
  schemaVersion: number;
}

/**
 * Check an existing workspace without changing it: it must be SQLite, carry our application id (or be empty), pass
 * a quick integrity check, and not come from a newer version. The checks run on a read-only connection, so a file
 * that is refused is left exactly as it was.
 */
export function inspectWorkspaceFile(file: string): InspectedFile {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) {
    throw new QmFailure('FILE_NOT_FOUND', `${resolved} does not exist.`, { path: resolved });
  }
  const inspect = openChecked(resolved, { mustExist: true, readonly: true });
  try {
    const appId = inspect.pragma('application_id', { simple: true }) as number;
    const fresh = appId === 0 && userTables(inspect).length === 0;
    if (appId !== APPLICATION_ID && !fresh) {
      throw new QmFailure('WORKSPACE_INVALID', `${resolved} is a SQLite file but not a console workspace.`, { path: resolved });
    }
    const check = inspect.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') {
      throw new QmFailure('WORKSPACE_DAMAGED', `${resolved} is damaged (${check}).`, { path: resolved, check });
    }
    return { path: resolved, fresh, schemaVersion: assertNotNewer(inspect) };
  } catch (err) {
    throw err instanceof QmFailure ? err : asFileFailure(err, resolved);
  } finally {
    inspect.close();
  }
}

/** Open a file that passed inspectWorkspaceFile for writing and migrate it forward. */
export function openInspected(inspected: InspectedFile): OpenedFile {
  const db = openChecked(inspected.path, { mustExist: true });
  noteQuickCheck(db, 'ok');
  try {
    if (inspected.fresh) db.pragma(`application_id = ${APPLICATION_ID}`);
    const version = migrate(db);
    ensureStarterLibrary(db);
    return { db, path: inspected.path, schemaVersion: version };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Open an existing workspace: inspect it, then open it for writing and migrate it forward. */
export function openWorkspaceFile(file: string): OpenedFile {
  return openInspected(inspectWorkspaceFile(file));
}
