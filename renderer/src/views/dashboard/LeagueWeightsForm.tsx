import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LeagueWeightsInput, type LeagueWeights } from '../../../../shared/schemas/kpi-league';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';

/**
 * The league's weights, one number per component, checked with the contract's schema before they are sent (each
 * 0–100, not all zero); saved in the workspace, or reset to the defaults.
 */
export function LeagueWeightsForm({
  current,
  onSaved,
}: {
  current: LeagueWeights;
  onSaved: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() => current.weights.map((w) => String(w.weight)));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const run = async (work: () => Promise<unknown>, note: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      onSaved(note);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers = texts.map((s) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.'))));
    const weights = current.weights.map((w, i) => ({ kpi: w.kpi, weight: numbers[i] ?? Number.NaN }));
    if (weights.some((w) => !Number.isFinite(w.weight) || w.weight < 0 || w.weight > 100)) {
      setInvalid(t('kpi.league.weights.range'));
      return;
    }
    const parsed = LeagueWeightsInput.safeParse({ weights });
    if (!parsed.success) {
      setInvalid(t('kpi.league.weights.allZero'));
      return;
    }
    setInvalid(null);
    void run(() => call('kpi.league.weights.set', parsed.data), t('kpi.league.weights.saved'));
  };

  return (
    <form className="league-weights" onSubmit={submit} noValidate data-testid="league-weights">
      <fieldset className="league-weights__fields">
        <legend className="league-weights__legend">{t('kpi.league.weights.title')}</legend>
        {current.weights.map((w, i) => (
          <label key={w.kpi} className="league-weights__field">
            <span>{t(`kpi.defs.${w.kpi}.name`)}</span>
            <input
              className="input league-weights__input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              aria-label={t('kpi.league.weights.label', { name: t(`kpi.defs.${w.kpi}.name`) })}
              aria-invalid={invalid ? true : undefined}
              data-testid={`league-weight-${w.kpi}`}
              value={texts[i] ?? ''}
              onChange={(e) => setTexts(texts.map((s, j) => (j === i ? e.target.value : s)))}
            />
          </label>
        ))}
      </fieldset>
      <p className="field__hint">
        {t('kpi.league.weights.hint')}{' '}
        {t(current.custom ? 'kpi.league.weights.custom' : 'kpi.league.weights.defaults')}
      </p>
      {invalid && (
        <p className="field__error" role="alert">
          {invalid}
        </p>
      )}
      {failure && <ErrorAlert title={t('kpi.league.weights.failed')} error={failure} />}
      <div className="league-weights__actions">
        <button
          type="button"
          className="button"
          disabled={busy || !current.custom}
          onClick={() =>
            void run(() => call('kpi.league.weights.reset', {}), t('kpi.league.weights.resetDone'))
          }
        >
          {t('kpi.league.weights.reset')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('kpi.league.weights.save')}
        </button>
      </div>
    </form>
  );
}
