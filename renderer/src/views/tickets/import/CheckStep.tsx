import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../../shared/schemas/importers';
import { Alert } from '../../../components/Alert';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorTable } from './ErrorTable';
import { SummaryTiles } from './SummaryTiles';

/** Step 3: what a real import would do, every row checked; import the valid rows, go back, or cancel. */
export function CheckStep({
  summary,
  onImport,
  onBack,
  onCancel,
}: {
  summary: ImportSummary;
  onImport: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const valid = summary.inserted + summary.updated + summary.unchanged;
  return (
    <section className="card import-check" aria-labelledby="import-check-title" data-testid="import-check">
      <h2 id="import-check-title" className="card__title">
        {t('ticketImport.check.title')}
      </h2>
      <p className="card__hint">{t('ticketImport.check.hint')}</p>
      <SummaryTiles
        label={t('ticketImport.check.title')}
        items={[
          { key: 'total', label: t('ticketImport.check.total'), value: summary.total },
          { key: 'inserted', label: t('ticketImport.check.toInsert'), value: summary.inserted },
          { key: 'updated', label: t('ticketImport.check.toUpdate'), value: summary.updated },
          { key: 'unchanged', label: t('ticketImport.check.unchanged'), value: summary.unchanged },
          {
            key: 'rejected',
            label: t('ticketImport.check.rejected'),
            value: summary.rejected,
            tone: 'danger',
          },
          ...(summary.customersCreated > 0
            ? [
                {
                  key: 'customers',
                  label: t('ticketImport.check.customersCreated'),
                  value: summary.customersCreated,
                },
              ]
            : []),
        ]}
      />
      {summary.rejected === 0 ? (
        <Alert tone="success">
          <p>{t('ticketImport.check.allValid')}</p>
        </Alert>
      ) : valid === 0 ? (
        <Alert tone="error">
          <p>{t('ticketImport.check.nothingToImport')}</p>
        </Alert>
      ) : (
        <Alert tone="info">
          <p>{t('ticketImport.check.someInvalid', { count: summary.rejected })}</p>
        </Alert>
      )}
      <ErrorTable summary={summary} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('ticketImport.mapping.back')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ticketImport.check.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={valid === 0} onClick={onImport}>
          {t('ticketImport.check.importValid', { count: valid, formatted: formatNumber(language, valid) })}
        </button>
      </div>
    </section>
  );
}
