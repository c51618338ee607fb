import type { TicketKpiId } from '../../../shared/domain/kpi-catalog.ts';
import type { Sums } from './sums.ts';

/** A KPI's value over a set of tickets and the size of the denominator it stands on. */
export interface Measured {
  value: number | null;
  n: number;
}

/** part / whole in percent; a zero denominator gives null (no data), never 0 or NaN. */
const rate = (part: number, whole: number): Measured => ({
  value: whole === 0 ? null : (100 * part) / whole,
  n: whole,
});
const mean = (sum: number, count: number): Measured => ({
  value: count === 0 ? null : sum / count,
  n: count,
});

/** The ticket KPI formulas (texts: shared/i18n/kpi, kpi.defs.<id>.formula). */
export const TICKET_FORMULAS: Record<TicketKpiId, (s: Sums) => Measured> = {
  tickets_total: (s) => ({ value: s.n, n: s.n }),
  first_response_avg_min: (s) => mean(s.frSumMin, s.frN),
  first_response_median_min: (s) => ({ value: s.frHist.median(), n: s.frN }),
  resolution_avg_h: (s) => mean(s.resSumH, s.resN),
  resolution_median_h: (s) => {
    const tenths = s.resHist.median();
    return { value: tenths === null ? null : tenths / 10, n: s.resN };
  },
  sla_response_rate: (s) => rate(s.slaRespMet, s.slaRespN),
  sla_resolution_rate: (s) => rate(s.slaResMet, s.slaResN),
  fcr_rate: (s) => rate(s.fcrYes, s.fcrN),
  resolution_rate: (s) => rate(s.resN, s.n),
  reopen_rate: (s) => rate(s.reopened, s.resN),
  repeat_complaint_rate: (s) => rate(s.repeatComplaints, s.complaints),
  complaint_rate: (s) => rate(s.complaints, s.n),
  callback_72h_rate: (s) => rate(s.callbackOk, s.resN),
  csat_avg: (s) => mean(s.csatSum, s.csatN),
  csat_pct: (s) => rate(s.csatTop, s.csatN),
  nps: (s) => ({ value: s.npsN === 0 ? null : (100 * (s.npsPro - s.npsDet)) / s.npsN, n: s.npsN }),
  ces_avg: (s) => mean(s.cesSum, s.cesN),
};
