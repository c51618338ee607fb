import type { Statement } from 'better-sqlite3';
import { quoteIdentifier } from '../db/identifiers.ts';
import type { Db } from '../db/open.ts';
import type { CategoryRow } from './categories.ts';
import type { ProductRow } from './products.ts';
import type { CustomerSink } from './customers.ts';
import type { Org } from './org.ts';

/**
 * The demo is written into a private temporary file that is renamed into place only when complete, so neither a
 * durable journal nor fsync buys anything while it is filled: a crash or cancel simply discards the file.
 */
export function bulkPragmas(db: Db): void {
  // OFF would be cheaper still, but better-sqlite3's defensive mode refuses it; a memory journal costs little
  // because pages appended by a transaction are not journaled.
  const mode = db.pragma('journal_mode = MEMORY', { simple: true });
  if (mode !== 'memory') throw new Error(`could not leave ${String(mode)} journal mode for the bulk load`);
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072'); // 128 MiB
  db.pragma('temp_store = MEMORY');
  db.pragma('threads = 2'); // lets CREATE INDEX sort with a helper thread
  // Rows are generated consistent by construction (the tests run foreign_key_check); checking every insert is slow.
  db.pragma('foreign_keys = OFF');
}

export function writeOrg(db: Db, org: Org): void {
  const outlet = db.prepare(
    'INSERT INTO outlets (id, code, name, city, region, active) VALUES (?, ?, ?, ?, ?, 1)',
  );
  for (const o of org.outlets) outlet.run(o.id, o.code, o.name, o.city, o.region);
  const team = db.prepare('INSERT INTO teams (id, code, name, department, outlet_id) VALUES (?, ?, ?, ?, ?)');
  for (const t of org.teams) team.run(t.id, t.code, t.name, t.department, t.outletId);
  const staff = db.prepare(
    'INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, skills, hire_date, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)',
  );
  for (const s of org.staff)
    staff.run(s.id, s.employeeNo, s.name, s.role, s.teamId, s.outletId, s.skills, s.hireDate);
}

export function writeCatalog(
  db: Db,
  products: readonly ProductRow[],
  categories: readonly CategoryRow[],
): void {
  const product = db.prepare('INSERT INTO products (id, code, name, line) VALUES (?, ?, ?, ?)');
  for (const p of products) product.run(p.id, p.code, p.name, p.line);
  const category = db.prepare(
    'INSERT INTO categories (id, parent_id, code, name_zh, name_en, sort) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const c of categories) category.run(c.id, c.parentId, c.code, c.zh, c.en, c.sort);
}

/** Customer rows through a multi-row insert; call `flush` after the last one. */
export function customerWriter(db: Db): { sink: CustomerSink; flush: () => void } {
  const insert = new BulkInsert(db, 'customers', ['code', 'name', 'phone', 'city', 'segment']);
  const b = insert.buffer;
  const sink: CustomerSink = (code, name, phone, city, segment) => {
    const at = insert.slot();
    b[at] = code;
    b[at + 1] = name;
    b[at + 2] = phone;
    b[at + 3] = city;
    b[at + 4] = segment;
    insert.commitRow();
  };
  return { sink, flush: () => insert.flush() };
}

/**
 * Secondary indexes of a table, dropped before a bulk load and rebuilt after it: building each from the loaded
 * table took a sixth less time than maintaining all of them row by row (400k tickets, 18 indexes). Read from
 * sqlite_schema, so indexes added by later migrations are rebuilt too; UNIQUE constraints stay (ticket numbers
 * arrive in order anyway). Returns the statements that recreate them.
 */
export function detachIndexes(db: Db, table: string): string[] {
  const rows = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
    )
    .all(table) as { name: string; sql: string }[];
  for (const r of rows) db.exec('DROP INDEX ' + quoteIdentifier(r.name));
  return rows.map((r) => r.sql);
}

/**
 * A multi-row INSERT (fewer crossings into SQLite per row) for bulk loads: the caller fills `buffer` in place from
 * `slot()` and calls `commitRow()`. Table and column names are code constants; values are always bound.
 */
export class BulkInsert {
  readonly buffer: unknown[];
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly width: number;
  private filled = 0;

  constructor(
    db: Db,
    table: string,
    columns: readonly string[],
    private readonly rowsPerStatement = 64,
  ) {
    this.width = columns.length;
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES `;
    const manySql = head + Array.from({ length: rowsPerStatement }, () => row).join(', ');
    this.many = db.prepare(manySql);
    this.one = db.prepare(head + row);
    this.buffer = new Array<unknown>(rowsPerStatement * this.width).fill(null);
  }

  slot(): number {
    return this.filled * this.width;
  }

  commitRow(): void {
    if (++this.filled === this.rowsPerStatement) {
      this.many.run(this.buffer);
      this.filled = 0;
    }
  }

  flush(): void {
    for (let r = 0; r < this.filled; r++)
      this.one.run(this.buffer.slice(r * this.width, (r + 1) * this.width));
    this.filled = 0;
  }
}
