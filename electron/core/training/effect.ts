import {
  effectVerdict,
  enoughForMeans,
  enoughForRates,
  meanSample,
  MIN_SAMPLE,
  twoProportionZTest,
  welchTTest,
  type MeanSample,
  type RateSample,
  type TestResult,
} from '../../../shared/domain/effect-stats.ts';
import { addDays, addMonths } from '../../../shared/domain/training.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { EffectMetric, TrainingEffect } from '../../../shared/schemas/training-effect.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { trainingToday } from './today.ts';

/** One trainee's windows: the months before the first training day and the months after the last one. */
interface TraineeWindow {
  staffId: number;
  beforeFrom: string;
  /** Exclusive: the first training day. */
  beforeTo: string;
  afterFrom: string;
  afterTo: string;
}

interface Aggregates {
  tickets: number;
  csat_n: number;
  csat_sum: number | null;
  csat_sq: number | null;
  fr_n: number;
  fr_sum: number | null;
  fr_sq: number | null;
  fcr_n: number;
  fcr_yes: number | null;
  complaints: number | null;
  repeats: number | null;
}

/**
 * The trainees' own tickets (as assignee) in their windows. Windows come in as bound JSON, so one statement serves
 * a session (one pair of windows) and a course (a pair per trainee); the (assignee_id, created_at) index answers it.
 * The KPI engine's definitions: first response in minutes from creation; a repeat complaint is a complaint that
 * repeats an earlier case, out of all complaints.
 */
const WINDOW_SQL = `
  WITH w AS (
    SELECT json_extract(value, '$[0]') AS staff_id, json_extract(value, '$[1]') AS t_from, json_extract(value, '$[2]') AS t_to
    FROM json_each(@windows)
  )
  SELECT count(t.id) AS tickets,
    count(t.csat) AS csat_n, sum(t.csat) AS csat_sum, sum(t.csat * t.csat) AS csat_sq,
    count(t.first_response_at) AS fr_n,
    sum((t.first_response_at - t.created_at) / 60000.0) AS fr_sum,
    sum(((t.first_response_at - t.created_at) / 60000.0) * ((t.first_response_at - t.created_at) / 60000.0)) AS fr_sq,
    count(t.fcr) AS fcr_n, sum(t.fcr) AS fcr_yes,
    sum(t.type = 'complaint') AS complaints,
    sum(t.type = 'complaint' AND t.repeat_of_id IS NOT NULL) AS repeats
  FROM w JOIN tickets t ON t.assignee_id = w.staff_id AND t.created_at >= w.t_from AND t.created_at < w.t_to`;

/** Attended trainees (or, where attendance was never recorded, those with scores) of the chosen sessions. */
const TRAINEES_SQL = `
  SELECT e.staff_id, s.id AS session_id, s.start_on, s.end_on
  FROM training_enrolments e
  JOIN training_sessions s ON s.id = e.session_id
  WHERE (s.id = @sessionId OR s.course_id = @courseId)
    AND (e.attended = 1 OR (e.attended IS NULL AND EXISTS (
      SELECT 1 FROM training_scores sc WHERE sc.session_id = e.session_id AND sc.staff_id = e.staff_id)))
  ORDER BY e.staff_id, s.start_on, s.id`;

interface TraineeRow {
  staff_id: number;
  session_id: number;
  start_on: string;
  end_on: string;
}

export interface EffectInput {
  sessionId?: number | undefined;
  courseId?: number | undefined;
  months: number;
}

