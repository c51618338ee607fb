/**
 * Calibration figures, pure so they can be checked by hand:
 *
 * - Each auditor's score is the scorecard rule (scoreForm) on their answers.
 * - Consensus score = mean of the auditors' scores; deviation = auditor's score − consensus score, in points.
 * - Per item, an answer is its scale value or "na" (N/A is an answer). The consensus answer is the most frequent
 *   one; when two answers tie for most frequent the item is split and has no consensus answer.
 * - Agreement of an item = (auditors giving the most frequent answer) / (auditors). 1 is unanimous.
 * - Fleiss' kappa is taken over three categories per item — pass (ratio ≥ ½), fail (< ½), N/A — so items on
 *   different scales share one category set. Unanswered items are left out of kappa.
 *
 * Leniency: an auditor is lenient (strict) in a month when their average score is at least LENIENCY_POINTS above
 * (below) the average of all auditors on the same template code and month, over at least LENIENCY_MIN_AUDITS audits.
 */
import type { Answers, ScorecardSection } from '../schemas/audits.ts';
import type { CalibrationAuditorResult, CalibrationItemResult } from '../schemas/audit-calibration.ts';
import { itemRatio, scoreForm, FAIL_BELOW } from './scorecard.ts';

export const LENIENCY_POINTS = 5;
export const LENIENCY_MIN_AUDITS = 5;

export function leniencyFlag(difference: number, audits: number): 'lenient' | 'strict' | 'none' {
  if (audits < LENIENCY_MIN_AUDITS) return 'none';
  if (difference >= LENIENCY_POINTS) return 'lenient';
  if (difference <= -LENIENCY_POINTS) return 'strict';
  return 'none';
}

const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;

const answerText = (value: Answers[string] | undefined): string => (value === undefined || value === null ? '-' : String(value));

export interface CalibrationFigures {
  consensusScore: number | null;
  auditors: CalibrationAuditorResult[];
  items: CalibrationItemResult[];
  meanAgreement: number | null;
  kappa: number | null;
}

export function calibrationFigures(sections: readonly ScorecardSection[], entries: readonly { auditor: string; answers: Answers }[]): CalibrationFigures {
  const scores = entries.map((e) => scoreForm(sections, e.answers).score);
  const scored = scores.filter((s): s is number => s !== null);
  const consensusScore = scored.length > 0 ? round(scored.reduce((a, b) => a + b, 0) / scored.length) : null;

  const items: CalibrationItemResult[] = sections.flatMap((section) =>
    section.items.map((item) => {
      const answers = Object.fromEntries(entries.map((e) => [e.auditor, answerText(e.answers[item.key])]));
      const counts = new Map<string, number>();
      for (const a of Object.values(answers)) counts.set(a, (counts.get(a) ?? 0) + 1);
      const top = Math.max(0, ...counts.values());
      const modal = [...counts].filter(([, n]) => n === top).map(([a]) => a);
      return {
        key: item.key,
        sectionKey: section.key,
        labelZh: item.labelZh,
        labelEn: item.labelEn,
        scale: item.scale,
        consensus: modal.length === 1 ? modal[0]! : null,
        agreement: entries.length > 0 ? round(top / entries.length, 4) : 0,
        answers,
      };
    }),
  );

  const auditors = entries.map((e, i) => {
    const withConsensus = items.filter((it) => it.consensus !== null);
    const score = scores[i] ?? null;
    return {
      auditor: e.auditor,
      score,
      deviation: score !== null && consensusScore !== null ? round(score - consensusScore) : null,
      matches: withConsensus.filter((it) => it.answers[e.auditor] === it.consensus).length,
      comparable: withConsensus.length,
    };
  });

  const meanAgreement = items.length > 0 ? round(items.reduce((n, it) => n + it.agreement, 0) / items.length, 4) : null;
  const ordered = items.map((it, i) => ({ it, i })).sort((a, b) => a.it.agreement - b.it.agreement || a.i - b.i).map(({ it }) => it);
  return { consensusScore, auditors, items: ordered, meanAgreement, kappa: fleissKappa(sections, entries) };
}

type Category = 'pass' | 'fail' | 'na';
const CATEGORIES: readonly Category[] = ['pass', 'fail', 'na'];

/**
 * κ = (P̄ − P̄e) / (1 − P̄e), where P_i = (Σ_j n_ij² − n) / (n(n − 1)) for item i with n raters, P̄ the mean of P_i,
 * p_j the share of all ratings in category j and P̄e = Σ_j p_j². Items where fewer than two auditors answered are
 * skipped; every remaining item must have the same number of raters, so items answered by fewer are skipped too.
 */
export function fleissKappa(sections: readonly ScorecardSection[], entries: readonly { answers: Answers }[]): number | null {
  const rows: Record<Category, number>[] = [];
  for (const item of sections.flatMap((s) => s.items)) {
    const row: Record<Category, number> = { pass: 0, fail: 0, na: 0 };
    let raters = 0;
    for (const e of entries) {
      const value = e.answers[item.key];
      if (value === undefined || value === null) continue;
      raters += 1;
      if (value === 'na') row.na += 1;
      else row[(itemRatio(item, value) ?? 0) < FAIL_BELOW ? 'fail' : 'pass'] += 1;
    }
    if (raters === entries.length && raters >= 2) rows.push(row);
  }
  const n = entries.length;
  if (rows.length === 0 || n < 2) return null;
  const pi = rows.map((r) => (CATEGORIES.reduce((s, c) => s + r[c] ** 2, 0) - n) / (n * (n - 1)));
  const pBar = pi.reduce((a, b) => a + b, 0) / rows.length;
  const pe = CATEGORIES.reduce((s, c) => s + (rows.reduce((t, r) => t + r[c], 0) / (rows.length * n)) ** 2, 0);
  if (Math.abs(1 - pe) < 1e-12) return null;
  return round((pBar - pe) / (1 - pe), 4);
}
