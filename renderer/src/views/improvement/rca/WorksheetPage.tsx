import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { WriteError } from '../LinkedRecords';
import { OptionSelect } from '../OptionSelect';
import { useCycleOptions } from '../references';
import { go } from '../route';
import { FishboneEditor } from './FishboneEditor';
import { FiveWhyEditor } from './FiveWhyEditor';
import { useWorksheet, type SaveState } from './useWorksheet';

const STATE_KEY: Record<SaveState, 'saved' | 'saving' | 'unsavedChanges' | 'saveFailed'> = {
  saved: 'saved',
  saving: 'saving',
  pending: 'unsavedChanges',
  failed: 'saveFailed',
  conflict: 'saveFailed',
};

/** One worksheet: its name, problem and cycle, then the fishbone or 5-Why editor; everything autosaves. */
export function WorksheetPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const ws = useWorksheet(id);
  const cycles = useCycleOptions();
  const [actionError, setActionError] = useState<ApiError | null>(null);

  if (!ws.sheet || !ws.content || !ws.head) {
    return ws.error ? (
      <ErrorAlert title={t('improvement.common.loadFailed')} error={ws.error} />
    ) : (
      <p className="muted">{t('common.loading')}</p>
    );
  }
  const { sheet, content, head } = ws;

  const remove = async () => {
    if (!window.confirm(t('improvement.common.confirmDelete', { title: head.title }))) return;
    setActionError(null);
    try {
      await call('rca.delete', { id });
      go('rca');
    } catch (err) {
      setActionError(toApiError(err));
    }
  };

  return (
    <>
      <PageHeader title={head.title || t(`improvement.rca.kinds.${sheet.kind}`)}>
        <span className="page-header__row">
          <a href={head.cycleId ? `#/pdca/${head.cycleId}` : '#/rca'} className="back-link">
            ← {head.cycleId ? (sheet.cycleTitle ?? t('improvement.common.back')) : t('improvement.rca.list')}
          </a>
          <span className="badge badge--accent">{t(`improvement.rca.kinds.${sheet.kind}`)}</span>
          <span
            className={`save-state save-state--${ws.state}`}
            role="status"
            data-testid="save-state"
            data-state={ws.state}
          >
            {t(`improvement.common.${STATE_KEY[ws.state]}`)}
          </span>
        </span>
      </PageHeader>
      {ws.state === 'conflict' && (
        <Alert tone="error">
          <p>{t('improvement.rca.conflict')}</p>
          <button type="button" className="button button--small" onClick={ws.reload}>
            {t('improvement.rca.reload')}
          </button>
        </Alert>
      )}
      {ws.state === 'failed' && ws.error && (
        <WriteError title={t('improvement.common.saveFailed')} error={ws.error} onDismiss={ws.reload} />
      )}
      {actionError && (
        <WriteError
          title={t('improvement.common.saveFailed')}
          error={actionError}
          onDismiss={() => setActionError(null)}
        />
      )}
      <section className="card worksheet-head">
        <div className="form-grid form-grid--head">
          <Field label={t('improvement.rca.fields.title')}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={head.title}
                maxLength={200}
                onChange={(e) => ws.setHead({ ...head, title: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('improvement.rca.fields.cycle')}>
            {(control) => (
              <OptionSelect
                control={control}
                options={cycles.status === 'ready' ? cycles.data : []}
                value={head.cycleId}
                empty={t('improvement.actions.noCycle')}
                onChange={(cycleId) => ws.setHead({ ...head, cycleId })}
              />
            )}
          </Field>
        </div>
        <Field label={t('improvement.rca.fields.problem')}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={2}
              maxLength={2000}
              value={head.problem}
              onChange={(e) => ws.setHead({ ...head, problem: e.target.value })}
            />
          )}
        </Field>
      </section>
      {content.kind === 'fishbone' ? (
        <FishboneEditor
          title={head.title}
          problem={head.problem}
          content={content}
          onChange={ws.setContent}
          onProblem={(problem) => ws.setHead({ ...head, problem: problem.slice(0, 2000) })}
        />
      ) : (
        <FiveWhyEditor
          content={content}
          actions={sheet.actions}
          saved={ws.state === 'saved'}
          onChange={ws.setContent}
          onMakeAction={(countermeasureId) => {
            setActionError(null);
            call('rca.makeAction', { worksheetId: id, countermeasureId }).then(
              (w) => ws.accept(w, false),
              (err: unknown) => setActionError(toApiError(err)),
            );
          }}
        />
      )}
      <div className="danger-zone">
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          {t('improvement.rca.deleteWorksheet')}
        </button>
      </div>
    </>
  );
}
