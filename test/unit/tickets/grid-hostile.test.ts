import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/open.ts';
import { HOUR, ticket, ticketWorkspace } from './workspace.ts';

// Hostile grid input must stop at the contract (zod) or at the column whitelist with INVALID_INPUT, or be bound
// as a value - never reach SQL text. Each case checks that the tickets table is still there with the same rows.

const INJECTION = 'name; DROP TABLE tickets; --';
const QUOTED = "x'); DROP TABLE tickets; --";

function tableState(db: Db): { exists: boolean; rows: number } {
  const exists = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'tickets'").pluck().get() === 1;
  return { exists, rows: exists ? (db.prepare('SELECT count(*) FROM tickets').pluck().get() as number) : -1 };
}

async function hostileWorkspace() {
  const ws = await ticketWorkspace();
  ws.add({ subject: '空调不制冷' });
  const created = ticket().createdAt;
  ws.add({ subject: "O'Brien 100% _done_", status: 'closed', resolvedAt: created + HOUR, closedAt: created + 2 * HOUR });
  const query = (q: unknown, range = { startRow: 0, endRow: 100 }) => ws.dispatch('tickets.query', { query: q, ...range });
  return { ...ws, query, before: tableState(ws.db) };
}

describe('grid query: hostile input', () => {
  it.each([
    ['a sort column that is SQL', { sort: [{ colId: INJECTION, sort: 'asc' }] }],
    ['a sort column that is a real table column outside the whitelist', { sort: [{ colId: 'description', sort: 'asc' }] }],
    ['a sort direction that is SQL', { sort: [{ colId: 'id', sort: 'asc; DROP TABLE tickets' }] }],
    ['a sort entry with extra keys', { sort: [{ colId: 'id', sort: 'asc', expr: '1; DROP TABLE tickets' }] }],
    ['more than three sort keys', { sort: Array.from({ length: 4 }, () => ({ colId: 'id', sort: 'asc' })) }],
    ['a filter on an unknown column', { filter: { [INJECTION]: { filterType: 'text', type: 'contains', filter: 'x' } } }],
    ['a filter on a hidden column', { filter: { updated_at: { filterType: 'number', type: 'equals', filter: 1 } } }],
    ['an unknown filter type', { filter: { subject: { filterType: 'sql', type: 'contains', filter: 'x' } } }],
    ['an unknown text operator', { filter: { subject: { filterType: 'text', type: 'glob', filter: 'x' } } }],
    ['a number filter with a string', { filter: { csat: { filterType: 'number', type: 'equals', filter: '1 OR 1=1' } } }],
    ['a number filter with infinity', { filter: { csat: { filterType: 'number', type: 'lessThan', filter: Number.POSITIVE_INFINITY } } }],
    ['a set filter with numbers instead of strings', { filter: { status: { filterType: 'set', values: [1, 2] } } }],
    ['a huge text filter', { filter: { subject: { filterType: 'text', type: 'contains', filter: 'x'.repeat(10_000) } } }],
    ['a huge set', { filter: { status: { filterType: 'set', values: Array.from({ length: 1000 }, (_, i) => `s${i}`) } } }],
    ['a huge set value', { filter: { status: { filterType: 'set', values: ['y'.repeat(1000)] } } }],
    ['a huge quick search', { quickSearch: '空调'.repeat(500) }],
    ['an unknown queue', { queue: INJECTION }],
    ['an extra query key', { where: '1=1; DROP TABLE tickets' }],
    ['a huge date', { filter: { createdAt: { filterType: 'date', type: 'equals', dateFrom: '2026-01-01'.repeat(100) } } }],
  ])('refuses %s at the contract', async (_name, query) => {
    const ws = await hostileWorkspace();
    const r = await ws.query(query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    expect(tableState(ws.db)).toEqual(ws.before);
  });

  it.each([
    ['a text filter on a number column', { filter: { csat: { filterType: 'text', type: 'contains', filter: INJECTION } } }],
    ['a date filter on a text column', { filter: { subject: { filterType: 'date', type: 'equals', dateFrom: '2026-01-01' } } }],
    ['a set of words on a number column', { filter: { tier: { filterType: 'set', values: ['1); DROP TABLE tickets; --'] } } }],
    ['a set of words on a reference column', { filter: { outlet: { filterType: 'set', values: [QUOTED] } } }],
    ['a date that is not a date', { filter: { createdAt: { filterType: 'date', type: 'equals', dateFrom: "2026-01-01'; DROP TABLE tickets" } } }],
    ['an impossible date', { filter: { createdAt: { filterType: 'date', type: 'equals', dateFrom: '2026-02-30' } } }],
    ['a yes/no column compared with 7', { filter: { fcr: { filterType: 'number', type: 'equals', filter: 7 } } }],
    ['a yes/no set value that is SQL', { filter: { isRepeat: { filterType: 'set', values: [INJECTION] } } }],
    ['a range with one end', { filter: { csat: { filterType: 'number', type: 'inRange', filter: 1 } } }],
  ])('refuses %s with a typed error naming the column', async (_name, query) => {
    const ws = await hostileWorkspace();
    const r = await ws.query(query);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(String(r.error.details?.['field'])).toMatch(/^filter\./);
    }
    expect(tableState(ws.db)).toEqual(ws.before);
  });

  it.each([
    ['text filter', { filter: { subject: { filterType: 'text', type: 'contains', filter: QUOTED } } }],
    ['equals filter', { filter: { externalId: { filterType: 'text', type: 'equals', filter: INJECTION } } }],
    ['set filter', { filter: { status: { filterType: 'set', values: [QUOTED, INJECTION] } } }],
    ['reference name filter', { filter: { customer: { filterType: 'text', type: 'contains', filter: QUOTED } } }],
    ['segment set', { filter: { segment: { filterType: 'set', values: [QUOTED] } } }],
    ['quick search', { quickSearch: `${QUOTED} "OR" NEAR(a b) *` }],
  ])('binds SQL-looking text in a %s as a value: no rows, nothing executed', async (_name, query) => {
    const ws = await hostileWorkspace();
    const r = await ws.query(query);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual({ rows: [], total: 0 });
    expect(tableState(ws.db)).toEqual(ws.before);
  });

  it('matches LIKE wildcards and quotes literally', async () => {
    const ws = await hostileWorkspace();
    const find = async (filter: string) => {
      const r = await ws.query({ filter: { subject: { filterType: 'text', type: 'contains', filter } } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.rows.map((row) => row.subject);
    };
    expect(await find('100%')).toEqual(["O'Brien 100% _done_"]);
    expect(await find('%')).toEqual(["O'Brien 100% _done_"]);
    expect(await find('_done_')).toEqual(["O'Brien 100% _done_"]);
    expect(await find('_')).toEqual(["O'Brien 100% _done_"]);
    expect(await find("O'B")).toEqual(["O'Brien 100% _done_"]);
    expect(await find('10_%')).toEqual([]);
  });

  it('refuses blocks that are empty, reversed or larger than 1000 rows', async () => {
    const ws = await hostileWorkspace();
    for (const range of [{ startRow: 10, endRow: 10 }, { startRow: 10, endRow: 5 }, { startRow: 0, endRow: 1001 }, { startRow: -1, endRow: 5 }]) {
      const r = await ws.query({}, range);
      expect(r.ok).toBe(false);
    }
    expect(tableState(ws.db)).toEqual(ws.before);
  });
});
