import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, WorkspaceSummary } from '../../../../shared/schemas/workspace';
import type { Area } from '../../../../shared/domain/enums';
import { useHashArea } from '../../app/useHashArea';
import { sessionKey, WorkspaceContext } from '../../app/WorkspaceContext';
import { useDocumentTitle } from '../../i18n/useDocumentTitle';
import { DashboardView } from '../dashboard/DashboardView';
import { MysteryView } from '../mystery/MysteryView';
import { ActionsView } from '../improvement/ActionsView';
import { AlertsView } from '../alerts/AlertsView';
import { AuditsView } from '../audits/AuditsView';
import { PdcaView } from '../improvement/PdcaView';
import { RcaView } from '../improvement/RcaView';
import { ReportsView } from '../reports/ReportsView';
import { SettingsView } from '../settings/SettingsView';
import { SurveysView } from '../surveys/SurveysView';
import { TicketsView } from '../tickets/TicketsView';
import { TrainingView } from '../training/TrainingView';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

function AreaView({ area }: { area: Area }) {
  if (area === 'dashboard') return <DashboardView />;
  if (area === 'alerts') return <AlertsView />;
  if (area === 'settings') return <SettingsView />;
  if (area === 'pdca') return <PdcaView />;
  if (area === 'rca') return <RcaView />;
  if (area === 'actions') return <ActionsView />;
  if (area === 'tickets') return <TicketsView />;
  if (area === 'training') return <TrainingView />;
  if (area === 'surveys') return <SurveysView />;
  if (area === 'reports') return <ReportsView />;
  if (area === 'audits') return <AuditsView />;
  return <MysteryView />;
}

/** The console around an open workspace: navigation, the workspace bar, and the current area. */
export function Shell({
  info,
  workspace,
  onClosed,
}: {
  info: AppInfo;
  workspace: WorkspaceSummary;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const area = useHashArea();
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(
    t('shell.documentTitle', {
      area: t(`areas.${area}.title`),
      workspace: workspace.name,
      app: t('app.name'),
    }),
  );

  // A new area starts at its top, as a new page would.
  useEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [area]);

  return (
    <WorkspaceContext value={workspace}>
      <div className="shell">
        {/* A button, not a link: a #fragment would be read as an area by the hash router. */}
        <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
          {t('app.skipToContent')}
        </button>
        <SideNav current={area} version={info.version} />
        <div className="shell__body">
          <TopBar workspace={workspace} onClosed={onClosed} />
          <main ref={main} className="shell__main" tabIndex={-1} data-area={area}>
            <div className="shell__content">
              <AreaView key={`${sessionKey(workspace)}:${area}`} area={area} />
            </div>
          </main>
        </div>
      </div>
    </WorkspaceContext>
  );
}
