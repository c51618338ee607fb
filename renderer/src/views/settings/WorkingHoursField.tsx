import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { MAX_PERIODS, newPeriod, type PeriodDraft, type PeriodErrors } from './settingsDraft';

type Describe = (error: PeriodErrors[keyof PeriodErrors]) => string | undefined;

/** Working periods of a day (e.g. morning and afternoon around a lunch break): add, edit, remove. */
export function WorkingHoursField({
  value,
  errors,
  error,
  describe,
  onChange,
}: {
  value: readonly PeriodDraft[];
  errors: Record<number, PeriodErrors>;
  error?: string | undefined;
  describe: Describe;
  onChange: (periods: PeriodDraft[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const edit = (key: number, patch: Partial<PeriodDraft>) =>
    onChange(value.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('settings.hours.label')}</legend>
      <ol className="periods">
        {value.map((period, index) => {
          const problems = errors[index] ?? {};
          const n = index + 1;
          const messages = [describe(problems.start), describe(problems.end), describe(problems.period)];
          const unique = [...new Set(messages.filter((m): m is string => Boolean(m)))];
          const errorId = `${id}-error-${period.key}`;
          const invalid = (own: boolean) =>
            own || problems.period ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
          return (
            <li key={period.key} className="periods__row" data-testid="working-period">
              <div className="periods__inputs">
                <input
                  className="input input--time"
                  type="text"
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="09:00"
                  aria-label={t('settings.hours.startOf', { n })}
                  value={period.start}
                  onChange={(event) => edit(period.key, { start: event.target.value })}
                  {...invalid(Boolean(problems.start))}
                />
                <span className="periods__dash" aria-hidden="true">
                  –
                </span>
                <input
                  className="input input--time"
                  type="text"
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="18:00"
                  aria-label={t('settings.hours.endOf', { n })}
                  value={period.end}
                  onChange={(event) => edit(period.key, { end: event.target.value })}
                  {...invalid(Boolean(problems.end))}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('settings.hours.removeOf', { n })}
                  title={t('settings.hours.remove')}
                  disabled={value.length <= 1}
                  onClick={() => onChange(value.filter((p) => p.key !== period.key))}
                >
                  <Icon name="x" size={16} />
                </button>
              </div>
              {unique.length > 0 && (
                <p id={errorId} className="field__error">
                  {unique.join(' ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={value.length >= MAX_PERIODS}
        onClick={() => onChange([...value, newPeriod()])}
      >
        <Icon name="plus" size={16} />
        {t('settings.hours.add')}
      </button>
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.hours.hint')}
      </p>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
