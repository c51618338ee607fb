import type { z } from 'zod';
import type { ClockView, TicketDetail } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { timelineFor } from '../sla/calendar.ts';
import type { ClockResult, Target } from '../sla/clock.ts';
import { measureLive } from '../sla/measure.ts';
import { allTargets, currentVersion, longestBusinessMinutes } from '../sla/policy.ts';
import { fieldsOf, type TicketRecord } from './fields.ts';
import { getFollowUp } from './follow-ups.ts';

interface Labels {
  categoryZh: string | null;
  categoryEn: string | null;
  outlet: string | null;
  team: string | null;
  assignee: string | null;
  customer: string | null;
  customerSegment: string | null;
  product: string | null;
}

export function loadTicket(db: Db, id: number): TicketRecord {
  const row = db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRecord | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `Ticket ${id} does not exist.`, { id });
  return row;
}

function labelsOf(db: Db, r: TicketRecord): Labels {
  return db
    .prepare(
      `SELECT
         (SELECT name_zh FROM categories WHERE id = @category) AS categoryZh,
         (SELECT name_en FROM categories WHERE id = @category) AS categoryEn,
         (SELECT name FROM outlets WHERE id = @outlet) AS outlet,
         (SELECT name FROM teams WHERE id = @team) AS team,
         (SELECT name FROM staff WHERE id = @assignee) AS assignee,
         (SELECT name FROM customers WHERE id = @customer) AS customer,
         (SELECT segment FROM customers WHERE id = @customer) AS customerSegment,
         (SELECT name FROM products WHERE id = @product) AS product`,
    )
    .get({
      category: r.category_id,
      outlet: r.outlet_id,
      team: r.team_id,
      assignee: r.assignee_id,
      customer: r.customer_id,
      product: r.product_id,
    }) as Labels;
}

type Link = TicketDetail['repeats'][number];

const linkOf = (r: { id: number; external_id: string | null; subject: string; created_at: number; closed_at: number | null }): Link => ({
  id: r.id,
  externalId: r.external_id,
  subject: r.subject,
  createdAt: r.created_at,
  closedAt: r.closed_at,
});

function clockView(target: Target, c: ClockResult, threshold: number): z.infer<typeof ClockView> {
  const running = c.remainingMs !== null;
  return {
    targetMinutes: target.minutes,
    basis: target.basis,
    dueAt: c.dueAt === null ? null : Math.round(c.dueAt),
    elapsedMs: Math.round(c.elapsedMs),
    breached: c.breached,
    breachMs: Math.round(c.breachMs),
    remainingMs: c.remainingMs === null ? null : Math.round(c.remainingMs),
    escalate: running && !c.breached && c.used >= threshold,
  };
}

/** Live clocks at `now`, under the version the ticket was measured with (the current one if never measured). */
function slaOf(db: Db, r: TicketRecord, now: number): TicketDetail['sla'] {
  const settings = getSettings(db);
  const targets = allTargets(db);
  const version = r.sla_version ?? currentVersion(db);
  const tier = targets.get(version)?.get(r.tier);
  if (!tier) return { policyVersion: version, response: null, resolution: null };
  const pauses = (
    db.prepare('SELECT start_at, end_at FROM ticket_pauses WHERE ticket_id = ? ORDER BY start_at').all(r.id) as {
      start_at: number;
      end_at: number | null;
    }[]
  ).map((p) => ({ start: p.start_at, end: p.end_at }));
  let latest = Math.max(now, r.updated_at, r.resolved_at ?? 0, r.closed_at ?? 0);
  for (const p of pauses) latest = Math.max(latest, p.end ?? p.start);
  const ctx = {
    timeline: timelineFor(settings, r.created_at, latest, longestBusinessMinutes(targets)),
    pauseStatuses: new Set<string>(settings.pauseStatuses),
    threshold: settings.escalationThreshold,
  };
  const live = measureLive(tier, ctx, {
    tier: r.tier,
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    status: r.status,
    updatedAt: r.updated_at,
    pauses,
  }, now);
  return {
    policyVersion: version,
    response: clockView(tier.response, live.response, ctx.threshold),
    resolution: clockView(tier.resolution, live.resolution, ctx.threshold),
  };
}

/** Everything the ticket page shows. */
export function getTicketDetail(db: Db, id: number, now = Date.now()): TicketDetail {
  const r = loadTicket(db, id);
  const linkColumns = 'SELECT id, external_id, subject, created_at, closed_at FROM tickets';
  const repeatOf = r.repeat_of_id === null ? undefined : db.prepare(linkColumns + ' WHERE id = ?').get(r.repeat_of_id);
  const repeats = db.prepare(linkColumns + ' WHERE repeat_of_id = ? ORDER BY created_at').all(id);
  return {
    id: r.id,
    updatedAt: r.updated_at,
    fields: fieldsOf(r),
    labels: labelsOf(db, r),
    sla: slaOf(db, r, now),
    repeatOf: repeatOf ? linkOf(repeatOf as Parameters<typeof linkOf>[0]) : null,
    repeats: (repeats as Parameters<typeof linkOf>[0][]).map(linkOf),
    followUp: getFollowUp(db, id),
  };
}
