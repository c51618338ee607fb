import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview } from '../../../../../shared/schemas/importers';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useLanguage } from '../../../i18n/useLanguage';
import { ticketsHref } from '../ticketsRoute';
import { CheckStep } from './CheckStep';
import { DoneStep } from './DoneStep';
import { FileFacts } from './FileFacts';
import { FileStep } from './FileStep';
import { ImportProgress } from './ImportProgress';
import { importErrorText } from './importErrorText';
import { MappingStep } from './MappingStep';
import { useImportJob } from './useImportJob';
import { useTopOnChange } from '../useTopOnChange';
import './ticket-import.css';

const STEPS = ['file', 'mapping', 'check', 'import'] as const;
type Step = (typeof STEPS)[number];

const loadContext = async () => {
  const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
  return { nativeDialogs: info.nativeDialogs, timeZone: settings.timeZone };
};

/**
 * The import wizard (#/tickets/import): file → mapping → check (a dry run over every row, with the row-level
 * error report) → import of the valid rows. Both runs are jobs with progress and cancel; a cancelled or failed
 * import writes nothing.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const context = useResource(loadContext);
  const [step, setStep] = useState<Step>('file');
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const job = useImportJob();
  const top = useTopOnChange(step);

  const readFile = (chosen: string, read: ImportPreview) => {
    setPath(chosen);
    setPreview(read);
    setMapping(read.mapping);
    job.reset();
  };

  const runCheck = async () => {
    if (!mapping) return;
    setStep('check');
    // The report core writes beside the file is read by the same person: in the language on screen.
    await job.run({ path, mapping, dryRun: true, language });
  };

  const runImport = async () => {
    if (!mapping) return;
    setStep('import');
    await job.run({ path, mapping, dryRun: false, skipInvalid: true, language });
  };

  const restart = () => {
    job.reset();
    setPreview(null);
    setMapping(null);
    setStep('file');
  };

  const state = job.state;
  return (
    <div className="import-wizard" ref={top}>
      <a className="back-link" href={ticketsHref('list')}>
        <span aria-hidden="true">←</span>
        {t('ticketImport.backToList')}
      </a>
      <PageHeader title={t('ticketImport.title')}>
        <p className="page-header__lead">{t('ticketImport.lead')}</p>
      </PageHeader>
      <ol className="import-steps" aria-label={t('ticketImport.steps.label')}>
        {STEPS.map((s, index) => (
          <li
            key={s}
            className={
              s === step
                ? 'import-steps__step import-steps__step--current'
                : STEPS.indexOf(step) > index
                  ? 'import-steps__step import-steps__step--done'
                  : 'import-steps__step'
            }
            {...(s === step ? { 'aria-current': 'step' as const } : {})}
          >
            <span className="import-steps__number">{index + 1}</span>
            <span>{t(`ticketImport.steps.${s}`)}</span>
          </li>
        ))}
      </ol>

      {context.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {context.status === 'error' && <ErrorAlert error={context.error} />}

      {context.status === 'ready' && step === 'file' && (
        <>
          <FileStep initialPath={path} nativeDialogs={context.data.nativeDialogs} onRead={readFile} />
          {preview && (
            <>
              <FileFacts preview={preview} onChangeFile={restart} />
              <div className="form-actions">
                <button type="button" className="button button--primary" onClick={() => setStep('mapping')}>
                  {t('ticketImport.file.next')}
                </button>
              </div>
            </>
          )}
        </>
      )}

      {context.status === 'ready' && step === 'mapping' && preview && mapping && (
        <MappingStep
          path={path}
          preview={preview}
          mapping={mapping}
          workspaceZone={context.data.timeZone}
          onChange={setMapping}
          onPreview={setPreview}
          onBack={() => setStep('file')}
          onNext={() => void runCheck()}
        />
      )}

      {(step === 'check' || step === 'import') && state.status === 'running' && (
        <ImportProgress
          title={state.dryRun ? t('ticketImport.check.running') : t('ticketImport.steps.import')}
          phase={state.phase}
          done={state.done}
          total={state.total}
          cancelling={state.cancelling}
          onCancel={() => void job.cancel()}
        />
      )}
      {(step === 'check' || step === 'import') && state.status === 'cancelled' && (
        <>
          <Alert tone="info">
            <p>{t('ticketImport.progress.cancelled')}</p>
          </Alert>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setStep('mapping')}>
              {t('ticketImport.mapping.back')}
            </button>
          </div>
        </>
      )}
      {(step === 'check' || step === 'import') && state.status === 'failed' && (
        <>
          <Alert
            tone="error"
            title={state.dryRun ? t('ticketImport.check.failed') : t('ticketImport.done.failed')}
          >
            <p>{importErrorText(t, state.error)}</p>
          </Alert>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setStep('mapping')}>
              {t('ticketImport.mapping.back')}
            </button>
          </div>
        </>
      )}
      {step === 'check' && state.status === 'done' && (
        <CheckStep
          summary={state.summary}
          onImport={() => void runImport()}
          onBack={() => setStep('mapping')}
          onCancel={() => window.location.assign(ticketsHref('list'))}
        />
      )}
      {step === 'import' && state.status === 'done' && (
        <DoneStep summary={state.summary} onAnother={restart} />
      )}
    </div>
  );
}
