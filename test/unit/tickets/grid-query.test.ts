import { describe, expect, it } from 'vitest';
import type { TicketQuery } from '../../../shared/schemas/tickets.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { queryTickets } from '../../../electron/core/tickets/grid-query.ts';
import { archiveState, LAZY_LIMIT, refreshArchiveIndex } from '../../../electron/core/tickets/archive-index.ts';
import { clearCountCache } from '../../../electron/core/tickets/count-cache.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { at, DAY, HOUR, MIN, REF, ticketWorkspace } from './workspace.ts';

type Query = Partial<TicketQuery>;

/** The grid as the handler calls it, at a fixed time and in the default zone. */
function grid(db: Db, query: Query, now = at('2026-11-02', '12:00'), range = { startRow: 0, endRow: 100 }) {
  const q: TicketQuery = { queue: 'all', sort: [], filter: {}, quickSearch: '', ...query };
  return queryTickets(db, { query: q, ...range }, { timeZone: 'Asia/Shanghai', now, language: 'zh-CN' });
}
const ids = (db: Db, query: Query, now?: number) => grid(db, query, now).rows.map((r) => r.id);

/** Eight tickets spread over the first half of October 2026 (Shanghai), one per day at 10:00. */
async function sample() {
  const base = await ticketWorkspace();
  // No shared default description, so quick-search results depend on the texts written here only.
  const ws = { ...base, add: (o: Parameters<typeof base.add>[0] = {}, now?: number) => base.add({ description: '', ...o }, now) };
  const day = (n: number, hhmm = '10:00') => at(`2026-10-${String(n).padStart(2, '0')}`, hhmm);
  const t = {
    ac: ws.add({ subject: '空调不制冷', createdAt: day(1), csat: 5, status: 'closed', firstResponseAt: day(1, '10:05'), resolvedAt: day(1, '15:00'), closedAt: day(2) }),
    leak: ws.add({ subject: '热水器漏水', description: '安装师傅迟到两小时', createdAt: day(2), tier: 2, outletId: REF.outlets.beijing, customerId: REF.customers.vip }),
    rude: ws.add({ type: 'complaint', categoryId: REF.categories.rude, subject: '客服态度差', description: 'The agent hung up on me', createdAt: day(3), csat: 1, status: 'resolved', firstResponseAt: day(3, '10:10'), resolvedAt: day(3, '18:00') }),
    noise: ws.add({ subject: 'Washer noise', description: '洗衣机噪音大', createdAt: day(4), csat: 2, status: 'resolved', firstResponseAt: day(4, '10:40'), resolvedAt: day(5, '12:00') }),
    bill: ws.add({ subject: '收费不合理', createdAt: day(5), categoryId: null, customerId: null, outletId: null, externalId: 'EXT-100' }),
    late: ws.add({ subject: '配件缺货', createdAt: day(6, '23:59'), csat: 3, status: 'pending_customer' }),
    fresh: ws.add({ subject: '预约安装', type: 'installation', createdAt: day(7, '00:00'), tier: 4 }),
    vip: ws.add({ subject: 'VIP 回访', createdAt: day(8), csat: 4, customerId: REF.customers.vip, status: 'closed', firstResponseAt: day(8, '10:01'), resolvedAt: day(8, '11:00'), closedAt: day(8, '12:00') }),
  };
  return { ...ws, t };
}

