import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';

/**
 * Sanity of one mid-sized demo (20,000 tickets over July 2024 – June 2025): shares and times fall in the bands the
 * domain describes, and the records are consistent with each other. Bands are wide enough for any seed.
 */

const TICKETS = 20_000;
const DAY = 86_400_000;
const START = Date.UTC(2024, 6, 1) - 8 * 3_600_000; // 2024-07-01 00:00 Asia/Shanghai
const END = Date.UTC(2025, 6, 1) - 8 * 3_600_000;

let dir: string;
let db: Database.Database;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-demo-dist-'));
  const file = path.join(dir, 'demo.sqlite');
  await generateDemoWorkspace(file, { tickets: TICKETS, seed: 424242, until: '2025-06' });
  db = new Database(file, { readonly: true });
});

afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const value = (sql: string, ...params: unknown[]): number =>
  (db
    .prepare(sql)
    .pluck()
    .get(...params) as number | null) ?? Number.NaN;
const share = (where: string): number =>
  value(`SELECT avg(CASE WHEN ${where} THEN 1.0 ELSE 0 END) FROM tickets`);
const quantile = (sql: string, q: number): number => {
  const xs = db.prepare(sql).pluck().all() as number[];
  return xs[Math.floor(q * (xs.length - 1))] ?? Number.NaN;
};

