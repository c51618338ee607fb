import { useTranslation } from 'react-i18next';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The years to page through: the ones offered as buttons (with their number of dates), and a step either way. */
export function YearSwitch({
  years,
  current,
  counts,
  onChange,
}: {
  years: readonly number[];
  current: number;
  counts: (year: number) => number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="year-switch">
      <button
        type="button"
        className="icon-button"
        aria-label={t('settings.calendar.prevYear')}
        title={t('settings.calendar.prevYear')}
        disabled={current <= FIRST_YEAR}
        onClick={() => onChange(current - 1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <div className="segmented" role="group" aria-label={t('settings.calendar.years')}>
        {years.map((year) => (
          <button
            key={year}
            type="button"
            className="segmented__option"
            aria-pressed={year === current}
            onClick={() => onChange(year)}
          >
            {t('settings.calendar.yearOption', { year })}
            {counts(year) > 0 && (
              <span className="year-switch__count">
                {t('settings.calendar.yearCount', { count: counts(year) })}
              </span>
            )}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={t('settings.calendar.nextYear')}
        title={t('settings.calendar.nextYear')}
        disabled={current >= LAST_YEAR}
        onClick={() => onChange(current + 1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
