import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../../shared/schemas/workspace';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { LanguageSwitch } from '../../components/LanguageSwitch';

export function TopBar({ workspace, onClosed }: { workspace: WorkspaceSummary; onClosed: () => void }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = async () => {
    setClosing(true);
    setError(null);
    try {
      await call('workspace.close', {});
      onClosed();
    } catch (err) {
      setError(toApiError(err));
      setClosing(false);
    }
  };

  return (
    <>
      <header className="top-bar">
        <div className="top-bar__workspace" title={t('shell.workspaceLabel', { path: workspace.path })}>
          <Icon name="file" size={18} />
          <span className="top-bar__name" data-testid="workspace-name">
            {workspace.name}
          </span>
          {workspace.isDemo && <span className="badge badge--accent">{t('shell.demoBadge')}</span>}
        </div>
        <div className="top-bar__tools">
          <LanguageSwitch />
          <button type="button" className="button" onClick={() => void close()} disabled={closing}>
            <Icon name="closeWorkspace" size={16} />
            {t('shell.closeWorkspace')}
          </button>
        </div>
      </header>
      {error && (
        <div className="top-bar__alert">
          <ErrorAlert title={t('shell.closeFailed')} error={error} onDismiss={() => setError(null)} />
        </div>
      )}
    </>
  );
}
