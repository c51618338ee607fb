import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupRetention } from '../../../../../shared/schemas/backup';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';

const loadRetention = () => call('backup.retention.get', {});
const KEYS = ['daily', 'weekly', 'monthly'] as const;
type Key = (typeof KEYS)[number];
/** The contract's upper bounds, so the form names the same limits the host enforces. */
const MAX: Record<Key, number> = { daily: 366, weekly: 260, monthly: 240 };

/** How many daily, weekly and monthly automatic backups rotation keeps. */
export function RetentionCard({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const retention = useResource(loadRetention);
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title" className="card__title">
        {t('backup.retention.title')}
      </h2>
      <p className="card__hint">{t('backup.retention.hint')}</p>
      {retention.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {retention.status === 'error' && <ErrorAlert error={retention.error} />}
      {retention.status === 'ready' && <RetentionForm initial={retention.data} onSaved={onSaved} />}
    </section>
  );
}

/** The three counts as text while edited, validated with the contract's schema on save. */
function RetentionForm({ initial, onSaved }: { initial: BackupRetention; onSaved: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<Key, string>>({
    daily: String(initial.daily),
    weekly: String(initial.weekly),
    monthly: String(initial.monthly),
  });
  const [invalid, setInvalid] = useState<Set<Key>>(new Set());
  const [state, setState] = useState<
    { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: ApiError }
  >({ status: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = BackupRetention.safeParse(
      Object.fromEntries(KEYS.map((k) => [k, draft[k].trim() === '' ? NaN : Number(draft[k])])),
    );
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((i) => i.path[0] as Key)));
      return;
    }
    setInvalid(new Set());
    setState({ status: 'saving' });
    try {
      await call('backup.retention.set', { retention: parsed.data });
      setState({ status: 'saved' });
      onSaved();
    } catch (err) {
      setState({ status: 'failed', error: toApiError(err) });
    }
  };

  return (
    <form className="retention" onSubmit={(e) => void submit(e)} noValidate data-testid="backup-retention">
      {KEYS.map((key) => (
        <Field
          key={key}
          label={t(`backup.retention.${key}`)}
          error={invalid.has(key) ? t('backup.retention.invalid', { max: MAX[key] }) : undefined}
        >
          {(c) => (
            <input
              {...c}
              className="input input--short"
              inputMode="numeric"
              value={draft[key]}
              onChange={(e) => {
                setDraft({ ...draft, [key]: e.target.value });
                setState({ status: 'idle' });
              }}
            />
          )}
        </Field>
      ))}
      {state.status === 'saved' && (
        <Alert tone="success">
          <p>{t('backup.retention.saved')}</p>
        </Alert>
      )}
      {state.status === 'failed' && <ErrorAlert title={t('backup.retention.failed')} error={state.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={state.status === 'saving'}>
          {state.status === 'saving' ? t('common.saving') : t('backup.retention.save')}
        </button>
      </div>
    </form>
  );
}
