import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, RecentFile, WorkspaceSummary } from '../../../../shared/schemas/workspace';
import { call, toApiError, type ApiError } from '../../api/client';
import { clearAreaHash } from '../../app/useHashArea';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../i18n/useDocumentTitle';
import { ActionCard } from './ActionCard';
import { DamagedWorkspace } from './DamagedWorkspace';
import { DemoProgress } from './DemoProgress';
import { PathDialog, type PathPurpose } from './PathDialog';
import { RecentFiles } from './RecentFiles';
import { useDemoJob } from './useDemoJob';

/** First screen while no workspace is open: the three ways in, and the recently used files. */
export function StartScreen({
  info,
  onOpened,
  onRecentChanged,
}: {
  info: AppInfo;
  onOpened: (workspace: WorkspaceSummary) => void;
  onRecentChanged: (recent: RecentFile[]) => void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  // A newly opened workspace starts on its dashboard, whatever area the last one showed.
  useEffect(() => clearAreaHash(), []);

  const demo = useDemoJob(onOpened);
  const [dialog, setDialog] = useState<PathPurpose | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: ApiError } | null>(null);
  const [opening, setOpening] = useState(false);
  /** A workspace refused as damaged, with the offer to restore it from a backup. */
  const [damaged, setDamaged] = useState<string | null>(null);
  const busy = opening || demo.state.status === 'running';

  const refreshRecent = useCallback(async () => {
    try {
      onRecentChanged((await call('app.info', {})).recent);
    } catch {
      // The list stays as it was; nothing the user can act on.
    }
  }, [onRecentChanged]);

  const openOrCreate = useCallback(
    async (purpose: PathPurpose, path: string) => {
      setDamaged(null);
      try {
        onOpened(await call(purpose === 'create' ? 'workspace.create' : 'workspace.open', { path }));
      } catch (err) {
        const error = toApiError(err);
        const file = error.details['path'];
        if (error.code !== 'WORKSPACE_DAMAGED' || typeof file !== 'string') throw err;
        setDamaged(file);
      }
    },
    [onOpened],
  );

  /** Outside the dialog (native picker, recent list), failures show on the start screen itself. */
  const attempt = async (title: string, work: () => Promise<void>) => {
    setFailure(null);
    demo.dismiss();
    setOpening(true);
    try {
      await work();
    } catch (err) {
      setFailure({ title, error: toApiError(err) });
      void refreshRecent();
    } finally {
      setOpening(false);
    }
  };

  const begin = (purpose: PathPurpose) => {
    if (!info.nativeDialogs) {
      setFailure(null);
      setDialog(purpose);
      return;
    }
    void attempt(t('start.openFailed'), async () => {
      try {
        const { path } = await call('app.pickPath', { purpose });
        if (path) await openOrCreate(purpose, path);
      } catch (err) {
        if (toApiError(err).code !== 'NOT_SUPPORTED') throw err;
        setDialog(purpose);
      }
    });
  };

  const forget = (file: RecentFile) =>
    void attempt(t('start.recent.forgetFailed'), async () =>
      onRecentChanged(await call('workspace.forgetRecent', { path: file.path })),
    );

  return (
    <div className="start">
      <header className="start__header">
        <div className="brand">
          <Icon name="logo" size={40} className="brand__mark" />
          <div>
            <h1 className="brand__name">{t('app.name')}</h1>
            <p className="brand__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <LanguageSwitch />
      </header>

      <main className="start__main">
        <section className="start__actions" aria-label={t('start.actionsLabel')}>
          <ActionCard
            primary
            icon="demo"
            title={t('start.demo.title')}
            body={t('start.demo.body')}
            disabled={busy}
            onClick={() => {
              setFailure(null);
              void demo.start();
            }}
          />
          <ActionCard
            icon="newFile"
            title={t('start.create.title')}
            body={t('start.create.body')}
            disabled={busy}
            onClick={() => begin('create')}
          />
          <ActionCard
            icon="folder"
            title={t('start.open.title')}
            body={t('start.open.body')}
            disabled={busy}
            onClick={() => begin('open')}
          />
        </section>

        {demo.state.status === 'running' && (
          <DemoProgress
            phase={demo.state.phase}
            done={demo.state.done}
            total={demo.state.total}
            cancelling={demo.state.cancelling}
            onCancel={() => void demo.cancel()}
          />
        )}
        {demo.state.status === 'cancelled' && (
          <Alert tone="info" onDismiss={demo.dismiss}>
            <p>{t('start.demo.cancelled')}</p>
          </Alert>
        )}
        {demo.state.status === 'failed' && (
          <ErrorAlert title={t('start.demo.failed')} error={demo.state.error} onDismiss={demo.dismiss} />
        )}
        {failure && (
          <ErrorAlert title={failure.title} error={failure.error} onDismiss={() => setFailure(null)} />
        )}
        {damaged && (
          <DamagedWorkspace path={damaged} onOpened={onOpened} onDismiss={() => setDamaged(null)} />
        )}

        <RecentFiles
          recent={info.recent}
          disabled={busy}
          onOpen={(file) => void attempt(t('start.openFailed'), () => openOrCreate('open', file.path))}
          onForget={forget}
        />
      </main>

      <footer className="start__footer">{t('app.version', { version: info.version })}</footer>

      {dialog && (
        <PathDialog
          purpose={dialog}
          defaultDir={info.defaultDir}
          onCancel={() => setDialog(null)}
          onSubmit={async (path) => {
            await openOrCreate(dialog, path);
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