export function trainingEffect(db: Db, input: EffectInput, now = Date.now()): TrainingEffect {
  const scope = scopeOf(db, input);
  const rows = db
    .prepare(TRAINEES_SQL)
    .all({ sessionId: input.sessionId ?? null, courseId: input.courseId ?? null }) as TraineeRow[];
  // A course counts each trainee once, from the first session of it they attended.
  const first = new Map<number, TraineeRow>();
  for (const r of rows) if (!first.has(r.staff_id)) first.set(r.staff_id, r);
  const windows: TraineeWindow[] = [...first.values()].map((r) => {
    const afterFrom = addDays(r.end_on, 1);
    return {
      staffId: r.staff_id,
      beforeFrom: addMonths(r.start_on, -input.months),
      beforeTo: r.start_on,
      afterFrom,
      afterTo: addMonths(afterFrom, input.months),
    };
  });
  const { timeZone } = getSettings(db);
  const instant = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return localToUtc(timeZone, y, m, d, 0);
  };
  const measure = (pick: (w: TraineeWindow) => [string, string]) =>
    db.prepare(WINDOW_SQL).get({
      windows: JSON.stringify(windows.map((w) => {
        const [from, to] = pick(w);
        return [w.staffId, instant(from), instant(to)];
      })),
    }) as Aggregates;
  const before = measure((w) => [w.beforeFrom, w.beforeTo]);
  const after = measure((w) => [w.afterFrom, w.afterTo]);
  const span = (from: string[], to: string[]) =>
    from.length === 0 ? { from: '', to: '' } : { from: from.reduce(min), to: addDays(to.reduce(max), -1) };
  const lastAfter = windows.map((w) => w.afterTo);
  return {
    scope,
    months: input.months,
    trainees: windows.length,
    before: span(windows.map((w) => w.beforeFrom), windows.map((w) => w.beforeTo)),
    after: span(windows.map((w) => w.afterFrom), lastAfter),
    afterComplete: lastAfter.every((to) => to <= trainingToday(db, now)),
    minSample: MIN_SAMPLE,
    metrics: metricsOf(before, after),
  };
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

function scopeOf(db: Db, input: EffectInput): TrainingEffect['scope'] {
  if (input.sessionId !== undefined) {
    const row = db
      .prepare(
        `SELECT s.id, c.name || ' · ' || s.start_on AS name FROM training_sessions s
         JOIN training_courses c ON c.id = s.course_id WHERE s.id = ?`,
      )
      .get(input.sessionId) as { id: number; name: string } | undefined;
    if (!row) throw new QmFailure('NOT_FOUND', `no training session with id ${input.sessionId}`, { id: input.sessionId });
    return { kind: 'session', id: row.id, name: row.name };
  }
  const row = db.prepare('SELECT id, name FROM training_courses WHERE id = ?').get(input.courseId) as
    | { id: number; name: string }
    | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no training course with id ${input.courseId}`, { id: input.courseId });
  return { kind: 'course', id: row.id, name: row.name };
}

function metricsOf(b: Aggregates, a: Aggregates): EffectMetric[] {
  const mean = (id: EffectMetric['id'], better: 'higher' | 'lower', pb: MeanSample, pa: MeanSample): EffectMetric => {
    const result = welchTTest(pb, pa);
    return {
      id,
      kind: 'mean',
      better,
      before: { tickets: b.tickets, n: pb.n, value: pb.n > 0 ? pb.mean : null, sd: pb.n > 1 ? pb.sd : null },
      after: { tickets: a.tickets, n: pa.n, value: pa.n > 0 ? pa.mean : null, sd: pa.n > 1 ? pa.sd : null },
      ...tested(result),
      verdict: effectVerdict(result, enoughForMeans(pb, pa), better),
    };
  };
  const rate = (id: EffectMetric['id'], better: 'higher' | 'lower', rb: RateSample, ra: RateSample): EffectMetric => {
    const result = twoProportionZTest(rb, ra);
    const share = (s: RateSample) => (s.n > 0 ? s.successes / s.n : null);
    return {
      id,
      kind: 'rate',
      better,
      before: { tickets: b.tickets, n: rb.n, value: share(rb), sd: null },
      after: { tickets: a.tickets, n: ra.n, value: share(ra), sd: null },
      ...tested(result),
      verdict: effectVerdict(result, enoughForRates(rb, ra), better),
    };
  };
  return [
    mean('csat', 'higher', meanSample(b.csat_n, b.csat_sum ?? 0, b.csat_sq ?? 0), meanSample(a.csat_n, a.csat_sum ?? 0, a.csat_sq ?? 0)),
    mean('first_response', 'lower', meanSample(b.fr_n, b.fr_sum ?? 0, b.fr_sq ?? 0), meanSample(a.fr_n, a.fr_sum ?? 0, a.fr_sq ?? 0)),
    rate('fcr', 'higher', { n: b.fcr_n, successes: b.fcr_yes ?? 0 }, { n: a.fcr_n, successes: a.fcr_yes ?? 0 }),
    rate('repeat_complaints', 'lower', { n: b.complaints ?? 0, successes: b.repeats ?? 0 }, { n: a.complaints ?? 0, successes: a.repeats ?? 0 }),
  ];
}

const tested = (r: TestResult | null) => ({
  diff: r?.diff ?? null,
  ciLow: r?.ciLow ?? null,
  ciHigh: r?.ciHigh ?? null,
  statistic: r?.statistic ?? null,
  df: r?.df ?? null,
  p: r?.p ?? null,
});
