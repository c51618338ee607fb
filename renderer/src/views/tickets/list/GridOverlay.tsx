import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import type { Queue } from './gridQuery';
import type { GridStatus } from './TicketGrid';

/**
 * Drawn over the grid body when there is nothing to show: an error with a retry, or an empty view that says why it
 * is empty and offers the one way out (clear the filters, leave the queue, import tickets).
 */
export function GridOverlay({
  status,
  narrowed,
  queue,
  importHref,
  onClearFilters,
  onShowAll,
  onRetry,
}: {
  status: GridStatus;
  narrowed: boolean;
  queue: Queue;
  importHref: string | null;
  onClearFilters: () => void;
  onShowAll: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (status.error) {
    return (
      <div className="grid-overlay" data-testid="grid-error">
        <div className="grid-overlay__card">
          <ErrorAlert title={t('tickets.loadFailed')} error={status.error} />
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t('tickets.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (status.total !== 0 || status.loading) return null;
  const kind = narrowed ? 'filtered' : queue !== 'all' ? 'queue' : 'workspace';
  return (
    <div className="grid-overlay" data-testid="grid-empty">
      <div className="grid-overlay__card empty-state">
        <div className="empty-state__icon">
          <Icon name="tickets" size={32} />
        </div>
        <p className="grid-overlay__title">{t(`tickets.empty.${kind}Title`)}</p>
        <p className="muted">{t(`tickets.empty.${kind}Body`)}</p>
        {kind === 'filtered' && (
          <button type="button" className="button button--primary" onClick={onClearFilters}>
            {t('tickets.clearFilters')}
          </button>
        )}
        {kind === 'queue' && (
          <button type="button" className="button" onClick={onShowAll}>
            {t('tickets.empty.showAll')}
          </button>
        )}
        {kind === 'workspace' && importHref && (
          <a className="button button--primary" href={importHref}>
            {t('tickets.importAction')}
          </a>
        )}
      </div>
    </div>
  );
}
