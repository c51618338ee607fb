import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { HolidayTable, holidayDateId } from './HolidayTable';
import { YearSwitch } from './YearSwitch';
import {
  newRow,
  sameHolidays,
  toRows,
  validateHolidays,
  yearChoices,
  type Holiday,
  type HolidayErrors,
  type HolidayRow,
} from './holidayDraft';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };
interface Problems {
  rows: Map<number, HolidayErrors>;
  listMax: number | null;
}

/** Holidays and make-up working days (调休), one year at a time; saved together as the `holidays` setting. */
export function HolidaysCard({ initial, onSaved }: { initial: readonly Holiday[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [rows, setRows] = useState(() => toRows(initial));
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [problems, setProblems] = useState<Problems | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const dirty = !sameHolidays(rows, saved);
  const shown = rows.filter((r) => r.year === year);
  const count = (kind: Holiday['kind']) => shown.filter((r) => r.kind === kind && r.date !== '').length;

  const change = (next: HolidayRow[]) => {
    setRows(next);
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
    if (problems) {
      const result = validateHolidays(next);
      setProblems(result.ok ? null : { rows: result.errors, listMax: result.listMax });
    }
  };

  const add = () => {
    const row = newRow(year);
    change([...rows, row]);
    requestAnimationFrame(() => document.getElementById(holidayDateId(row.key))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateHolidays(rows);
    if (!result.ok) {
      setProblems({ rows: result.errors, listMax: result.listMax });
      setStatus({ kind: 'idle' });
      // A problem in another year would be invisible: show the first year that has one.
      const first = rows.find((r) => result.errors.has(r.key));
      if (first) {
        setYear(first.year);
        requestAnimationFrame(() => document.getElementById(holidayDateId(first.key))?.focus());
      }
      return;
    }
    setProblems(null);
    setStatus({ kind: 'saving' });
    try {
      const stored = await call('settings.update', { patch: { holidays: result.holidays } });
      setSaved(stored.holidays);
      setRows(toRows(stored.holidays));
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (err) {
      setStatus({ kind: 'failed', error: toApiError(err) });
    }
  };

  const discard = () => {
    setRows(toRows(saved));
    setProblems(null);
    setStatus({ kind: 'idle' });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="holidays-title">
      <h2 id="holidays-title" className="card__title">
        {t('settings.calendar.holidaysTitle')}
      </h2>
      <p className="card__hint">{t('settings.calendar.holidaysHint')}</p>
      <YearSwitch
        years={yearChoices(rows, year)}
        current={year}
        counts={(y) => rows.filter((r) => r.year === y).length}
        onChange={setYear}
      />
      {problems && (
        <Alert tone="error">
          <p>
            {problems.listMax === null
              ? t('settings.calendar.errors.summary')
              : t('settings.calendar.errors.tooMany', { max: problems.listMax })}
          </p>
        </Alert>
      )}
      {shown.length === 0 ? (
        <p className="muted empty-inline" data-testid="holiday-empty">
          {t('settings.calendar.emptyYear', { year })}
        </p>
      ) : (
        <>
          <p className="muted">
            {t('settings.calendar.summary', { year, holidays: count('holiday'), workdays: count('workday') })}
          </p>
          <HolidayTable
            year={year}
            rows={shown}
            errors={problems?.rows ?? null}
            onEdit={(key, patch) => change(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))}
            onRemove={(key) => change(rows.filter((r) => r.key !== key))}
          />
        </>
      )}
      <button type="button" className="button button--small edit-table__add" onClick={add}>
        <Icon name="plus" size={16} />
        {t('settings.calendar.add')}
      </button>
      {status.kind === 'failed' && (
        <ErrorAlert title={t('settings.calendar.saveFailed')} error={status.error} />
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!dirty || status.kind === 'saving'}
        >
          {status.kind === 'saving' ? t('common.saving') : t('common.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty || status.kind === 'saving'}
          onClick={discard}
        >
          {t('common.discard')}
        </button>
        <p className="form-actions__status" role="status">
          {status.kind === 'saved'
            ? t('settings.calendar.saved')
            : dirty
              ? t('settings.calendar.unsaved')
              : ''}
        </p>
      </div>
    </form>
  );
}
