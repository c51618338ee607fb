import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const DAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** ISO weekdays, Monday first (as a Chinese work week is read), as toggle chips. */
export function WorkdaysField({
  value,
  error,
  onChange,
}: {
  value: readonly number[];
  error?: string | undefined;
  onChange: (days: number[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className={error ? 'field field--invalid' : 'field'}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend className="field__label">{t('settings.workdays.label')}</legend>
      <div className="chips">
        {DAYS.map((key) => {
          const day = Number(key);
          const checked = value.includes(day);
          return (
            <label key={key} className={checked ? 'chip chip--on' : 'chip'}>
              <input
                type="checkbox"
                checked={checked}
                onChange={() => onChange(checked ? value.filter((d) => d !== day) : [...value, day])}
              />
              {t(`weekdays.${key}`)}
            </label>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.workdays.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
