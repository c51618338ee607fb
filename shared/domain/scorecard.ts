/**
 * The scoring rule of audits and mystery shops, as one pure function so the form (live score), core (stored score)
 * and reports agree to the decimal.
 *
 * - An item's ratio is its answer on its scale mapped to 0–1 (yes 1 / no 0; 1–5 → 0–1; 0–10 → 0–1; points / max).
 * - Section = Σ weight·ratio / Σ weight over its answered, applicable, non-bonus items, as a percentage.
 *   N/A items leave the denominator. Bonus items add weight·ratio to the numerator only; a section tops out at 100.
 * - Form = Σ sectionWeight·section / Σ sectionWeight over sections that have a score.
 * - A critical item that fails zeroes its section ('section') or the whole form ('form').
 * - An item fails when its ratio is below one half (a "no", 1–2 of 5, 0–4 of 10): the Pareto counts these.
 */
import type { Answers, AnswerValue, ItemScale, ScoreResult, ScorecardItem, ScorecardSection } from '../schemas/audits.ts';

export const FAIL_BELOW = 0.5;

/** Valid answer values of an item, in the order number keys pick them (yes_no: 1 = yes, 0 = no). */
export function scaleValues(item: Pick<ScorecardItem, 'scale' | 'maxPoints'>): number[] {
  switch (item.scale) {
    case 'yes_no':
      return [1, 0];
    case 'five':
      return [1, 2, 3, 4, 5];
    case 'ten':
      return Array.from({ length: 11 }, (_, i) => i);
    case 'points':
      return Array.from({ length: item.maxPoints + 1 }, (_, i) => i);
  }
}

const bounds = (scale: ItemScale, maxPoints: number): [number, number] =>
  scale === 'yes_no' ? [0, 1] : scale === 'five' ? [1, 5] : scale === 'ten' ? [0, 10] : [0, maxPoints];

/** True when `value` is a number the item's scale accepts. */
export function isValidAnswer(item: Pick<ScorecardItem, 'scale' | 'maxPoints'>, value: AnswerValue): boolean {
  if (value === null || value === 'na') return true;
  const [lo, hi] = bounds(item.scale, item.maxPoints);
  return Number.isInteger(value) && value >= lo && value <= hi;
}

/** 0–1 for an answered number; null for N/A or unanswered. */
export function itemRatio(item: Pick<ScorecardItem, 'scale' | 'maxPoints'>, value: AnswerValue | undefined): number | null {
  if (value === null || value === undefined || value === 'na') return null;
  const [lo, hi] = bounds(item.scale, item.maxPoints);
  return Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
}

export const itemFailed = (item: Pick<ScorecardItem, 'scale' | 'maxPoints'>, value: AnswerValue | undefined): boolean => {
  const ratio = itemRatio(item, value);
  return ratio !== null && ratio < FAIL_BELOW;
};

const round = (n: number): number => Math.round(n * 100) / 100;

function scoreSection(section: ScorecardSection, answers: Answers, failed: string[]) {
  let num = 0;
  let den = 0;
  let autoFailed = false;
  let formFail = false;
  for (const item of section.items) {
    const ratio = itemRatio(item, answers[item.key]);
    if (ratio === null) continue;
    if (ratio < FAIL_BELOW) {
      failed.push(item.key);
      if (item.critical === 'section') autoFailed = true;
      if (item.critical === 'form') formFail = true;
    }
    num += item.weight * ratio;
    if (!item.bonus) den += item.weight;
  }
  const raw = den > 0 ? Math.min(100, (num / den) * 100) : null;
  return { key: section.key, score: raw === null ? null : autoFailed ? 0 : raw, autoFailed, formFail };
}

export function scoreForm(sections: readonly ScorecardSection[], answers: Answers): ScoreResult {
  const failedItems: string[] = [];
  const scored = sections.map((s) => scoreSection(s, answers, failedItems));
  let num = 0;
  let den = 0;
  scored.forEach((s, i) => {
    if (s.score === null) return;
    const weight = sections[i]!.weight;
    num += weight * s.score;
    den += weight;
  });
  const formFail = scored.some((s) => s.formFail);
  const sectionFail = scored.some((s) => s.autoFailed);
  const items = sections.flatMap((s) => s.items);
  const score = formFail ? 0 : den > 0 ? round(num / den) : null;
  return {
    score,
    autoFail: formFail ? 'form' : sectionFail ? 'section' : null,
    sections: scored.map((s) => ({ key: s.key, score: s.score === null ? null : round(s.score), autoFailed: s.autoFailed })),
    failedItems,
    answered: items.filter((item) => answers[item.key] !== undefined && answers[item.key] !== null).length,
    total: items.length,
  };
}
