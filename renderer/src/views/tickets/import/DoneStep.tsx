import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../../shared/schemas/importers';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { ticketsHref } from '../ticketsRoute';
import { ErrorTable } from './ErrorTable';
import { SummaryTiles } from './SummaryTiles';

/** Step 4 done: what was written, the rows left out, and the way to the list. */
export function DoneStep({ summary, onAnother }: { summary: ImportSummary; onAnother: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section className="card import-done" aria-labelledby="import-done-title" data-testid="import-done">
      <h2 id="import-done-title" className="card__title">
        {t('ticketImport.done.title')}
      </h2>
      <SummaryTiles
        label={t('ticketImport.done.title')}
        items={[
          { key: 'inserted', label: t('ticketImport.done.inserted'), value: summary.inserted },
          { key: 'updated', label: t('ticketImport.done.updated'), value: summary.updated },
          { key: 'unchanged', label: t('ticketImport.done.unchanged'), value: summary.unchanged },
          {
            key: 'rejected',
            label: t('ticketImport.done.rejected'),
            value: summary.rejected,
            tone: 'danger',
          },
        ]}
      />
      <p className="muted">
        {t('ticketImport.done.seconds', { seconds: formatNumber(language, summary.seconds) })}
      </p>
      <ErrorTable summary={summary} />
      <div className="form-actions">
        <a className="button button--primary" href={ticketsHref('list')}>
          {t('ticketImport.done.toList')}
        </a>
        <button type="button" className="button" onClick={onAnother}>
          {t('ticketImport.done.another')}
        </button>
      </div>
    </section>
  );
}
