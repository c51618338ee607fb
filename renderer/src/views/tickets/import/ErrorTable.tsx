import { useTranslation } from 'react-i18next';
import { rowErrorText } from '../../../../../shared/i18n/ticket-import/row-error-text';
import type { ImportSummary } from '../../../../../shared/schemas/importers';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { downloadText } from './downloadText';
import { errorReportCsv } from './errorReportCsv';

/**
 * The rejected rows: row, column, value, reason. The report can be downloaded as CSV when the table holds all of
 * it; otherwise core's full report beside the data file is named.
 */
export function ErrorTable({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { errors, rejected } = summary;
  if (errors.length === 0) return null;
  const complete = errors.length >= rejected;
  const download = () =>
    downloadText(
      t('ticketImport.errors.fileName'),
      errorReportCsv(
        [
          t('ticketImport.errors.row'),
          t('ticketImport.errors.column'),
          t('ticketImport.errors.value'),
          t('ticketImport.errors.reason'),
        ],
        errors.map((e) => ({ ...e, reason: rowErrorText(language, e) })),
      ),
    );
  return (
    <section className="import-errors" aria-labelledby="import-errors-title" data-testid="import-errors">
      <div className="card__heading-row">
        <h3 id="import-errors-title" className="import-section-title">
          {t('ticketImport.errors.title')}
        </h3>
        {complete && (
          <button type="button" className="button button--small" onClick={download}>
            {t('ticketImport.errors.download')}
          </button>
        )}
      </div>
      {!complete && (
        <p className="muted">
          {t('ticketImport.errors.shown', {
            shown: formatNumber(language, errors.length),
            total: formatNumber(language, rejected),
          })}
        </p>
      )}
      {summary.errorReportPath && (
        <p className="import-errors__path">
          {t('ticketImport.errors.reportPath', { path: summary.errorReportPath })}
        </p>
      )}
      <div
        className="import-table-wrap import-table-wrap--errors"
        tabIndex={0}
        role="region"
        aria-labelledby="import-errors-title"
      >
        <table className="import-table">
          <caption className="sr-only">{t('ticketImport.errors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="import-table__row">
                {t('ticketImport.errors.row')}
              </th>
              <th scope="col">{t('ticketImport.errors.column')}</th>
              <th scope="col">{t('ticketImport.errors.value')}</th>
              <th scope="col">{t('ticketImport.errors.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, index) => (
              <tr key={index}>
                <td className="import-table__row numeric">{e.row}</td>
                <td>{e.column ?? t('ticketImport.errors.empty')}</td>
                <td className="import-table__value">
                  {e.value === null || e.value === '' ? t('ticketImport.errors.empty') : e.value}
                </td>
                <td>{rowErrorText(language, e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
