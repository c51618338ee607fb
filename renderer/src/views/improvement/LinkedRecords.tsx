import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { Alert, ErrorAlert } from '../../components/Alert';

interface Link {
  kind: 'action' | 'worksheet' | 'cycle';
  id: number;
  title: string;
}

const linksOf = (error: ApiError): Link[] | null => {
  const links = error.details['links'];
  return error.code === 'CONFLICT' && Array.isArray(links) ? (links as Link[]) : null;
};

/** A failed delete or save: when other records still link to this one, say which; otherwise the usual error. */
export function WriteError({
  title,
  error,
  onDismiss,
}: {
  title: string;
  error: ApiError;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const links = linksOf(error);
  if (!links) return <ErrorAlert title={title} error={error} onDismiss={onDismiss} />;
  return (
    <Alert tone="error" title={t('improvement.common.linkedTitle')} onDismiss={onDismiss}>
      <ul className="linked-list" data-testid="linked-records">
        {links.map((l) => (
          <li key={`${l.kind}-${l.id}`}>
            <span className="badge badge--muted">{t(`improvement.common.linkKinds.${l.kind}`)}</span> #{l.id}{' '}
            {l.title}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
