import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../../shared/api';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { ProgressBar } from '../../../components/ProgressBar';
import { formatNumber } from '../../../i18n/format';

type ExportInput = MethodInput<'tickets.export'>;
export type ExportFormat = ExportInput['format'];
export type ExportResult = MethodOutput<'tickets.export'>;

/** The folder of the workspace file, with its own separator: exports land beside the data they came from. */
function suggestedPath(workspacePath: string, stem: string, format: ExportFormat, now: Date): string {
  const cut = Math.max(workspacePath.lastIndexOf('/'), workspacePath.lastIndexOf('\\'));
  const dir = cut >= 0 ? workspacePath.slice(0, cut + 1) : '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${dir}${stem}-${stamp}.${format}`;
}

type Phase =
  | { step: 'path'; problem: 'required' | ApiError | null }
  | { step: 'running'; jobId: string; done: number; total: number; cancelling: boolean };

/**
 * Export of the current view: ask where (no native save dialog in every host), then run the export job with its
 * progress and a cancel button. A wrong folder comes back as an error beside the path, to be corrected in place.
 */
export function ExportDialog({
  format,
  request,
  workspacePath,
  expectedRows,
  onDone,
  onCancelled,
  onClose,
}: {
  format: ExportFormat;
  /** The view to export: query, columns and language, as the grid has them now. */
  request: Omit<ExportInput, 'jobId' | 'path' | 'format'>;
  workspacePath: string;
  expectedRows: number | null;
  onDone: (result: ExportResult) => void;
  onCancelled: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [path, setPath] = useState(() =>
    suggestedPath(workspacePath, t('tickets.export.fileName'), format, new Date()),
  );
  const [phase, setPhase] = useState<Phase>({ step: 'path', problem: null });
  const input = useRef<HTMLInputElement>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const field = input.current;
    if (field) {
      field.focus();
      const cut = Math.max(field.value.lastIndexOf('/'), field.value.lastIndexOf('\\')) + 1;
      field.setSelectionRange(cut, field.value.lastIndexOf('.'));
    }
    return () => {
      live.current = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.step === 'running') return;
    const target = path.trim();
    if (!target) {
      setPhase({ step: 'path', problem: 'required' });
      input.current?.focus();
      return;
    }
    const jobId = newJobId('export');
    setPhase({ step: 'running', jobId, done: 0, total: expectedRows ?? 0, cancelling: false });
    const off = subscribe('job.progress', (p) => {
      if (p.jobId !== jobId || !live.current) return;
      setPhase((prev) =>
        prev.step === 'running' && prev.jobId === jobId ? { ...prev, done: p.done, total: p.total } : prev,
      );
    });
    try {
      const result = await call('tickets.export', { ...request, jobId, format, path: target });
      onDone(result);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CANCELLED') onCancelled();
      else if (live.current) {
        setPhase({ step: 'path', problem: error });
        input.current?.focus();
      }
    } finally {
      off();
    }
  };

  const cancel = () => {
    if (phase.step !== 'running') return onClose();
    setPhase({ ...phase, cancelling: true });
    void call('jobs.cancel', { jobId: phase.jobId }).catch(() => undefined);
  };

  const running = phase.step === 'running';
  const problem = phase.step === 'path' ? phase.problem : null;
  return (
    <Modal title={t(`tickets.export.title_${format}`)} onCancel={cancel} onDismissed={cancel}>
      <form className="modal__form" onSubmit={submit} noValidate>
        {expectedRows !== null && (
          <p className="muted">{t('tickets.export.hint', { total: formatNumber(language, expectedRows) })}</p>
        )}
        <Field
          label={t('tickets.export.pathLabel')}
          error={problem === 'required' ? t('tickets.export.required') : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              className="input input--path"
              value={path}
              type="text"
              readOnly={running}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                setPath(event.target.value);
                if (problem) setPhase({ step: 'path', problem: null });
              }}
            />
          )}
        </Field>
        {problem && problem !== 'required' && (
          <ErrorAlert title={t('tickets.export.failed')} error={problem} />
        )}
        {running && (
          <div className="export-progress" data-testid="export-progress">
            <ProgressBar done={phase.done} total={phase.total} label={t('tickets.export.progressLabel')} />
            <p className="muted">
              {phase.cancelling
                ? t('tickets.export.cancelling')
                : t('tickets.export.progress', {
                    done: formatNumber(language, phase.done),
                    total: formatNumber(language, phase.total),
                  })}
            </p>
          </div>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={cancel} disabled={running && phase.cancelling}>
            {running ? t('tickets.export.cancel') : t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={running}>
            {running ? t('tickets.export.running') : t('tickets.export.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
