import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Alert, AlertPeriod } from '../../../shared/schemas/alerts.ts';
import type { CycleFields, WorksheetContent } from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { saveAction } from '../improvement/actions.ts';
import { saveCycle } from '../improvement/cycles.ts';
import { workspaceToday } from '../improvement/today.ts';
import { createWorksheet } from '../improvement/worksheets.ts';
import { targetsFor } from '../kpi/targets.ts';
import { getAlert } from './inbox.ts';

const COLUMN = {
  fishbone: 'worksheet_id',
  five_why: 'worksheet_id',
  pdca: 'cycle_id',
  action: 'action_id',
} as const;
const LINK_SQL = {
  worksheet_id: 'UPDATE alerts SET worksheet_id = ?, updated_at = ? WHERE id = ?',
  cycle_id: 'UPDATE alerts SET cycle_id = ?, updated_at = ? WHERE id = ?',
  action_id: 'UPDATE alerts SET action_id = ?, updated_at = ? WHERE id = ?',
} as const;

/** The cycle's scope: outlets, teams and categories carry over; other scopes are named in the problem text. */
function cycleScope(alert: Alert): Pick<CycleFields, 'scopeKind' | 'scopeId'> {
  const { dim, key } = alert.scope;
  if ((dim === 'outlet' || dim === 'team' || dim === 'category') && key !== '')
    return { scopeKind: dim, scopeId: Number(key) };
  return { scopeKind: 'organisation', scopeId: null };
}

/** Fishbone bones get ids the editor would give them. */
const fishbone = (labels: readonly string[]): WorksheetContent => ({
  kind: 'fishbone',
  template: labels.length > 0 ? 'sixM' : 'blank',
  bones: labels.map((label, i) => ({ id: `b${i + 1}`, label, causes: [] })),
});

/**
 * One click from an alert: a fishbone or 5-Why worksheet, a PDCA cycle (KPI, scope, baseline = the last breaching
 * value and its period, target = the scope's target) or a corrective action (source 'alert'), created with the
 * improvement area's own functions and linked to the alert in the same transaction. The renderer sends the title
 * and problem statement in the user's language. An alert already linked to that kind of record refuses a second.
 */
export function openFollowUp(
  db: Db,
  actor: string,
  input: ParsedInput<'alerts.followUp'>,
  now = Date.now(),
): Alert {
  return writeTransaction(db, actor, (record) => {
    const alert = getAlert(db, input.id);
    const column = COLUMN[input.kind];
    const existing =
      column === 'worksheet_id' ? alert.worksheet : column === 'cycle_id' ? alert.cycle : alert.action;
    if (existing) {
      throw new QmFailure('CONFLICT', 'the alert already has a linked record of this kind', {
        reason: 'alert_linked',
        id: existing.id,
      });
    }
    let linkedId: number;
    if (input.kind === 'fishbone' || input.kind === 'five_why') {
      const content: WorksheetContent =
        input.kind === 'fishbone' ? fishbone(input.boneLabels) : { kind: 'five_why', whys: [] };
      linkedId = createWorksheet(
        db,
        actor,
        {
          kind: input.kind,
          head: { title: input.title, problem: input.problem, cycleId: alert.cycle?.id ?? null },
          content,
        },
        now,
      ).id;
    } else if (input.kind === 'pdca') {
      const last = alert.periods[alert.periods.length - 1] as AlertPeriod | undefined;
      const scope = cycleScope(alert);
      const target =
        targetsFor(db, { dim: alert.scope.dim, key: alert.scope.key }).get(alert.rule.kpi)?.target ?? null;
      linkedId = saveCycle(
        db,
        actor,
        {
          fields: {
            title: input.title,
            problem: input.problem,
            ...scope,
            ownerId: null,
            startOn: workspaceToday(db, now),
            dueOn: null,
            kpiId: alert.rule.kpi,
            baseline: last?.value ?? null,
            baselinePeriod: last?.period ?? '',
            target,
            goal: '',
            verdict: null,
            checkNote: '',
            standardChange: '',
            lessons: '',
          },
        },
        now,
      ).id;
    } else {
      linkedId = saveAction(
        db,
        actor,
        {
          fields: {
            title: input.title,
            detail: input.problem,
            kind: 'corrective',
            ownerId: null,
            dueOn: null,
            status: 'open',
            cycleId: alert.cycle?.id ?? null,
          },
          source: { kind: 'alert', id: alert.id, ref: null },
        },
        now,
      ).id;
    }
    db.prepare(LINK_SQL[column]).run(linkedId, now, alert.id);
    if (alert.state === 'new') {
      db.prepare(`UPDATE alerts SET state = 'acknowledged', acknowledged_at = ? WHERE id = ?`).run(
        now,
        alert.id,
      );
    }
    record({
      action: 'update',
      entity: 'alert',
      entityId: alert.id,
      before: { [column]: null, state: alert.state },
      after: { [column]: linkedId, state: alert.state === 'new' ? 'acknowledged' : alert.state },
    });
    return getAlert(db, alert.id);
  });
}
