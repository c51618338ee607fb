import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPolicy } from '../../../../../shared/schemas/tickets';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { TargetInput } from './TargetInput';
import {
  errorKey,
  samePolicy,
  TARGET_KINDS,
  toPolicyDraft,
  validatePolicy,
  type PolicyErrors,
  type TierDraft,
} from './policyDraft';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'failed'; error: ApiError };

const TIER_KEYS = ['1', '2', '3', '4'] as const;
const NOTE_MAX = 500;

/** Targets of every tier, edited in the unit people think in, saved as a new policy version with a note. */
export function PolicyForm({
  policy,
  dayMinutes,
  onSaved,
}: {
  policy: SlaPolicy;
  dayMinutes: number;
  onSaved: (policy: SlaPolicy) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [saved, setSaved] = useState(policy);
  const [draft, setDraft] = useState(() => toPolicyDraft(policy.targets, dayMinutes));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<PolicyErrors | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  const dirty = !samePolicy(draft, saved.targets, dayMinutes);

  const update = (next: TierDraft[]) => {
    setDraft(next);
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
    if (errors) {
      const result = validatePolicy(next, dayMinutes);
      setErrors(result.ok ? null : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validatePolicy(draft, dayMinutes);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'idle' });
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors(null);
    setStatus({ kind: 'saving' });
    try {
      const stored = await call('sla.policy.save', { targets: result.targets, note: note.trim() });
      setSaved(stored);
      setDraft(toPolicyDraft(stored.targets, dayMinutes));
      setNote('');
      setStatus({ kind: 'saved', version: stored.version });
      onSaved(stored);
    } catch (err) {
      setStatus({ kind: 'failed', error: toApiError(err) });
    }
  };

  return (
    <form ref={form} className="card" onSubmit={submit} noValidate aria-labelledby="sla-policy-title">
      <div className="card__heading-row">
        <h2 id="sla-policy-title" className="card__title">
          {t('settings.sla.title')}
        </h2>
        <span className="badge badge--accent" data-testid="sla-current-version">
          {t('settings.sla.currentVersion', { version: saved.version })}
        </span>
      </div>
      <p className="card__hint">{t('settings.sla.hint')}</p>
      {errors && (
        <Alert tone="error">
          <p>{t('settings.sla.errors.summary')}</p>
        </Alert>
      )}
      <div className="edit-table-wrap">
        <table className="edit-table sla-table" data-testid="sla-targets">
          <thead>
            <tr>
              <th scope="col">{t('settings.sla.tierColumn')}</th>
              {TARGET_KINDS.map((kind) => (
                <th key={kind} scope="col">
                  {t(`settings.sla.targets.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.map((row) => (
              <tr key={row.tier}>
                <th scope="row">
                  <div className="sla-table__tier">
                    <span className="sla-table__tier-number">
                      {t('settings.sla.tier', { tier: row.tier })}
                    </span>
                    <span className="sla-table__tier-name">
                      {t(`settings.sla.tierNames.${TIER_KEYS[row.tier - 1] ?? '1'}`)}
                    </span>
                  </div>
                </th>
                {TARGET_KINDS.map((kind) => (
                  <td key={kind}>
                    <TargetInput
                      tier={row.tier}
                      kind={kind}
                      value={row[kind]}
                      error={errors?.get(errorKey(row.tier, kind))}
                      onChange={(next) =>
                        update(draft.map((r) => (r.tier === row.tier ? { ...r, [kind]: next } : r)))
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">
        {t('settings.sla.dayLength', { hours: formatNumber(language, dayMinutes / 60) })}
      </p>
      <Field label={t('settings.sla.note.label')} hint={t('settings.sla.note.hint')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      {status.kind === 'failed' && <ErrorAlert title={t('settings.sla.saveFailed')} error={status.error} />}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!dirty || status.kind === 'saving'}
        >
          {status.kind === 'saving' ? t('common.saving') : t('settings.sla.saveVersion')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty || status.kind === 'saving'}
          onClick={() => update(toPolicyDraft(saved.targets, dayMinutes))}
        >
          {t('common.discard')}
        </button>
        <p className="form-actions__status" role="status">
          {status.kind === 'saved'
            ? t('settings.sla.saved', { version: status.version })
            : dirty
              ? t('settings.sla.unsaved')
              : ''}
        </p>
      </div>
    </form>
  );
}
