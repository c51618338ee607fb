import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';

/** The Expiring window (days before the last valid day), saved on its own. */
export function ExpiringDaysField({ value, onSaved }: { value: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(text);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      setError(t('training.matrix.expiringError'));
      return;
    }
    setError(null);
    try {
      await call('training.settings.save', { patch: { expiringDays: days } });
      setDone(true);
      onSaved();
    } catch {
      setError(t('training.saveFailed'));
    }
  };
  return (
    <form className="training-filter expiring-days" onSubmit={(e) => void submit(e)} title={t('training.matrix.expiringHint')}>
      <label htmlFor="expiring-days">{t('training.matrix.expiringDays')}</label>
      <span className="expiring-days__row">
        <input id="expiring-days" className="input input--short" inputMode="numeric" value={text} aria-invalid={error ? true : undefined} aria-describedby={error ? 'expiring-days-error' : undefined} onChange={(e) => { setText(e.target.value); setDone(false); }} />
        <button type="submit" className="button button--small">{t('common.save')}</button>
      </span>
      {error && <span id="expiring-days-error" className="field__error">{error}</span>}
      {done && !error && <span className="muted" role="status">{t('training.matrix.settingsSaved')}</span>}
    </form>
  );
}
