/**
 * Survey scores and the figures made of them. NPS = % promoters (9–10) − % detractors (0–6) of those who answered
 * the 0–10 question; CSAT share = % of 1–5 answers that are 4 or 5; averages over those who answered. CES is
 * the CES 2.0 agreement scale the tickets use (1–7, 7 = "it was very easy", higher is better). A figure
 * with no answers is null, never 0 or NaN.
 */

export const CSAT_RANGE = { min: 1, max: 5 } as const;
export const NPS_RANGE = { min: 0, max: 10 } as const;
export const CES_RANGE = { min: 1, max: 7 } as const;

export const SURVEY_SOURCES = ['manual', 'import', 'demo'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Counts a period's answers are summed into (SQL sums them; the formulas below read them). */
export interface SurveyTally {
  responses: number;
  csatN: number;
  csatSum: number;
  /** CSAT answers of 4 or 5. */
  csatSatisfied: number;
  npsN: number;
  promoters: number;
  detractors: number;
  cesN: number;
  cesSum: number;
}

export const emptyTally = (): SurveyTally => ({
  responses: 0, csatN: 0, csatSum: 0, csatSatisfied: 0, npsN: 0, promoters: 0, detractors: 0, cesN: 0, cesSum: 0,
});

export interface SurveyAnswer {
  csat: number | null;
  nps: number | null;
  ces: number | null;
}

/** Add one response to a tally (the demo and tests tally in memory; core sums the same counts in SQL). */
export function addAnswer(tally: SurveyTally, a: SurveyAnswer): SurveyTally {
  const t = { ...tally, responses: tally.responses + 1 };
  if (a.csat !== null) {
    t.csatN++;
    t.csatSum += a.csat;
    if (a.csat >= 4) t.csatSatisfied++;
  }
  if (a.nps !== null) {
    t.npsN++;
    const group = npsGroup(a.nps);
    if (group === 'promoter') t.promoters++;
    else if (group === 'detractor') t.detractors++;
  }
  if (a.ces !== null) {
    t.cesN++;
    t.cesSum += a.ces;
  }
  return t;
}

/** Rounded, and never −0 (a tiny negative share would otherwise print as "-0"). */
const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits || 0;

/** −100…100, one decimal. */
export const npsOf = (t: Pick<SurveyTally, 'npsN' | 'promoters' | 'detractors'>): number | null =>
  t.npsN === 0 ? null : round(((t.promoters - t.detractors) / t.npsN) * 100, 1);

/** 0…100 %, one decimal. */
export const csatShareOf = (t: Pick<SurveyTally, 'csatN' | 'csatSatisfied'>): number | null =>
  t.csatN === 0 ? null : round((t.csatSatisfied / t.csatN) * 100, 1);

export const csatAvgOf = (t: Pick<SurveyTally, 'csatN' | 'csatSum'>): number | null =>
  t.csatN === 0 ? null : round(t.csatSum / t.csatN, 2);

export const cesAvgOf = (t: Pick<SurveyTally, 'cesN' | 'cesSum'>): number | null =>
  t.cesN === 0 ? null : round(t.cesSum / t.cesN, 2);

/** NPS straight from 0–10 answers. */
export const npsFromScores = (scores: readonly number[]): number | null =>
  npsOf(scores.reduce((t, nps) => addAnswer(t, { csat: null, nps, ces: null }), emptyTally()));
