import { CHANNELS } from '../../../shared/domain/enums.ts';
import { cesAvgOf, csatAvgOf, csatShareOf, npsOf, type SurveyTally } from '../../../shared/domain/surveys.ts';
import type { SurveyCoverage, SurveyFigures, SurveyFilter, SurveyGroup, SurveySummary } from '../../../shared/schemas/surveys.ts';
import type { Db } from '../db/open.ts';
import { filterParams, RESPONSE_FILTER_SQL } from './filter.ts';

/** The counts the survey formulas read, summed in SQL (a comparison is 1 or 0, NULL when the score is missing). */
const TALLY = `
  count(*) AS responses,
  count(r.csat) AS csatN, coalesce(sum(r.csat), 0) AS csatSum, coalesce(sum(r.csat >= 4), 0) AS csatSatisfied,
  count(r.nps) AS npsN, coalesce(sum(r.nps >= 9), 0) AS promoters, coalesce(sum(r.nps <= 6), 0) AS detractors,
  count(r.ces) AS cesN, coalesce(sum(r.ces), 0) AS cesSum`;

/** Group whitelist: a group → one fixed key expression and label expression. */
const GROUPS: Record<SurveyGroup, { key: string; label: string }> = {
  outlet: { key: "coalesce(CAST(r.outlet_id AS TEXT), '')", label: "coalesce(o.name, '')" },
  month: { key: 'substr(r.responded_on, 1, 7)', label: 'substr(r.responded_on, 1, 7)' },
  channel: { key: "coalesce(r.channel, '')", label: "coalesce(r.channel, '')" },
};

const TOTAL_SQL = `SELECT ${TALLY} FROM survey_responses r WHERE ${RESPONSE_FILTER_SQL}`;
/** The grouped query of each group, built once from the fixed fragments above. */
const GROUP_SQL: Record<SurveyGroup, string> = Object.fromEntries(
  Object.entries(GROUPS).map(([group, { key, label }]) => [
    group,
    `SELECT ${key} AS key, ${label} AS label, ${TALLY}
     FROM survey_responses r LEFT JOIN outlets o ON o.id = r.outlet_id
     WHERE ${RESPONSE_FILTER_SQL} GROUP BY 1, 2`,
  ]),
) as Record<SurveyGroup, string>;

export function figuresOf(t: SurveyTally): SurveyFigures {
  return {
    responses: t.responses,
    csatN: t.csatN,
    csatAvg: csatAvgOf(t),
    csatShare: csatShareOf(t),
    npsN: t.npsN,
    promoters: t.promoters,
    passives: t.npsN - t.promoters - t.detractors,
    detractors: t.detractors,
    nps: npsOf(t),
    cesN: t.cesN,
    cesAvg: cesAvgOf(t),
  };
}

/** CSAT, NPS and CES of the filtered responses, in total and per outlet, month or channel. */
export function surveySummary(db: Db, filter: SurveyFilter, groupBy: SurveyGroup): SurveySummary {
  const params = filterParams(filter);
  const total = db.prepare(TOTAL_SQL).get(params) as SurveyTally;
  const rows = db.prepare(GROUP_SQL[groupBy]).all(params) as (SurveyTally & { key: string; label: string })[];
  const order = (row: { key: string; label: string }): string | number => {
    if (groupBy === 'channel') return row.key === '' ? CHANNELS.length : CHANNELS.indexOf(row.key as (typeof CHANNELS)[number]);
    return row.key === '' ? '\uffff' : groupBy === 'month' ? row.key : row.label;
  };
  rows.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
  });
  return { total: figuresOf(total), groups: rows.map((r) => ({ key: r.key, label: r.label, ...figuresOf(r) })) };
}

/** How many answers of each kind, and the days they span (the view's default period and empty state). */
export function surveyCoverage(db: Db): SurveyCoverage {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM survey_responses) AS responses, (SELECT count(*) FROM servqual_responses) AS servqual,
         (SELECT min(responded_on) FROM survey_responses) AS a1, (SELECT min(responded_on) FROM servqual_responses) AS a2,
         (SELECT max(responded_on) FROM survey_responses) AS b1, (SELECT max(responded_on) FROM servqual_responses) AS b2`,
    )
    .get() as { responses: number; servqual: number; a1: string | null; a2: string | null; b1: string | null; b2: string | null };
  const pick = (x: string | null, y: string | null, f: (a: string, b: string) => string) => (x === null ? y : y === null ? x : f(x, y));
  return {
    responses: row.responses,
    servqual: row.servqual,
    firstDay: pick(row.a1, row.a2, (a, b) => (a < b ? a : b)),
    lastDay: pick(row.b1, row.b2, (a, b) => (a > b ? a : b)),
  };
}
