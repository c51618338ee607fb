import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from './open.ts';

/**
 * Migrations live beside this module in source and are copied beside the bundle by the build
 * (electron.vite.config.ts), so the same lookup works under tsx, vitest and Electron.
 */
export const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql'));
  const migrations = files.map((file) => {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`migration file name not understood: ${file}`);
    return { version: Number(match[1]), name: match[2] ?? '', sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 001, 002, … without gaps; found ${m.version} at ${i + 1}`);
  });
  return migrations;
}

export const latestVersion = (migrations: Migration[] = loadMigrations()): number => migrations.length;

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Bring the file up to the newest schema. Each migration runs in its own transaction together with the version
 * bump, so a crash leaves the file at a whole version. A file written by a newer build is refused, never downgraded.
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations(), upTo?: number): number {
  const target = upTo ?? migrations.length;
  const current = assertNotNewer(db, migrations);
  for (const m of migrations.slice(current, target)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}

/** The file's schema version, or WORKSPACE_TOO_NEW when a newer build wrote it. */
export function assertNotNewer(db: Db, migrations: Migration[] = loadMigrations()): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new QmFailure(
      'WORKSPACE_TOO_NEW',
      `This workspace was written by a newer version of the console (schema ${current}; this version knows up to ${migrations.length}). Update the console to open it.`,
      { fileVersion: current, supportedVersion: migrations.length },
    );
  }
  return current;
}
