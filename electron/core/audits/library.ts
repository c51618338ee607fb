import fs from 'node:fs';
import path from 'node:path';
import { TemplateFields } from '../../../shared/schemas/audits.ts';
import type { Db } from '../db/open.ts';
import { insertTemplate } from './templates.ts';

/**
 * The starter scorecards shipped as JSON in resources/scorecards. The folder is found by walking up from this
 * module, so the same lookup works from source (tsx, vitest) and from the bundle in out/main.
 */
function libraryDir(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', 'scorecards');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('resources/scorecards not found');
  }
}

export function starterLibrary(): TemplateFields[] {
  const dir = libraryDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => TemplateFields.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

const FLAG = 'starter_library_loaded';
/**
 * Load the starter library into a workspace once (new or migrated to this version). The flag is kept in the same
 * transaction, so a template the user renames later is not brought back on the next open. Like the holidays a
 * migration preloads, this is the workspace's initial content rather than someone's change, so it is not logged.
 */
export function ensureStarterLibrary(db: Db, now = Date.now()): void {
  if (db.prepare('SELECT 1 FROM audit_settings WHERE key = ?').get(FLAG)) return;
  const library = starterLibrary();
  db.transaction(() => {
    for (const fields of library) {
      if (db.prepare('SELECT 1 FROM scorecard_templates WHERE code = ?').get(fields.code)) continue;
      insertTemplate(db, fields, 1, now);
    }
    db.prepare('INSERT INTO audit_settings (key, value) VALUES (?, ?)').run(FLAG, 'true');
  }).immediate();
}
