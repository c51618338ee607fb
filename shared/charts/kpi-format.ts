import { KPI_CATALOG, type KpiId } from '../domain/kpi-catalog.ts';

/**
 * A KPI value in the UI language with its unit: "12.5 分钟" / "12.5 min", "85.0%", "4.52/5", "+32.0". `unitText` is
 * the catalog's kpi.units.<unit> in that language.
 */
export function formatKpiValue(id: KpiId, value: number, language: string, unitText: string): string {
  const { unit, decimals } = KPI_CATALOG[id];
  const number = new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  if (
    unit === 'percent' ||
    unit === 'score5' ||
    unit === 'score7' ||
    unit === 'count' ||
    unit === 'nps' ||
    unit === 'gap7'
  )
    return `${number}${unitText}`;
  return `${number} ${unitText}`;
}

/** A change between two values: signed, percentage points for rates ("+1.2 pp" is written as "+1.2"). */
export function formatKpiChange(id: KpiId, change: number, language: string): string {
  const { decimals } = KPI_CATALOG[id];
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** Whether a change is for the better (true), the worse (false) or neither (null: no direction or no change). */
export function changeIsBetter(id: KpiId, change: number): boolean | null {
  const { direction } = KPI_CATALOG[id];
  if (direction === 'neutral' || change === 0) return null;
  return direction === 'higher' ? change > 0 : change < 0;
}
