import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { go } from '../route';
import { blankCycle, fromDraft, toDraft, type CycleErrorKey } from './cycleDraft';
import { OverviewForm } from './OverviewForm';

export function NewCycle() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(blankCycle()));
  const [errors, setErrors] = useState<CycleErrorKey[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setBusy(true);
    try {
      const created = await call('pdca.save', { fields: result.fields });
      go(`pdca/${created.id}`);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('improvement.pdca.newCycle')}>
        <a href="#/pdca" className="back-link">
          ← {t('improvement.pdca.board')}
        </a>
      </PageHeader>
      <form className="card cycle-section" onSubmit={submit} noValidate>
        <OverviewForm
          draft={draft}
          errors={errors}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        />
        {error && <ErrorAlert title={t('improvement.common.saveFailed')} error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('improvement.common.create')}
          </button>
          <a className="button" href="#/pdca">
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
