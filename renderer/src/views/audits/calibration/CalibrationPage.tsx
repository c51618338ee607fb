import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationSummary } from '../../../../../shared/schemas/audit-calibration';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { AuditsError } from '../AuditsError';
import { auditTabHref } from '../auditsRoute';
import { CalibrationEntryForm } from './CalibrationEntryForm';
import { CalibrationResultsView } from './CalibrationResultsView';
import './calibration.css';

/** One session: while open, each auditor scores under their own name; once revealed, the results. */
export function CalibrationPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('audits.calibration.get', { id }), [id]);
  const session = useResource(load);
  return (
    <>
      <PageHeader title={t('audits.calibration.page.title', { title: session.status === 'ready' ? session.data.title : `#${id}` })}>
        <a className="audits-back" href={auditTabHref('calibration')}>{t('audits.calibration.page.back')}</a>
      </PageHeader>
      {session.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {session.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={session.error} />}
      {session.status === 'ready' && session.data.status === 'revealed' && <CalibrationResultsView id={id} />}
      {session.status === 'ready' && session.data.status === 'open' && <OpenSession session={session.data} onRevealed={session.reload} />}
    </>
  );
}

function OpenSession({ session, onRevealed }: { session: CalibrationSummary; onRevealed: () => void }) {
  const { t, i18n } = useTranslation();
  const [current, setCurrent] = useState(session);
  const [auditor, setAuditor] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submitted = current.auditors.filter((a) => a.submitted).length;

  const reveal = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await call('audits.calibration.reveal', { id: session.id });
      onRevealed();
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <div className="calibration">
      <section className="calibration__head audits-card">
        <dl className="audit-record__facts">
          <div><dt>{t('audits.calibration.columns.ticket')}</dt><dd>{`${current.ticketRef} · ${current.subject}`}</dd></div>
          <div>
            <dt>{t('audits.calibration.columns.template')}</dt>
            <dd>{`${i18n.language === 'en' ? current.templateNameEn : current.templateNameZh} · ${t('audits.form.version', { version: current.templateVersion })}`}</dd>
          </div>
          <div><dt>{t('audits.calibration.columns.progress')}</dt><dd>{t('audits.calibration.page.progress', { submitted, total: current.auditors.length })}</dd></div>
        </dl>
        <p className="calibration__blind" role="note">{t('audits.calibration.page.blindNote')}</p>
        <ul className="calibration__auditors" aria-label={t('audits.calibration.columns.auditors')} data-testid="calibration-auditors">
          {current.auditors.map((a) => (
            <li key={a.name} className={a.submitted ? 'calibration__auditor calibration__auditor--done' : 'calibration__auditor'}>
              <span>{a.name}</span>
              <span className={`badge ${a.submitted ? 'badge--success' : ''}`}>
                {a.submitted ? t('audits.calibration.page.submitted') : t('audits.calibration.page.waiting')}
              </span>
            </li>
          ))}
        </ul>
        <div className="calibration__toolbar">
          <Field label={t('audits.calibration.page.scoringAs')}>
            {(control) => (
              <select {...control} className="input" value={auditor} onChange={(e) => setAuditor(e.target.value)}>
                <option value="">{t('audits.calibration.page.chooseAuditor')}</option>
                {current.auditors.map((a) => <option key={a.name} value={a.name}>{a.name}</option>)}
              </select>
            )}
          </Field>
          <div className="calibration__reveal">
            <button type="button" className="button" disabled={busy || submitted < 2} onClick={() => void reveal()}>
              {t('audits.calibration.page.reveal')}
            </button>
            <small className="muted">{t('audits.calibration.page.revealHint')}</small>
          </div>
        </div>
        {failure && <AuditsError title={t('audits.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
      </section>
      {auditor !== '' && <CalibrationEntryForm key={auditor} sessionId={session.id} auditor={auditor} onSaved={setCurrent} />}
    </div>
  );
}
