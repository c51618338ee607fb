import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/Alert';
import { FullPageMessage } from '../components/FullPageMessage';
import { toApiError } from '../api/errors';
import { useDocumentTitle } from '../i18n/useDocumentTitle';

/** Shown instead of the app when it cannot start: no host to talk to, or the host did not answer app.info. */
export function BootProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const noHost = error instanceof Error && error.message.startsWith('No host');
  useDocumentTitle(t('app.name'));
  if (noHost) {
    return (
      <FullPageMessage title={t('app.noHostTitle')}>
        <p>{t('app.noHostBody')}</p>
      </FullPageMessage>
    );
  }
  return (
    <FullPageMessage title={t('app.bootFailedTitle')}>
      <ErrorAlert error={toApiError(error)} />
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </FullPageMessage>
  );
}
