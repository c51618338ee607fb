import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useWorkspace } from '../../../app/WorkspaceContext';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { formatNumber, localIsoDay } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

const DAY = 86_400_000;
/** Midnight of a YYYY-MM-DD day on this computer's clock, which is where the user reads the dates. */
const localMidnight = (day: string) => new Date(`${day}T00:00:00`).getTime();
const folderOf = (file: string) => file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

type State =
  | { status: 'idle' | 'running' }
  | { status: 'done'; rows: number; path: string }
  | { status: 'failed'; error: ApiError };

/** Export the audit entries of a period (whole local days) to a CSV file beside the workspace by default. */
export function AuditExportCard() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const workspace = useWorkspace();
  // The last 30 days by default, fixed when the card mounts (lazy initial state runs once).
  const [initial] = useState(() => ({
    from: localIsoDay(Date.now() - 30 * DAY),
    to: localIsoDay(Date.now()),
  }));
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [path, setPath] = useState(
    () => `${folderOf(workspace.path)}${t('backup.audit.defaultName', initial)}`,
  );
  const [problem, setProblem] = useState<'required' | 'periodInvalid' | null>(null);
  const [state, setState] = useState<State>({ status: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || !path.trim()) return setProblem('required');
    if (to < from) return setProblem('periodInvalid');
    setProblem(null);
    setState({ status: 'running' });
    try {
      const r = await call('audit.export', {
        from: localMidnight(from),
        to: localMidnight(to) + DAY,
        path: path.trim(),
      });
      setState({ status: 'done', rows: r.rows, path: r.path });
    } catch (err) {
      setState({ status: 'failed', error: toApiError(err) });
    }
  };

  return (
    <section className="card" aria-labelledby="audit-export-title">
      <h2 id="audit-export-title" className="card__title">
        {t('backup.audit.title')}
      </h2>
      <p className="card__hint">{t('backup.audit.hint')}</p>
      <form className="audit-export" onSubmit={(e) => void submit(e)} noValidate data-testid="audit-export">
        <div className="audit-export__period">
          <Field
            label={t('backup.audit.from')}
            error={problem === 'periodInvalid' ? t('backup.audit.periodInvalid') : undefined}
          >
            {(c) => (
              <input
                {...c}
                type="date"
                className="input"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('backup.audit.to')}>
            {(c) => (
              <input
                {...c}
                type="date"
                className="input"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          label={t('backup.audit.path')}
          error={problem === 'required' ? t('backup.audit.required') : undefined}
        >
          {(c) => (
            <input
              {...c}
              className="input input--path"
              spellCheck={false}
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
          )}
        </Field>
        {state.status === 'done' && (
          <Alert tone="success">
            <p>
              {t('backup.audit.done', {
                count: state.rows,
                path: state.path,
                rows: formatNumber(language, state.rows),
              })}
            </p>
          </Alert>
        )}
        {state.status === 'failed' && <ErrorAlert title={t('backup.audit.failed')} error={state.error} />}
        <div className="button-row">
          <button type="submit" className="button" disabled={state.status === 'running'}>
            {state.status === 'running' ? t('backup.audit.exporting') : t('backup.audit.export')}
          </button>
        </div>
      </form>
    </section>
  );
}