describe('grid query: filters', () => {
  it('text filter on a plain column: contains, equals, starts/ends, not, blank', async () => {
    const { db, t } = await sample();
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'contains', filter: '漏水' } } })).toEqual([t.leak]);
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'contains', filter: 'washer' } } })).toEqual([t.noise]); // case-insensitive
    expect(ids(db, { filter: { externalId: { filterType: 'text', type: 'equals', filter: 'EXT-100' } } })).toEqual([t.bill]);
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'startsWith', filter: '空调' } } })).toEqual([t.ac]);
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'endsWith', filter: '回访' } } })).toEqual([t.vip]);
    expect(ids(db, { filter: { externalId: { filterType: 'text', type: 'notBlank' } } })).toEqual([t.bill]);
    expect(ids(db, { filter: { externalId: { filterType: 'text', type: 'blank' } } })).toHaveLength(7);
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'notContains', filter: '空调' } } })).not.toContain(t.ac);
    // An empty value asks for nothing.
    expect(ids(db, { filter: { subject: { filterType: 'text', type: 'contains', filter: '' } } })).toHaveLength(8);
  });

  it('text filter on a reference column matches the name or code, blank matches no reference', async () => {
    const { db, t } = await sample();
    expect(ids(db, { filter: { outlet: { filterType: 'text', type: 'contains', filter: '北京' } } })).toEqual([t.leak]);
    expect(ids(db, { filter: { outlet: { filterType: 'text', type: 'equals', filter: 'BJ01' } } })).toEqual([t.leak]);
    expect(ids(db, { filter: { category: { filterType: 'text', type: 'contains', filter: 'rude' } } })).toEqual([t.rude]);
    expect(ids(db, { filter: { customer: { filterType: 'text', type: 'blank' } } })).toEqual([t.bill]);
    expect(ids(db, { filter: { outlet: { filterType: 'text', type: 'notEqual', filter: 'SH01' } } }).sort()).toEqual([t.leak, t.bill].sort());
  });

  it('set filter: enumerations, references (a parent category includes its children), blanks, booleans, segment', async () => {
    const { db, t } = await sample();
    const newestFirst = (...xs: number[]) => [...xs].sort((a, b) => b - a);
    expect(ids(db, { filter: { status: { filterType: 'set', values: ['resolved', 'closed'] } } })).toEqual(newestFirst(t.ac, t.rude, t.noise, t.vip));
    expect(ids(db, { filter: { status: { filterType: 'set', values: [] } } })).toEqual([]);
    expect(ids(db, { filter: { category: { filterType: 'set', values: [String(REF.categories.attitude)] } } })).toEqual([t.rude]);
    expect(ids(db, { filter: { category: { filterType: 'set', values: [''] } } })).toEqual([t.bill]);
    expect(ids(db, { filter: { tier: { filterType: 'set', values: ['2', '4'] } } })).toEqual(newestFirst(t.leak, t.fresh));
    expect(ids(db, { filter: { segment: { filterType: 'set', values: ['vip'] } } })).toEqual(newestFirst(t.leak, t.vip));
    expect(ids(db, { filter: { outlet: { filterType: 'set', values: [String(REF.outlets.beijing), ''] } } })).toEqual(newestFirst(t.leak, t.bill));
    expect(ids(db, { filter: { fcr: { filterType: 'set', values: [''] } } })).toHaveLength(8);
  });

  it('number filter: comparisons, inclusive ranges either way round, blanks, scaled durations', async () => {
    const { db, t } = await sample();
    const csat = (f: Record<string, unknown>) => ids(db, { filter: { csat: { filterType: 'number', ...f } as never } }).sort((a, b) => a - b);
    expect(csat({ type: 'inRange', filter: 1, filterTo: 2 })).toEqual([t.rude, t.noise]);
    expect(csat({ type: 'inRange', filter: 2, filterTo: 1 })).toEqual([t.rude, t.noise]);
    expect(csat({ type: 'lessThanOrEqual', filter: 2 })).toEqual([t.rude, t.noise]);
    expect(csat({ type: 'greaterThan', filter: 3 })).toEqual([t.ac, t.vip]);
    // "Not" operations keep blank cells (as the text filter's do).
    expect(csat({ type: 'notEqual', filter: 5 })).toEqual([t.leak, t.rude, t.noise, t.bill, t.late, t.fresh, t.vip]);
    expect(csat({ type: 'blank' })).toEqual([t.leak, t.bill, t.fresh]);
    // firstResponseMin is shown in minutes, filtered in minutes: 10 and 40 minutes.
    expect(ids(db, { filter: { firstResponseMin: { filterType: 'number', type: 'greaterThanOrEqual', filter: 10 } } }).sort((a, b) => a - b)).toEqual([t.rude, t.noise]);
    expect(ids(db, { filter: { resolutionH: { filterType: 'number', type: 'greaterThan', filter: 24 } } })).toEqual([t.noise]);
  });

  it('date filter: local days of the workspace zone, ranges include both days', async () => {
    const { db, t } = await sample();
    const created = (f: Record<string, unknown>) => ids(db, { filter: { createdAt: { filterType: 'date', ...f } as never } }).sort((a, b) => a - b);
    expect(created({ type: 'equals', dateFrom: '2026-10-06' })).toEqual([t.late]); // 23:59 Shanghai is still the 6th
    expect(created({ type: 'equals', dateFrom: '2026-10-07 00:00:00' })).toEqual([t.fresh]);
    expect(created({ type: 'inRange', dateFrom: '2026-10-02', dateTo: '2026-10-04' })).toEqual([t.leak, t.rude, t.noise]);
    expect(created({ type: 'inRange', dateFrom: '2026-10-04', dateTo: '2026-10-02' })).toEqual([t.leak, t.rude, t.noise]);
    expect(created({ type: 'lessThan', dateFrom: '2026-10-03' })).toEqual([t.ac, t.leak]);
    expect(created({ type: 'greaterThan', dateFrom: '2026-10-06' })).toEqual([t.fresh, t.vip]);
    expect(ids(db, { filter: { closedAt: { filterType: 'date', type: 'blank' } } })).toHaveLength(6);
  });

  it('combines filters with AND, counts the whole match and pages without overlap', async () => {
    const { db, t } = await sample();
    const q: Query = {
      filter: { outlet: { filterType: 'set', values: [String(REF.outlets.shanghai)] }, csat: { filterType: 'number', type: 'notBlank' } },
      sort: [{ colId: 'csat', sort: 'asc' }],
    };
    expect(grid(db, q).total).toBe(5);
    const first = grid(db, q, undefined, { startRow: 0, endRow: 2 });
    const second = grid(db, q, undefined, { startRow: 2, endRow: 4 });
    const third = grid(db, q, undefined, { startRow: 4, endRow: 6 });
    expect([...first.rows, ...second.rows, ...third.rows].map((r) => r.csat)).toEqual([1, 2, 3, 4, 5]);
    expect(first.total).toBe(5);
    expect(third.rows.map((r) => r.id)).toEqual([t.ac]);
  });
});

