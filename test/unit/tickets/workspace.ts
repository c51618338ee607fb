import type { TicketFields } from '../../../shared/schemas/tickets.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';
import { createTicket } from '../../../electron/core/tickets/write.ts';
import { newSession } from '../helpers/session.ts';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Wall-clock time in Shanghai (the default workspace zone), e.g. at('2026-09-21', '09:30'). */
export function at(day: string, hhmm = '00:00', tz = 'Asia/Shanghai'): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return localToUtc(tz, y, m, d, hh * 60 + mm);
}

/** Ids of the hand-made reference data. */
export const REF = {
  outlets: { shanghai: 1, beijing: 2 },
  teams: { service: 1, repair: 2 },
  staff: { li: 1, wang: 2 },
  customers: { zhang: 1, chen: 2, vip: 3 },
  products: { ac: 1 },
  categories: { fault: 1, noCooling: 2, attitude: 3, rude: 4, unused: 5 },
};

function seedReference(db: Db): void {
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'BJ01', '北京朝阳网点', '北京', '华北');
    INSERT INTO teams (id, code, name, department, outlet_id) VALUES (1, 'SH-CS', '上海客服组', 'customer_service', 1), (2, 'SH-RP', '上海维修组', 'onsite_repair', 1);
    INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, hire_date) VALUES
      (1, 'E001', '李娜', 'agent', 1, 1, '2024-03-01'), (2, 'E002', '王强', 'technician', 2, 1, '2023-07-15');
    INSERT INTO customers (id, code, name, phone, city, segment) VALUES
      (1, 'C001', '张伟', '13800000001', '上海', 'regular'), (2, 'C002', '陈静', '13800000002', '上海', 'regular'),
      (3, 'C003', 'O''Brien_100%', '13800000003', '北京', 'vip');
    INSERT INTO products (id, code, name, line) VALUES (1, 'KFR-35GW/A1', '1.5匹变频挂机', 'air_conditioner');
    INSERT INTO categories (id, parent_id, code, name_zh, name_en, sort) VALUES
      (1, NULL, 'fault', '产品故障', 'Product fault', 1), (2, 1, 'fault.no_cooling', '不制冷', 'No cooling', 1),
      (3, NULL, 'attitude', '服务态度', 'Attitude', 2), (4, 3, 'attitude.rude', '态度差', 'Rude staff', 1),
      (5, NULL, 'misc', '其他', 'Other', 3);
  `);
}

/** A complete, valid ticket: a general (tier 3) repair created on a Monday morning, still in progress. */
export function ticket(overrides: Partial<TicketFields> = {}): TicketFields {
  return {
    externalId: null,
    channel: 'phone',
    type: 'repair',
    categoryId: REF.categories.noCooling,
    tier: 3,
    outletId: REF.outlets.shanghai,
    teamId: REF.teams.repair,
    assigneeId: REF.staff.wang,
    customerId: REF.customers.zhang,
    productId: REF.products.ac,
    subject: '空调不制冷',
    description: '客户来电反映：空调开机后不制冷，出风是热风',
    status: 'in_progress',
    createdAt: at('2026-09-21', '09:00'),
    firstResponseAt: null,
    escalatedAt: null,
    resolvedAt: null,
    closedAt: null,
    resolution: null,
    reopenCount: 0,
    fcr: null,
    compensationType: null,
    compensationAmount: null,
    callbackAt: null,
    callbackResult: null,
    csat: null,
    nps: null,
    ces: null,
    ...overrides,
  };
}

/** A fresh workspace with hand-made reference data; `add` creates tickets through the real service. */
export async function ticketWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  seedReference(db);
  const add = (overrides: Partial<TicketFields> = {}, now = at('2026-11-02', '12:00')): number =>
    createTicket(db, 'tester', ticket(overrides), now).id;
  return { ...ctx, db, add };
}

/** The stored SLA columns of a ticket. */
export function slaRow(db: Db, id: number) {
  return db
    .prepare(
      `SELECT sla_version, response_due_at, resolution_due_at, response_warn_at, resolution_warn_at, response_ms,
         resolution_ms, response_breached, resolution_breached FROM tickets WHERE id = ?`,
    )
    .get(id) as {
    sla_version: number | null;
    response_due_at: number | null;
    resolution_due_at: number | null;
    response_warn_at: number | null;
    resolution_warn_at: number | null;
    response_ms: number | null;
    resolution_ms: number | null;
    response_breached: number | null;
    resolution_breached: number | null;
  };
}
