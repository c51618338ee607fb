import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customPeriod,
  dayPeriod,
  nextPeriod,
  parsePeriod,
  PERIOD_KINDS,
  periodHolding,
  previousPeriod,
  quarterPeriod,
  yearPeriod,
  type Period,
  type PeriodKind,
} from '../../../../shared/domain/kpi-period';
import { localIsoDay } from '../../i18n/format';

/** The period of another kind around the same last day (a month becomes its quarter, its year, its last day…). */
function switchKind(p: Period, kind: PeriodKind): Period {
  const year = Number(p.to.slice(0, 4));
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'custom') return customPeriod(p.from, p.to);
  return periodHolding(p.to, kind);
}

/** Kind of period and the period itself, with steps back and forward; every value is a period text (2026-10…). */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const set = (text: string) => {
    const p = parsePeriod(text);
    if (p) onChange(p);
  };
  const year = Number(value.from.slice(0, 4));
  const quarter = Math.floor((Number(value.from.slice(5, 7)) - 1) / 3) + 1;
  return (
    <fieldset className="period-picker">
      <legend className="sr-only">{t('kpi.dashboard.period')}</legend>
      <label className="field-inline" htmlFor={`${id}-kind`}>
        <span className="field-inline__label">{t('kpi.dashboard.period')}</span>
        <select
          className="input"
          id={`${id}-kind`}
          value={value.kind}
          onChange={(e) => onChange(switchKind(value, e.target.value as PeriodKind))}
          aria-label={t('kpi.dashboard.periodKind')}
        >
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kpi.periodKinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="icon-button"
        onClick={() => onChange(previousPeriod(value))}
        aria-label={t('kpi.dashboard.previous')}
        title={t('kpi.dashboard.previous')}
      >
        <span aria-hidden="true">‹</span>
      </button>
      {value.kind === 'day' && (
        <input
          className="input"
          type="date"
          value={value.from}
          required
          onChange={(e) => set(e.target.value)}
          aria-label={t('kpi.dashboard.period')}
        />
      )}
      {value.kind === 'week' && (
        <input
          className="input"
          type="week"
          value={value.text}
          required
          onChange={(e) => set(e.target.value)}
          aria-label={t('kpi.dashboard.period')}
        />
      )}
      {value.kind === 'month' && (
        <input
          className="input"
          type="month"
          value={value.text}
          required
          onChange={(e) => set(e.target.value)}
          aria-label={t('kpi.dashboard.period')}
        />
      )}
      {(value.kind === 'quarter' || value.kind === 'year') && (
        <input
          type="number"
          className="input period-picker__year"
          min={2000}
          max={2099}
          value={year}
          onChange={(e) => set(value.kind === 'year' ? e.target.value : `${e.target.value}-Q${quarter}`)}
          aria-label={t('kpi.periodKinds.year')}
        />
      )}
      {value.kind === 'quarter' && (
        <select
          className="input"
          value={quarter}
          onChange={(e) => onChange(quarterPeriod(year, Number(e.target.value)))}
          aria-label={t('kpi.periodKinds.quarter')}
        >
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>{`Q${q}`}</option>
          ))}
        </select>
      )}
      {value.kind === 'custom' && (
        <>
          <input
            className="input"
            type="date"
            value={value.from}
            max={value.to}
            required
            onChange={(e) => set(`${e.target.value}..${value.to}`)}
            aria-label={t('kpi.dashboard.from')}
          />
          <span aria-hidden="true">–</span>
          <input
            className="input"
            type="date"
            value={value.to}
            min={value.from}
            required
            onChange={(e) => set(`${value.from}..${e.target.value}`)}
            aria-label={t('kpi.dashboard.to')}
          />
        </>
      )}
      <button
        type="button"
        className="icon-button"
        onClick={() => onChange(nextPeriod(value))}
        aria-label={t('kpi.dashboard.next')}
        title={t('kpi.dashboard.next')}
      >
        <span aria-hidden="true">›</span>
      </button>
    </fieldset>
  );
}

/** The month holding a day, or the current one: where the dashboard opens. */
export const defaultPeriod = (lastDay: string | null): Period =>
  periodHolding(lastDay ?? dayPeriod(localIsoDay()).from, 'month');
