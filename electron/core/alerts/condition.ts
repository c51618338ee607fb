import type { AlertPeriod, AlertRuleFields } from '../../../shared/schemas/alerts.ts';

type Condition = Pick<AlertRuleFields, 'comparator' | 'reference' | 'threshold' | 'marginPct' | 'minN'>;

/**
 * The line a value must cross: the rule's own number, or the reference moved by the margin away from it
 * ("more than 30 % below the benchmark" = benchmark − 30 % of |benchmark|, so a negative NPS benchmark works too).
 */
export function alertLimit(rule: Condition, reference: number | null): number | null {
  if (rule.reference === 'value') return rule.threshold;
  if (reference === null) return null;
  const delta = (Math.abs(reference) * rule.marginPct) / 100;
  return rule.comparator === 'below' ? reference - delta : reference + delta;
}

/** Strictly beyond the limit; a period without a value or with fewer than minN behind it never breaches. */
export function breaches(rule: Condition, figure: AlertPeriod): boolean {
  if (figure.value === null || figure.limit === null || figure.n < rule.minN) return false;
  return rule.comparator === 'below' ? figure.value < figure.limit : figure.value > figure.limit;
}

/**
 * The breach still going on, as [first, last] indexes into `figures` (oldest first, the last one the current,
 * unfinished period), or null. The current period counts when it already breaches; when it does not (yet), the run
 * must end with the last finished period - a day that has just begun neither raises nor clears an alert. Periods
 * run back to back: an empty or thin period breaks the run.
 */
export function ongoingBreach(
  rule: Condition & Pick<AlertRuleFields, 'consecutive'>,
  figures: readonly AlertPeriod[],
): [number, number] | null {
  if (figures.length === 0) return null;
  const current = figures.length - 1;
  const last = breaches(rule, figures[current] as AlertPeriod) ? current : current - 1;
  let first = last + 1;
  while (first > 0 && breaches(rule, figures[first - 1] as AlertPeriod)) first -= 1;
  return last - first + 1 >= rule.consecutive ? [first, last] : null;
}
