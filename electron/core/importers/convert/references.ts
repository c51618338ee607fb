import type { Statement } from 'better-sqlite3';
import type { RowErrorCode, RowErrorParams } from '../../../../shared/schemas/importers.ts';
import type { Db } from '../../db/open.ts';

/** A value that could not be converted: the English reason, and the code and params the catalogs word it from. */
export class Bad {
  constructor(
    readonly reason: string,
    readonly code: RowErrorCode,
    readonly params: RowErrorParams = {},
  ) {}
}

export type RefKind = 'category' | 'outlet' | 'team' | 'assignee' | 'product';

/* Fixed SQL per kind: code column first, then the name columns a value may match. */
const SOURCES: Record<RefKind, { sql: string; noun: string }> = {
  category: { sql: 'SELECT id, code, name_zh AS a, name_en AS b FROM categories', noun: 'category' },
  outlet: { sql: 'SELECT id, code, name AS a, NULL AS b FROM outlets', noun: 'outlet' },
  team: { sql: 'SELECT id, code, name AS a, NULL AS b FROM teams', noun: 'team' },
  assignee: { sql: 'SELECT id, employee_no AS code, name AS a, NULL AS b FROM staff', noun: 'staff member' },
  product: { sql: 'SELECT id, code, name AS a, NULL AS b FROM products', noun: 'product' },
};

/**
 * Matches reference values by code, then by name (categories: Chinese or English name), exactly and then ignoring
 * case. These tables are small (hundreds of rows), so they are read once into maps; each distinct value is then
 * resolved once. A name shared by two records is refused rather than guessed.
 */
export class ReferenceTable {
  private readonly byCode = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly resolved = new Map<string, number | Bad>();

  constructor(
    db: Db,
    private readonly kind: RefKind,
  ) {
    const rows = db.prepare(SOURCES[kind].sql).all() as { id: number; code: string; a: string | null; b: string | null }[];
    for (const r of rows) {
      this.byCode.set(r.code, r.id);
      if (!this.byCode.has(r.code.toLowerCase())) this.byCode.set(r.code.toLowerCase(), r.id);
      for (const name of new Set([r.a, r.b, r.a?.toLowerCase(), r.b?.toLowerCase()])) {
        if (!name) continue;
        const ids = this.byName.get(name) ?? [];
        if (!ids.includes(r.id)) ids.push(r.id);
        this.byName.set(name, ids);
      }
    }
  }

  resolve(value: string): number | Bad {
    let hit = this.resolved.get(value);
    if (hit === undefined) {
      hit = this.lookup(value);
      this.resolved.set(value, hit);
    }
    return hit;
  }

  private lookup(value: string): number | Bad {
    const noun = SOURCES[this.kind].noun;
    const code = this.byCode.get(value) ?? this.byCode.get(value.toLowerCase());
    if (code !== undefined) return code;
    const ids = this.byName.get(value) ?? this.byName.get(value.toLowerCase()) ?? [];
    if (ids.length === 1) return ids[0]!;
    const field = this.kind;
    if (ids.length > 1) return new Bad(`the ${noun} name "${value}" matches ${ids.length} records; use the code instead`, 'ambiguousReference', { field, value, count: ids.length });
    return new Bad(`unknown ${noun} "${value}" (no ${noun} has this code or name)`, 'unknownReference', { field, value });
  }
}

export const SEGMENTS = ['vip', 'regular'] as const;

/**
 * Customers are matched by code only: names are not unique (two 张伟 are two people) and the table can hold
 * hundreds of thousands of rows, so it is not preloaded; each distinct code is looked up once. Unknown codes are
 * created by the writer, after their row passed validation, so a rejected row never leaves a customer behind.
 */
export class CustomerBook {
  private readonly known = new Map<string, number | null>();
  private readonly find: Statement;
  private readonly insert: Statement;
  created = 0;

  constructor(db: Db) {
    this.find = db.prepare('SELECT id FROM customers WHERE code = ?').pluck();
    this.insert = db.prepare('INSERT INTO customers (code, name, segment) VALUES (?, ?, ?)');
  }

  /** Id of an existing (or already created) customer, or null when the code is new. */
  lookup(code: string): number | null {
    let id = this.known.get(code);
    if (id === undefined) {
      id = (this.find.get(code) as number | undefined) ?? null;
      this.known.set(code, id);
    }
    return id;
  }

  create(code: string, name: string, segment: string): number {
    const existing = this.lookup(code);
    if (existing !== null) return existing;
    const id = Number(this.insert.run(code, name, segment).lastInsertRowid);
    this.known.set(code, id);
    this.created++;
    return id;
  }

  /** After a rollback the created customers are gone: forget them. */
  forgetCreated(): void {
    for (const [code] of this.known) this.known.delete(code);
    this.created = 0;
  }
}
