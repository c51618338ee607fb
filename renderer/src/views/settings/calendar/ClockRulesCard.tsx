import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Settings } from '../../../../../shared/schemas/workspace';
import { TICKET_STATUSES, type TicketStatus } from '../../../../../shared/domain/enums';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };
type ClockRules = Pick<Settings, 'pauseStatuses' | 'escalationThreshold'>;

const Threshold = Settings.shape.escalationThreshold;
const MIN_PERCENT = Math.round((Threshold.minValue ?? 0.1) * 100);
const MAX_PERCENT = Math.round((Threshold.maxValue ?? 1) * 100);

/** The threshold as a whole percentage, or null when the text is not one within the contract's range. */
function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace('％', '').replace('%', '');
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const percent = Number(trimmed);
  return percent >= MIN_PERCENT && percent <= MAX_PERCENT ? percent : null;
}

const inStatusOrder = (statuses: readonly TicketStatus[]) =>
  TICKET_STATUSES.filter((s) => statuses.includes(s));

/** Statuses that stop SLA clocks, and the share of a target after which a ticket is flagged for escalation. */
export function ClockRulesCard({ initial, onSaved }: { initial: ClockRules; onSaved: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [paused, setPaused] = useState<TicketStatus[]>(() => inStatusOrder(initial.pauseStatuses));
  const [percent, setPercent] = useState(() => String(Math.round(initial.escalationThreshold * 100)));
  const [checked, setChecked] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const value = parsePercent(percent);
  const thresholdError =
    checked && value === null
      ? t('settings.calendar.threshold.error', { min: MIN_PERCENT, max: MAX_PERCENT })
      : undefined;
  const dirty =
    paused.join() !== inStatusOrder(saved.pauseStatuses).join() ||
    value !== Math.round(saved.escalationThreshold * 100);

  const touch = () => {
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (value === null) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const stored = await call('settings.update', {
        patch: { pauseStatuses: paused, escalationThreshold: value / 100 },
      });
      setSaved(stored);
      setPaused(inStatusOrder(stored.pauseStatuses));
      setPercent(String(Math.round(stored.escalationThreshold * 100)));
      setChecked(false);
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (err) {
      setStatus({ kind: 'failed', error: toApiError(err) });
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="clock-rules-title">
      <h2 id="clock-rules-title" className="card__title">
        {t('settings.calendar.clockTitle')}
      </h2>
      <p className="card__hint">{t('settings.calendar.clockHint')}</p>
      <fieldset className="field" aria-describedby="pause-statuses-hint">
        <legend className="field__label">{t('settings.calendar.pause.label')}</legend>
        <div className="chips">
          {TICKET_STATUSES.map((s) => {
            const on = paused.includes(s);
            return (
              <label key={s} className={on ? 'chip chip--on' : 'chip'}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => {
                    setPaused(inStatusOrder(on ? paused.filter((p) => p !== s) : [...paused, s]));
                    touch();
                  }}
                />
                {t(`settings.statuses.${s}`)}
              </label>
            );
          })}
        </div>
        <p id="pause-statuses-hint" className="field__hint">
          {t('settings.calendar.pause.hint')}
        </p>
      </fieldset>
      <Field
        label={t('settings.calendar.threshold.label')}
        hint={t('settings.calendar.threshold.hint')}
        error={thresholdError}
      >
        {(control) => (
          <span className="input-with-unit">
            <input
              {...control}
              className="input input--number"
              type="text"
              inputMode="numeric"
              value={percent}
              onChange={(event) => {
                setPercent(event.target.value);
                touch();
              }}
            />
            <span className="input-with-unit__unit">{t('settings.calendar.threshold.unit')}</span>
          </span>
        )}
      </Field>
      {status.kind === 'failed' && (
        <ErrorAlert title={t('settings.calendar.clockSaveFailed')} error={status.error} />
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!dirty || status.kind === 'saving'}
        >
          {status.kind === 'saving' ? t('common.saving') : t('common.save')}
        </button>
        <p className="form-actions__status" role="status">
          {status.kind === 'saved' ? t('settings.calendar.clockSaved') : dirty ? t('settings.unsaved') : ''}
        </p>
      </div>
    </form>
  );
}
