import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api';

export type Outlet = MethodOutput<'ref.options'>[number];

export interface PlaceFilter {
  /** '' for all time, else a period text (YYYY, YYYY-Qn, YYYY-MM). */
  period: string;
  /** '' for every outlet, else its id. */
  outletId: string;
}

/** Years of the answers, newest first, each with its quarters and months, for the period picker. */
function periodOptions(firstDay: string | null, lastDay: string | null): { year: number; items: string[] }[] {
  if (!firstDay || !lastDay) return [];
  const first = Number(firstDay.slice(0, 4));
  const last = Number(lastDay.slice(0, 4));
  const out: { year: number; items: string[] }[] = [];
  for (let y = last; y >= first; y--) {
    const months = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`).filter(
      (m) => m >= firstDay.slice(0, 7) && m <= lastDay.slice(0, 7),
    );
    out.push({ year: y, items: [String(y), ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`), ...months] });
  }
  return out;
}

/** The period and outlet every panel of the area filters by. */
export function SurveyFilters({
  value,
  onChange,
  firstDay,
  lastDay,
  outlets,
}: {
  value: PlaceFilter;
  onChange: (next: PlaceFilter) => void;
  firstDay: string | null;
  lastDay: string | null;
  outlets: readonly Outlet[];
}) {
  const { t } = useTranslation();
  const label = (p: string): string => {
    const [y, rest] = p.split('-');
    if (!rest) return t('surveys.filters.year', { year: y });
    if (rest.startsWith('Q')) return t('surveys.filters.quarter', { year: y, quarter: rest.slice(1) });
    return t('surveys.filters.month', { year: y, month: Number(rest) });
  };
  return (
    <>
      <label className="survey-filter">
        <span>{t('surveys.filters.period')}</span>
        <select className="input" value={value.period} onChange={(e) => onChange({ ...value, period: e.target.value })}>
          <option value="">{t('surveys.filters.allTime')}</option>
          {periodOptions(firstDay, lastDay).map(({ year, items }) => (
            <optgroup key={year} label={String(year)}>
              {items.map((p) => (
                <option key={p} value={p}>
                  {label(p)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="survey-filter">
        <span>{t('surveys.filters.outlet')}</span>
        <select className="input" value={value.outletId} onChange={(e) => onChange({ ...value, outletId: e.target.value })}>
          <option value="">{t('surveys.filters.allOutlets')}</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The filter as the contract takes it. */
export const toFilter = (f: PlaceFilter): { period?: string; outletId?: number } => ({
  ...(f.period ? { period: f.period } : {}),
  ...(f.outletId ? { outletId: Number(f.outletId) } : {}),
});
