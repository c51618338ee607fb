import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * The app points this at a better-sqlite3 build for its own ABI (Electron) so the Node build in node_modules
 * keeps serving tests and the CLI; see electron/launch/native.mjs.
 */
const nativeBinding = (): string | undefined => process.env['QM_SQLITE_BINDING'] || undefined;

/** Open a SQLite file with the pragmas every workspace runs under. */
export function openDatabase(file: string, options: { readonly?: boolean; mustExist?: boolean } = {}): Db {
  const binding = nativeBinding();
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.mustExist ?? false,
    ...(binding ? { nativeBinding: binding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}