describe('demo distributions', () => {
  it('has the requested size and a plausible organisation', () => {
    expect(value('SELECT count(*) FROM tickets')).toBe(TICKETS);
    expect(value('SELECT count(*) FROM customers')).toBe(7000);
    expect(value('SELECT count(*) FROM outlets')).toBe(12);
    expect(value('SELECT count(DISTINCT city) FROM outlets')).toBe(6);
    expect(value('SELECT count(*) FROM staff')).toBeGreaterThanOrEqual(130);
    expect(value('SELECT count(*) FROM staff')).toBeLessThanOrEqual(170);
    expect(value('SELECT count(DISTINCT department) FROM teams')).toBe(5);
    expect(value('SELECT count(*) FROM products')).toBeGreaterThanOrEqual(25);
    expect(value("SELECT avg(segment = 'vip') FROM customers")).toBeGreaterThan(0.05);
    expect(value("SELECT avg(segment = 'vip') FROM customers")).toBeLessThan(0.11);
    // recent hires for the training area: hired within the last four months
    expect(value("SELECT count(*) FROM staff WHERE hire_date >= '2025-03-01'")).toBeGreaterThanOrEqual(5);
    expect(value('SELECT count(*) FROM staff WHERE json_array_length(skills) = 0')).toBe(0);
  });

  it('has a two-level category tree with both labels, and tickets only on leaves', () => {
    expect(value('SELECT count(*) FROM categories WHERE parent_id IS NULL')).toBeGreaterThanOrEqual(6);
    expect(
      value(
        'SELECT count(*) FROM categories c JOIN categories p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL',
      ),
    ).toBe(0);
    expect(value("SELECT count(*) FROM categories WHERE name_zh = '' OR name_en = ''")).toBe(0);
    expect(
      value(
        'SELECT count(*) FROM tickets t JOIN categories c ON c.id = t.category_id WHERE c.parent_id IS NULL',
      ),
    ).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM tickets t JOIN categories c ON c.id = t.category_id WHERE t.type = 'inquiry' AND c.code LIKE 'attitude.%'",
      ),
    ).toBe(0);
  });

  it('mixes channels, types and tiers as an appliance service network does', () => {
    const bands: Record<string, [number, number]> = {
      phone: [0.3, 0.46],
      chat: [0.1, 0.18],
      app: [0.09, 0.16],
      web: [0.04, 0.09],
      email: [0.015, 0.05],
      social: [0.03, 0.08],
      walk_in: [0.06, 0.13],
      onsite: [0.08, 0.16],
    };
    for (const [channel, [lo, hi]] of Object.entries(bands)) {
      const s = share(`channel = '${channel}'`);
      expect(s, channel).toBeGreaterThan(lo);
      expect(s, channel).toBeLessThan(hi);
    }
    expect(share("type = 'complaint'")).toBeGreaterThan(0.12);
    expect(share("type = 'complaint'")).toBeLessThan(0.18);
    expect(share('tier = 1')).toBeGreaterThan(0.015);
    expect(share('tier = 1')).toBeLessThan(0.05);
    expect(share('tier = 2')).toBeGreaterThan(0.11);
    expect(share('tier = 2')).toBeLessThan(0.19);
    expect(share('tier = 3')).toBeGreaterThan(0.4);
    expect(share('tier = 3')).toBeLessThan(0.56);
  });

  it('follows the clock and the calendar: office hours, weekend walk-ins, a summer peak, a Spring Festival dip', () => {
    const localHour = "CAST(strftime('%H', created_at / 1000 + 28800, 'unixepoch') AS INTEGER)";
    const weekend = "strftime('%w', created_at / 1000 + 28800, 'unixepoch') IN ('0', '6')";
    expect(value(`SELECT min(created_at) >= ? AND max(created_at) < ? FROM tickets`, START, END)).toBe(1);
    expect(share(`${localHour} BETWEEN 9 AND 17`)).toBeGreaterThan(0.55);
    expect(share(`${localHour} < 6`)).toBeLessThan(0.04);
    const walkIn = (w: string): number => value(`SELECT avg(channel = 'walk_in') FROM tickets WHERE ${w}`);
    expect(walkIn(weekend)).toBeGreaterThan(walkIn(`NOT (${weekend})`) * 1.3);
    const inMonth = (ym: string): number =>
      value(
        `SELECT count(*) FROM tickets WHERE strftime('%Y-%m', created_at / 1000 + 28800, 'unixepoch') = ?`,
        ym,
      );
    expect(inMonth('2024-07') + inMonth('2024-08')).toBeGreaterThan(
      1.3 * (inMonth('2025-03') + inMonth('2025-04')),
    );
    // Spring Festival 2025 (29 January): the holiday week is far quieter than the same weekdays a month later
    const week = (from: string): number =>
      value(
        'SELECT count(*) FROM tickets WHERE created_at >= ? AND created_at < ?',
        Date.parse(`${from}T00:00:00+08:00`),
        Date.parse(`${from}T00:00:00+08:00`) + 7 * DAY,
      );
    expect(week('2025-01-28')).toBeLessThan(0.6 * week('2025-03-04'));
  });

  it('answers quickly with a long tail and some SLA breaches', () => {
    const minutes =
      'SELECT (first_response_at - created_at) / 60000.0 FROM tickets WHERE first_response_at IS NOT NULL ORDER BY 1';
    expect(quantile(minutes, 0.5)).toBeGreaterThan(1);
    expect(quantile(minutes, 0.5)).toBeLessThan(6);
    expect(quantile(minutes, 0.9)).toBeGreaterThan(20);
    expect(quantile(minutes, 0.9)).toBeLessThan(150);
    const breach = share('first_response_at - created_at > 1800000');
    expect(breach).toBeGreaterThan(0.08);
    expect(breach).toBeLessThan(0.15);
    const hours =
      'SELECT (resolved_at - created_at) / 3600000.0 FROM tickets WHERE resolved_at IS NOT NULL ORDER BY 1';
    expect(quantile(hours, 0.9)).toBeGreaterThan(3 * quantile(hours, 0.5));
    expect(share('escalated_at IS NOT NULL AND tier = 1') / share('tier = 1')).toBeGreaterThan(0.6);
  });

  it('closes almost every old ticket and leaves recent ones open in various statuses', () => {
    const old = value(
      "SELECT avg(status IN ('resolved', 'closed')) FROM tickets WHERE created_at < ?",
      END - 60 * DAY,
    );
    expect(old).toBeGreaterThan(0.97);
    expect(old).toBeLessThan(1);
    const recentOpen = db
      .prepare(
        "SELECT DISTINCT status FROM tickets WHERE created_at >= ? AND status NOT IN ('resolved', 'closed')",
      )
      .pluck()
      .all(END - 3 * DAY);
    expect(recentOpen.length).toBeGreaterThanOrEqual(3);
    expect(value("SELECT count(*) FROM tickets WHERE status = 'closed' AND closed_at IS NULL")).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM tickets WHERE status = 'new' AND (assignee_id IS NOT NULL OR first_response_at IS NOT NULL)",
      ),
    ).toBe(0);
    const fcr = value('SELECT avg(fcr) FROM tickets WHERE fcr IS NOT NULL');
    expect(fcr).toBeGreaterThan(0.72);
    expect(fcr).toBeLessThan(0.88);
    expect(share('reopen_count > 0')).toBeLessThan(0.1);
  });

  it('keeps every timestamp in order and every record consistent', () => {
    expect(
      value(`SELECT count(*) FROM tickets WHERE first_response_at < created_at OR resolved_at < first_response_at
      OR closed_at < resolved_at OR escalated_at < first_response_at OR callback_at < resolved_at OR updated_at < created_at
      OR (closed_at IS NOT NULL AND resolved_at IS NULL) OR (resolved_at IS NOT NULL AND first_response_at IS NULL)`),
    ).toBe(0);
    expect(
      value(
        'SELECT count(*) FROM tickets WHERE updated_at < max(created_at, coalesce(closed_at, 0), coalesce(resolved_at, 0), coalesce(first_response_at, 0))',
      ),
    ).toBe(0);
    expect(
      value(
        'SELECT count(*) FROM tickets t JOIN staff s ON s.id = t.assignee_id WHERE s.team_id <> t.team_id',
      ),
    ).toBe(0);
    expect(
      value(
        'SELECT count(*) FROM tickets t JOIN teams m ON m.id = t.team_id WHERE m.outlet_id IS NOT t.outlet_id',
      ),
    ).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM tickets t JOIN staff s ON s.id = t.assignee_id WHERE s.hire_date > date(t.created_at / 1000 + 28800, 'unixepoch')",
      ),
    ).toBe(0);
    expect(value("SELECT count(*) FROM tickets WHERE status <> 'new' AND assignee_id IS NULL")).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM tickets WHERE external_id NOT GLOB 'WO[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'",
      ),
    ).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('surveys about a third, and scores drop with breaches and repeat complaints', () => {
    const answered = value('SELECT avg(csat IS NOT NULL) FROM tickets WHERE resolved_at IS NOT NULL');
    expect(answered).toBeGreaterThan(0.28);
    expect(answered).toBeLessThan(0.42);
    const csat = (where: string): number =>
      value(`SELECT avg(csat) FROM tickets WHERE csat IS NOT NULL AND ${where}`);
    const breached = 'first_response_at - created_at > 1800000';
    expect(csat(`NOT (${breached})`) - csat(breached)).toBeGreaterThan(0.4);
    expect(
      csat("type = 'complaint' AND repeat_of_id IS NULL") - csat('repeat_of_id IS NOT NULL'),
    ).toBeGreaterThan(0.5);
    expect(csat('reopen_count = 0')).toBeGreaterThan(csat('reopen_count > 0'));
    expect(csat('1')).toBeGreaterThan(3.8);
    expect(csat('1')).toBeLessThan(4.5);
    const nps = value('SELECT 100.0 * (avg(nps >= 9) - avg(nps <= 6)) FROM tickets WHERE nps IS NOT NULL');
    expect(nps).toBeGreaterThan(0);
    expect(nps).toBeLessThan(70);
    expect(
      value('SELECT count(*) FROM tickets WHERE (nps IS NOT NULL OR ces IS NOT NULL) AND csat IS NULL'),
    ).toBe(0);
  });

  it('calls customers back within 72 hours in most cases and compensates a share of complaints', () => {
    const within = value(
      'SELECT avg(callback_at - resolved_at <= 72 * 3600000) FROM tickets WHERE callback_at IS NOT NULL',
    );
    expect(within).toBeGreaterThan(0.9);
    expect(within).toBeLessThan(1);
    expect(
      value('SELECT count(*) FROM tickets WHERE (callback_at IS NULL) <> (callback_result IS NULL)'),
    ).toBe(0);
    const compensated = value(
      "SELECT avg(compensation_type IS NOT NULL) FROM tickets WHERE type = 'complaint' AND resolved_at IS NOT NULL",
    );
    expect(compensated).toBeGreaterThan(0.1);
    expect(compensated).toBeLessThan(0.5);
    expect(
      value(
        "SELECT count(*) FROM tickets WHERE compensation_type IS NOT NULL AND (type <> 'complaint' OR compensation_amount <= 0)",
      ),
    ).toBe(0);
  });

  it('has repeat complaints that point to an earlier complaint of the same customer and category closed within 30 days', () => {
    const repeats = value('SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL');
    expect(repeats).toBeGreaterThan(20);
    expect(repeats / value("SELECT count(*) FROM tickets WHERE type = 'complaint'")).toBeLessThan(0.15);
    expect(
      value(
        `SELECT count(*) FROM tickets t JOIN tickets o ON o.id = t.repeat_of_id
      WHERE NOT (t.type = 'complaint' AND o.type = 'complaint' AND o.customer_id = t.customer_id AND o.category_id = t.category_id
        AND o.closed_at IS NOT NULL AND o.closed_at < t.created_at AND t.created_at - o.closed_at <= 30 * ? AND o.id < t.id)`,
        DAY,
      ),
    ).toBe(0);
  });

  it('writes Chinese texts with the keywords analysts look for', () => {
    for (const keyword of ['延迟', '态度差', '操作复杂', '师傅迟到', '收费不合理', '配件缺货']) {
      expect(
        value(
          'SELECT count(*) FROM tickets WHERE instr(description, ?) > 0 OR instr(subject, ?) > 0',
          keyword,
          keyword,
        ),
        keyword,
      ).toBeGreaterThan(0);
    }
    expect(value("SELECT count(*) FROM tickets WHERE subject = '' OR description = ''")).toBe(0);
    expect(value('SELECT count(*) FROM tickets WHERE (resolved_at IS NULL) <> (resolution IS NULL)')).toBe(0);
  });
});
