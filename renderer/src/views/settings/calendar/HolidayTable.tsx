import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import {
  isoWeekday,
  isRealDate,
  NAME_MAX,
  type HolidayErrors,
  type HolidayKind,
  type HolidayRow,
} from './holidayDraft';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export const holidayDateId = (key: number) => `holiday-date-${key}`;

/** The dates of one year as editable rows: date (with its weekday), kind, name, remove. */
export function HolidayTable({
  year,
  rows,
  errors,
  onEdit,
  onRemove,
}: {
  year: number;
  rows: readonly HolidayRow[];
  errors: ReadonlyMap<number, HolidayErrors> | null;
  onEdit: (key: number, patch: Partial<HolidayRow>) => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useTranslation();
  const describe = (key: HolidayErrors['date']) =>
    key ? t(`settings.calendar.errors.${key}`, { year, max: NAME_MAX }) : undefined;
  return (
    <div className="edit-table-wrap">
      <table className="edit-table" data-testid="holiday-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.calendar.columns.date')}</th>
            <th scope="col">{t('settings.calendar.columns.weekday')}</th>
            <th scope="col">{t('settings.calendar.columns.kind')}</th>
            <th scope="col">{t('settings.calendar.columns.name')}</th>
            <th scope="col" className="edit-table__actions">
              <span className="sr-only">{t('settings.calendar.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const n = index + 1;
            const problems = errors?.get(row.key) ?? {};
            const messages = [describe(problems.date), describe(problems.name)].filter(Boolean);
            const errorId = `holiday-error-${row.key}`;
            const invalid = (bad: boolean) =>
              bad ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
            const weekday = isRealDate(row.date) ? isoWeekday(row.date) : null;
            return (
              <Fragment key={row.key}>
                <tr className={messages.length > 0 ? 'edit-table__row--invalid' : undefined}>
                  <td>
                    <input
                      id={holidayDateId(row.key)}
                      className="input input--date"
                      type="date"
                      min={`${year}-01-01`}
                      max={`${year}-12-31`}
                      aria-label={t('settings.calendar.dateOf', { n })}
                      value={row.date}
                      onChange={(event) => onEdit(row.key, { date: event.target.value })}
                      {...invalid(Boolean(problems.date))}
                    />
                  </td>
                  <td className="edit-table__weekday">
                    {weekday === null ? '' : t(`weekdays.${WEEKDAYS[weekday - 1] ?? '1'}`)}
                  </td>
                  <td>
                    <select
                      className={
                        row.kind === 'workday'
                          ? 'input kind-select kind-select--workday'
                          : 'input kind-select'
                      }
                      aria-label={t('settings.calendar.kindOf', { n })}
                      value={row.kind}
                      onChange={(event) => onEdit(row.key, { kind: event.target.value as HolidayKind })}
                    >
                      <option value="holiday">{t('settings.calendar.kinds.holiday')}</option>
                      <option value="workday">{t('settings.calendar.kinds.workday')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      className="input"
                      type="text"
                      maxLength={NAME_MAX + 10}
                      placeholder={t('settings.calendar.namePlaceholder')}
                      aria-label={t('settings.calendar.nameOf', { n })}
                      value={row.name}
                      onChange={(event) => onEdit(row.key, { name: event.target.value })}
                      {...invalid(Boolean(problems.name))}
                    />
                  </td>
                  <td className="edit-table__actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('settings.calendar.removeOf', { n })}
                      title={t('settings.calendar.removeOf', { n })}
                      onClick={() => onRemove(row.key)}
                    >
                      <Icon name="x" size={16} />
                    </button>
                  </td>
                </tr>
                {messages.length > 0 && (
                  <tr className="edit-table__error-row">
                    <td colSpan={5}>
                      <p id={errorId} className="field__error">
                        {messages.join(' ')}
                      </p>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
