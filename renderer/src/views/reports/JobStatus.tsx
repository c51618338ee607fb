import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import type { ReportRun } from '../../../../shared/schemas/reports';
import { call, toApiError, type ApiError } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import type { ReportJobState } from './useReportJob';

type Phase = keyof typeof zhCN.reports.screen.phases;
const isPhase = (phase: string | null): phase is Phase =>
  phase !== null && Object.hasOwn(zhCN.reports.screen.phases, phase);

/** The folder of a file path, for the message when the host cannot open folders. */
const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');

/** The written files, and "open folder" (the Electron host shows it; the web host says where the files are). */
function Done({ run }: { run: ReportRun }) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState<{ unsupported: boolean } | { error: ApiError } | null>(null);
  const first = run.files[0]?.path ?? '';
  const open = async () => {
    try {
      await call('reports.reveal', { path: first });
      setReveal(null);
    } catch (err) {
      const error = toApiError(err);
      setReveal(error.code === 'NOT_SUPPORTED' ? { unsupported: true } : { error });
    }
  };
  return (
    <Alert tone="success" title={t('reports.screen.done')}>
      <ul className="report-files">
        {run.files.map((f) => (
          <li key={f.format}>
            <code>{f.path}</code>
          </li>
        ))}
      </ul>
      <div className="report-files__actions">
        <button type="button" className="button" onClick={() => void open()}>
          {t('reports.screen.openFolder')}
        </button>
      </div>
      {reveal && 'unsupported' in reveal && (
        <p className="report-files__note">
          {t('reports.screen.openFolderUnsupported', { path: folderOf(first) })}
        </p>
      )}
      {reveal && 'error' in reveal && <ErrorAlert title={t('reports.screen.failed')} error={reveal.error} />}
    </Alert>
  );
}

/** Progress with the current phase and a cancel button while running; the outcome afterwards. */
export function JobStatus({ state, onCancel }: { state: ReportJobState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'idle') return null;
  if (state.status === 'done') return <Done run={state.run} />;
  if (state.status === 'cancelled')
    return (
      <Alert tone="info">
        <p>{t('reports.screen.cancelled')}</p>
      </Alert>
    );
  if (state.status === 'failed') return <ErrorAlert title={t('reports.screen.failed')} error={state.error} />;
  return (
    <div className="report-progress" data-testid="report-progress">
      <ProgressBar done={state.done} total={state.total} label={t('reports.screen.generating')} />
      <p aria-live="polite">
        {isPhase(state.phase) ? t(`reports.screen.phases.${state.phase}`) : t('reports.screen.generating')}
      </p>
      <button type="button" className="button" onClick={onCancel} disabled={state.cancelling}>
        {state.cancelling ? t('reports.screen.cancelling') : t('reports.screen.cancel')}
      </button>
    </div>
  );
}
