import { describe, expect, it } from 'vitest';
import { periodRange, recentMonths } from '../../../renderer/src/views/tickets/keywords/periods.ts';
import {
  toContractFilter,
  toContractSort,
  toTicketQuery,
} from '../../../renderer/src/views/tickets/list/gridQuery.ts';
import { parseTicketsRoute } from '../../../renderer/src/views/tickets/ticketsRoute.ts';
import { zonedMidnight } from '../../../renderer/src/views/tickets/zonedTime.ts';
import { TicketQuery } from '../../../shared/schemas/tickets.ts';

describe('grid models → the contract query', () => {
  it('passes the filters AG Grid makes, in the contract shape', () => {
    const filter = toContractFilter({
      subject: { filterType: 'text', type: 'contains', filter: '漏水' },
      csat: { filterType: 'number', type: 'inRange', filter: 1, filterTo: 2 },
      createdAt: {
        filterType: 'date',
        type: 'inRange',
        dateFrom: '2026-10-01 00:00:00',
        dateTo: '2026-10-31 00:00:00',
      },
      status: { filterType: 'set', values: ['closed', 'resolved'] },
    });
    expect(Object.keys(filter)).toEqual(['subject', 'csat', 'createdAt', 'status']);
    expect(filter.status).toEqual({ filterType: 'set', values: ['closed', 'resolved'] });
    expect(TicketQuery.safeParse({ filter }).success).toBe(true);
  });

  it('leaves out columns that are not whitelisted and models the contract does not know', () => {
    const filter = toContractFilter({
      'name; DROP TABLE tickets': { filterType: 'text', type: 'contains', filter: 'x' },
      subject: {
        filterType: 'text',
        operator: 'OR',
        conditions: [{ filterType: 'text', type: 'contains', filter: 'a' }],
      },
      csat: { filterType: 'number', type: 'between', filter: 1 },
      tier: { filterType: 'set', values: ['1'] },
    });
    expect(filter).toEqual({ tier: { filterType: 'set', values: ['1'] } });
    expect(toContractFilter(null)).toEqual({});
  });

  it('keeps at most three sort keys, of known columns only, in order', () => {
    expect(
      toContractSort([
        { colId: 'bogus', sort: 'asc' },
        { colId: 'tier', sort: 'asc' },
        { colId: 'createdAt', sort: 'desc' },
        { colId: 'id', sort: 'asc' },
        { colId: 'csat', sort: 'desc' },
      ]),
    ).toEqual([
      { colId: 'tier', sort: 'asc' },
      { colId: 'createdAt', sort: 'desc' },
      { colId: 'id', sort: 'asc' },
    ]);
  });

  it('adds the queue and the trimmed quick search', () => {
    const query = toTicketQuery('breached', '  投诉 师傅 ', {}, [{ colId: 'id', sort: 'desc' }]);
    expect(query).toEqual({
      queue: 'breached',
      quickSearch: '投诉 师傅',
      filter: {},
      sort: [{ colId: 'id', sort: 'desc' }],
    });
    expect(TicketQuery.parse(query)).toEqual(query);
  });
});

describe('routes of the tickets area', () => {
  it('tells the list tabs, a ticket and the import apart', () => {
    expect(parseTicketsRoute('#/tickets')).toEqual({ kind: 'list', tab: 'list' });
    expect(parseTicketsRoute('#/tickets/keywords')).toEqual({ kind: 'list', tab: 'keywords' });
    expect(parseTicketsRoute('#/tickets/archive')).toEqual({ kind: 'list', tab: 'archive' });
    expect(parseTicketsRoute('#/tickets/import')).toEqual({ kind: 'import' });
    expect(parseTicketsRoute('#/tickets/42')).toEqual({ kind: 'ticket', id: 42 });
    expect(parseTicketsRoute('#/tickets/0')).toEqual({ kind: 'list', tab: 'list' });
    expect(parseTicketsRoute('#/tickets/4x')).toEqual({ kind: 'list', tab: 'list' });
  });
});

describe('keyword periods in the workspace zone', () => {
  const shanghai = 'Asia/Shanghai';
  // 2026-11-23 10:00 in Shanghai.
  const now = Date.UTC(2026, 10, 23, 2, 0);

  it('a month runs from local midnight to local midnight', () => {
    expect(periodRange('2026-10', now, shanghai)).toEqual({
      from: Date.UTC(2026, 8, 30, 16, 0),
      to: Date.UTC(2026, 9, 31, 16, 0),
    });
    expect(periodRange('2026-12', now, shanghai).to).toBe(Date.UTC(2026, 11, 31, 16, 0));
  });

  it('rolling windows end with today', () => {
    const { from, to } = periodRange('last30', now, shanghai);
    expect(to).toBe(Date.UTC(2026, 10, 23, 16, 0));
    expect(to - from).toBe(30 * 86_400_000);
  });

  it('lists the finished months, newest first, across a year end', () => {
    expect(recentMonths(Date.UTC(2026, 1, 10), shanghai, 3)).toEqual(['2026-01', '2025-12', '2025-11']);
  });

  it('finds local midnight on a daylight-saving day', () => {
    // New York moves to summer time on 2026-03-08: midnight is still 05:00 UTC (EST), the next day 04:00 (EDT).
    expect(zonedMidnight(2026, 3, 8, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5));
    expect(zonedMidnight(2026, 3, 9, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 4));
  });
});