describe('grid query: rows and sorting', () => {
  it('returns labelled rows with SLA columns, newest first by default', async () => {
    const { db, t } = await sample();
    const r = grid(db, {});
    expect(r.total).toBe(8);
    expect(r.rows[0]!.id).toBe(t.vip);
    const rude = r.rows.find((x) => x.id === t.rude)!;
    expect(rude).toMatchObject({ category: '态度差', outlet: '上海徐汇网点', assignee: '王强', customer: '张伟', segment: 'regular', isRepeat: false, csat: 1 });
    expect(rude.firstResponseMin).toBe(10);
    const en = queryTickets(db, { query: { queue: 'all', sort: [], filter: {}, quickSearch: '' }, startRow: 0, endRow: 100 }, { timeZone: 'Asia/Shanghai', now: at('2026-11-02'), language: 'en' });
    expect(en.rows.find((x) => x.id === t.rude)!.category).toBe('Rude staff');
  });

  it('sorts by up to three keys with the id as the tie-breaker, nulls first ascending', async () => {
    const { db, t } = await sample();
    const asc = ids(db, { sort: [{ colId: 'csat', sort: 'asc' }] });
    expect(asc.slice(0, 3)).toEqual([t.leak, t.bill, t.fresh]);
    expect(asc.slice(3)).toEqual([t.rude, t.noise, t.late, t.vip, t.ac]);
    expect(ids(db, { sort: [{ colId: 'tier', sort: 'desc' }, { colId: 'createdAt', sort: 'asc' }] })[0]).toBe(t.fresh);
    expect(ids(db, { sort: [{ colId: 'resolutionDueAt', sort: 'asc' }] })).toHaveLength(8);
  });

  it('a new ticket shows in the next count at once (no stale cached total)', async () => {
    const { db, add } = await sample();
    expect(grid(db, {}).total).toBe(8);
    add({ subject: '新工单' });
    expect(grid(db, {}).total).toBe(9);
    clearCountCache(db);
    expect(grid(db, {}).total).toBe(9);
  });
});

describe('grid query: quick search', () => {
  it('finds every word in subject or description, Chinese of any length and English', async () => {
    const { db, t } = await sample();
    expect(ids(db, { quickSearch: '漏水' })).toEqual([t.leak]); // two characters: LIKE only
    expect(ids(db, { quickSearch: '安装师傅' })).toEqual([t.leak]); // trigram index, description
    expect(ids(db, { quickSearch: 'hung' })).toEqual([t.rude]);
    expect(ids(db, { quickSearch: 'HUNG agent' })).toEqual([t.rude]);
    expect(ids(db, { quickSearch: 'hung 漏水' })).toEqual([]);
    expect(grid(db, { quickSearch: '不制冷' }).total).toBe(1);
  });

  it('stays exact after an edit changes indexed text', async () => {
    const { db, t } = await sample();
    expect(ids(db, { quickSearch: '热水器' })).toEqual([t.leak]);
    const d = getTicketDetail(db, t.leak);
    updateTicket(db, 'tester', t.leak, { subject: '燃气灶打不着火' }, d.updatedAt, at('2026-11-02'));
    expect(ids(db, { quickSearch: '热水器' })).toEqual([]);
    expect(ids(db, { quickSearch: '打不着火' })).toEqual([t.leak]);
  });
});

