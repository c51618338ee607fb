import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AUDIT_TABS, auditTabHref, useAuditsRoute } from './auditsRoute';
import { CalibrationPage } from './calibration/CalibrationPage';
import { CalibrationPanel } from './calibration/CalibrationPanel';
import { AuditFormPage } from './form/AuditFormPage';
import { AuditQueuePanel } from './queue/AuditQueuePanel';
import { ReportsPanel } from './reports/ReportsPanel';
import { TemplateEditorPage } from './templates/TemplateEditorPage';
import { TemplatesPanel } from './templates/TemplatesPanel';
import './audits.css';

/** The quality manager's monthly QA round: the sampled queue, the scorecards, calibration, and the agent, item and auditor reports. */
export function AuditsView() {
  const { t } = useTranslation();
  const route = useAuditsRoute();
  if (route.kind === 'audit') return <AuditFormPage key={route.id} id={route.id} />;
  if (route.kind === 'calibration') return <CalibrationPage key={route.id} id={route.id} />;
  if (route.kind === 'template') return <TemplateEditorPage key={route.id ?? 'new'} id={route.id} />;
  return (
    <>
      <PageHeader title={t('areas.audits.title')}>
        <nav className="area-tabs" aria-label={t('audits.tabs.label')}>
          {AUDIT_TABS.map((tab) => (
            <a key={tab} className="area-tabs__tab" href={auditTabHref(tab)} aria-current={route.tab === tab ? 'page' : undefined}>
              {t(`audits.tabs.${tab}`)}
            </a>
          ))}
        </nav>
      </PageHeader>
      {route.tab === 'queue' && <AuditQueuePanel />}
      {route.tab === 'templates' && <TemplatesPanel />}
      {route.tab === 'calibration' && <CalibrationPanel />}
      {route.tab === 'reports' && <ReportsPanel />}
    </>
  );
}
