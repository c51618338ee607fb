import { DenseHistogram, SparseHistogram, type Histogram } from './histogram.ts';

/**
 * The additive facts every ticket KPI is computed from. One `Sums` holds them for a set of tickets (a rollup cell,
 * a period, a bucket); sums of disjoint sets add up, so a period is the sum of its days. Medians need the values
 * themselves: they are kept as sparse histograms at the KPIs' display resolution (whole minutes for first
 * response, tenths of an hour for resolution), which makes a median of rounded values exact and additive.
 */

export const MINUTE_MS = 60_000;
export const TENTH_HOUR_MS = 360_000;
export const CALLBACK_WINDOW_MS = 72 * 3_600_000;

export interface Sums<H extends Histogram = Histogram> {
  /** Tickets created. */
  n: number;
  complaints: number;
  /** Complaints linked to an earlier ticket of the same customer and issue (二次投诉). */
  repeatComplaints: number;
  /** Tickets with a first response, and their first-response minutes (sum and histogram). */
  frN: number;
  frSumMin: number;
  frHist: H;
  /** Tickets resolved, and their resolution hours (sum and histogram in tenths of an hour). */
  resN: number;
  resSumH: number;
  resHist: H;
  /** Tickets with first-contact resolution recorded, and those resolved at first contact. */
  fcrN: number;
  fcrYes: number;
  /** Resolved tickets that had been reopened at least once. */
  reopened: number;
  /** Resolved tickets with a satisfaction callback within 72 h of resolution. */
  callbackOk: number;
  /** Decided SLA clocks (stopped, or running past due) and those that met their target. */
  slaRespN: number;
  slaRespMet: number;
  slaResN: number;
  slaResMet: number;
  csatN: number;
  csatSum: number;
  /** Answers of 4 or 5. */
  csatTop: number;
  npsN: number;
  /** Answers of 9–10 and of 0–6. */
  npsPro: number;
  npsDet: number;
  cesN: number;
  cesSum: number;
}

/** Sums of a rollup cell, with sparse histograms to store. */
export const cellSums = (): Sums<SparseHistogram> => sums(new SparseHistogram(), new SparseHistogram());
/** Sums of a period being computed, with dense histograms to merge cells into. */
export const groupSums = (): Sums<DenseHistogram> => sums(new DenseHistogram(), new DenseHistogram());

function sums<H extends Histogram>(frHist: H, resHist: H): Sums<H> {
  return {
    n: 0,
    complaints: 0,
    repeatComplaints: 0,
    frN: 0,
    frSumMin: 0,
    frHist,
    resN: 0,
    resSumH: 0,
    resHist,
    fcrN: 0,
    fcrYes: 0,
    reopened: 0,
    callbackOk: 0,
    slaRespN: 0,
    slaRespMet: 0,
    slaResN: 0,
    slaResMet: 0,
    csatN: 0,
    csatSum: 0,
    csatTop: 0,
    npsN: 0,
    npsPro: 0,
    npsDet: 0,
    cesN: 0,
    cesSum: 0,
  };
}

/** The numeric (non-histogram) fields, in the rollup table's column order. */
export const COUNTER_FIELDS = [
  'n',
  'complaints',
  'repeatComplaints',
  'frN',
  'frSumMin',
  'resN',
  'resSumH',
  'fcrN',
  'fcrYes',
  'reopened',
  'callbackOk',
  'slaRespN',
  'slaRespMet',
  'slaResN',
  'slaResMet',
  'csatN',
  'csatSum',
  'csatTop',
  'npsN',
  'npsPro',
  'npsDet',
  'cesN',
  'cesSum',
] as const satisfies readonly (keyof Sums)[];

/**
 * One ticket's facts as the KPI query reads them (electron/core/kpi/ticket-rows.ts, in this order). Booleans
 * arrive as 0/1, absent values as null.
 */
export type TicketFacts = [
  createdAt: number,
  tier: number,
  isComplaint: number,
  outletId: number | null,
  teamId: number | null,
  assigneeId: number | null,
  channel: string,
  categoryId: number | null,
  categoryGroupId: number | null,
  segment: string | null,
  firstResponseMs: number | null,
  resolutionMs: number | null,
  fcr: number | null,
  reopened: number,
  isRepeat: number,
  callbackMs: number | null,
  responseBreached: number | null,
  resolutionBreached: number | null,
  csat: number | null,
  nps: number | null,
  ces: number | null,
];

export function addTicket(s: Sums, f: TicketFacts): void {
  s.n += 1;
  if (f[2] === 1) {
    s.complaints += 1;
    if (f[14] === 1) s.repeatComplaints += 1;
  }
  const fr = f[10];
  if (fr !== null) {
    s.frN += 1;
    s.frSumMin += fr / MINUTE_MS;
    s.frHist.add(Math.round(fr / MINUTE_MS));
  }
  const res = f[11];
  if (res !== null) {
    s.resN += 1;
    s.resSumH += res / 3_600_000;
    s.resHist.add(Math.round(res / TENTH_HOUR_MS));
    if (f[13] === 1) s.reopened += 1;
    const cb = f[15];
    if (cb !== null && cb >= 0 && cb <= CALLBACK_WINDOW_MS) s.callbackOk += 1;
  }
  if (f[12] !== null) {
    s.fcrN += 1;
    s.fcrYes += f[12];
  }
  if (f[16] !== null) {
    s.slaRespN += 1;
    s.slaRespMet += 1 - f[16];
  }
  if (f[17] !== null) {
    s.slaResN += 1;
    s.slaResMet += 1 - f[17];
  }
  const csat = f[18];
  if (csat !== null) {
    s.csatN += 1;
    s.csatSum += csat;
    if (csat >= 4) s.csatTop += 1;
  }
  const nps = f[19];
  if (nps !== null) {
    s.npsN += 1;
    if (nps >= 9) s.npsPro += 1;
    else if (nps <= 6) s.npsDet += 1;
  }
  if (f[20] !== null) {
    s.cesN += 1;
    s.cesSum += f[20];
  }
}
