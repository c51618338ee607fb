import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../../../shared/i18n/zh-CN';
import type { ImportPreview } from '../../../../../shared/schemas/importers';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

type Encoding = keyof typeof zhCN.ticketImport.encodings;
type Delimiter = keyof typeof zhCN.ticketImport.delimiters;
const isEncoding = (e: string): e is Encoding => Object.hasOwn(zhCN.ticketImport.encodings, e);
const isDelimiter = (d: string): d is Delimiter => Object.hasOwn(zhCN.ticketImport.delimiters, d);

/** What core found in the file: format, detected encoding and delimiter, columns, and its first rows as written. */
export function FileFacts({ preview, onChangeFile }: { preview: ImportPreview; onChangeFile: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section className="card" aria-labelledby="import-facts-title" data-testid="import-file-facts">
      <div className="card__heading-row">
        <h2 id="import-facts-title" className="card__title">
          {t('ticketImport.file.facts')}
        </h2>
        <button type="button" className="button button--small" onClick={onChangeFile}>
          {t('ticketImport.file.change')}
        </button>
      </div>
      <p className="import-facts__path">{preview.path}</p>
      <dl className="import-facts">
        <div>
          <dt>{t('ticketImport.file.format')}</dt>
          <dd>{t(`ticketImport.formats.${preview.format}`)}</dd>
        </div>
        <div>
          <dt>{t('ticketImport.file.encoding')}</dt>
          <dd data-testid="import-encoding">
            {isEncoding(preview.encoding)
              ? t(`ticketImport.encodings.${preview.encoding}`)
              : preview.encoding}
          </dd>
        </div>
        {preview.delimiter !== null && (
          <div>
            <dt>{t('ticketImport.file.delimiter')}</dt>
            <dd>
              {isDelimiter(preview.delimiter)
                ? t(`ticketImport.delimiters.${preview.delimiter}`)
                : preview.delimiter}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('ticketImport.file.columns')}</dt>
          <dd className="numeric">{formatNumber(language, preview.columns.length)}</dd>
        </div>
      </dl>
      <p className="muted">
        {preview.suggestedPreset
          ? t('ticketImport.file.suggested', { name: preview.suggestedPreset })
          : t('ticketImport.file.suggestedNone')}
      </p>
      <div
        className="import-table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('ticketImport.file.previewRows', { count: preview.rows.length })}
      >
        <table className="import-table import-table--cells">
          <caption className="sr-only">
            {t('ticketImport.file.previewRows', { count: preview.rows.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="import-table__row">
                #
              </th>
              {preview.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row" className="import-table__row">
                  {row.row}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={index} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