describe('grid query: quick search while the text index lags behind', () => {
  it('finds rows the index does not cover yet (bulk-inserted, more than a search indexes on the spot)', async () => {
    const { db, t } = await sample();
    expect(ids(db, { quickSearch: '热水器漏水' })).toEqual([t.leak]); // indexes the sample
    const insert = db.prepare(
      `INSERT INTO tickets (channel, type, tier, subject, description, status, created_at, updated_at)
       VALUES ('phone', 'repair', 3, ?, '', 'new', ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < LAZY_LIMIT + 10; i++) insert.run(i % 1000 === 0 ? '燃气热水器漏水' : '空调异响', at('2026-10-20') + i, at('2026-10-20') + i);
    })();
    expect(archiveState(db).indexedTo).toBe(t.vip);
    const hits = grid(db, { quickSearch: '热水器漏水' });
    expect(hits.total).toBe(1 + Math.ceil((LAZY_LIMIT + 10) / 1000));
    expect(hits.rows.at(-1)!.id).toBe(t.leak);
    expect(archiveState(db).indexedTo).toBe(t.vip); // too much to index during a search
    await refreshArchiveIndex(db);
    clearCountCache(db);
    expect(grid(db, { quickSearch: '热水器漏水' }).rows.map((r) => r.id)).toEqual(hits.rows.map((r) => r.id));
  });
});

describe('grid query: queues', () => {
  it('breaching soon, breached, second follow-up and callbacks due', async () => {
    const ws = await ticketWorkspace();
    const now = at('2026-10-13', '10:00'); // Tuesday
    // Tier 3: response 30 working minutes (warning at 24), resolution 24 h calendar (warning at 19.2 h).
    const soon = ws.add({ subject: 'soon', createdAt: now - 25 * MIN }, now - 25 * MIN);
    const fine = ws.add({ subject: 'fine', createdAt: now - 5 * MIN }, now - 5 * MIN);
    const late = ws.add({ subject: 'late', createdAt: now - 2 * HOUR, firstResponseAt: now - 2 * HOUR + 5 * MIN }, now - HOUR);
    const lateResponse = ws.add({ subject: 'late response', createdAt: at('2026-10-12', '11:00'), firstResponseAt: at('2026-10-12', '12:00') }, now - HOUR);
    const overdue = ws.add({ subject: 'overdue', createdAt: now - 2 * DAY, firstResponseAt: now - 2 * DAY + MIN }, now - HOUR);
    const closedLate = ws.add({
      subject: 'closed late', createdAt: now - 5 * DAY, firstResponseAt: now - 5 * DAY + 2 * HOUR, resolvedAt: now - 2 * DAY,
      closedAt: now - DAY, status: 'closed', csat: 4,
    }, now - HOUR);
    const unhappy = ws.add({
      subject: 'unhappy', createdAt: now - 4 * DAY, firstResponseAt: now - 4 * DAY + MIN, resolvedAt: now - 4 * DAY + HOUR,
      status: 'resolved', csat: 2,
    }, now - HOUR);
    const awaiting = ws.add({
      subject: 'awaiting callback', createdAt: now - DAY, firstResponseAt: now - DAY + MIN, resolvedAt: now - 20 * HOUR, status: 'resolved',
    }, now - HOUR);
    const called = ws.add({
      subject: 'called back', createdAt: now - DAY, firstResponseAt: now - DAY + MIN, resolvedAt: now - 20 * HOUR, status: 'resolved',
      callbackAt: now - 2 * HOUR, callbackResult: 'satisfied',
    }, now - HOUR);
    const queue = (name: TicketQuery['queue']) => ids(ws.db, { queue: name }, now).sort((a, b) => a - b);

    // lateResponse: its response came late (breached), and its 24 h resolution clock is past 80 % now.
    expect(queue('breaching_soon')).toEqual([soon, lateResponse]);
    expect(queue('breached')).toEqual([lateResponse, overdue]);
    expect(queue('open')).toEqual([soon, fine, late, lateResponse, overdue]);
    // Closed tickets are history: their breach shows in the grid's column, not in the work queue.
    expect(queue('breached')).not.toContain(closedLate);
    expect(grid(ws.db, { filter: { resolutionBreached: { filterType: 'set', values: ['true'] } } }, now).rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([overdue, closedLate]);
    expect(queue('follow_up')).toEqual([unhappy]);
    // Callbacks due: resolved, not yet called back; oldest resolution first (72 h after resolution is the target).
    expect(ids(ws.db, { queue: 'callbacks_due' }, now)).toEqual([unhappy, awaiting]);
    expect(queue('callbacks_due')).not.toContain(called);
    // Time moves on: the "fine" ticket breaches later without any write.
    expect(ids(ws.db, { queue: 'breached' }, now + HOUR)).toContain(fine);
    expect(late).toBeGreaterThan(0);
    // Counts name the open tickets' index; without it (dropped by a bulk import in progress) they still answer.
    expect(grid(ws.db, { queue: 'breached' }, now).total).toBe(2);
    ws.db.exec('DROP INDEX tickets_open_created');
    clearCountCache(ws.db);
    expect(grid(ws.db, { queue: 'breached' }, now).total).toBe(2);
  });
});
