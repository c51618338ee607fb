import { useTranslation } from 'react-i18next';
import { rowErrorText } from '../../../../../shared/i18n/ticket-import/row-error-text';
import type { ImportPreview } from '../../../../../shared/schemas/importers';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatInZone } from '../zonedTime';
import { DATE_FIELDS, enumTargets, IMPORT_FIELDS, targetLabel, type ImportField } from './importFields';

/** References arrive as record ids; the file's own words say more to the reader. */
const SHOW_SOURCE = new Set<ImportField>(['category', 'outlet', 'team', 'assignee', 'product']);

/** The preview rows as they would be stored with the current mapping, rows with problems marked and explained. */
export function ConvertedPreview({ preview, timeZone }: { preview: ImportPreview; timeZone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const fields = IMPORT_FIELDS.filter((f) => preview.mapping.fields[f] !== undefined);

  const show = (field: ImportField, row: ImportPreview['rows'][number]): string => {
    const spec = preview.mapping.fields[field];
    if (SHOW_SOURCE.has(field) && spec) return row.cells[preview.columns.indexOf(spec.column)] ?? '';
    const value = row.values[field];
    if (value === undefined || value === null || value === '') return '';
    if (DATE_FIELDS.has(field) && typeof value === 'number') return formatInZone(language, timeZone, value);
    if (enumTargets(field)) return targetLabel(t, field, String(value));
    return String(value);
  };

  return (
    <section className="import-converted" aria-labelledby="import-converted-title">
      <h3 id="import-converted-title" className="import-section-title">
        {t('ticketImport.mapping.previewTitle')}
      </h3>
      <p className="muted">{t('ticketImport.mapping.previewHint', { count: preview.rows.length })}</p>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-labelledby="import-converted-title">
        <table className="import-table import-table--cells" data-testid="import-converted">
          <thead>
            <tr>
              <th scope="col" className="import-table__row">
                {t('ticketImport.errors.row')}
              </th>
              {fields.map((field) => (
                <th key={field} scope="col">
                  {t(`ticketImport.fields.${field}`)}
                </th>
              ))}
              <th scope="col">{t('ticketImport.errors.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} className={row.errors.length > 0 ? 'import-table__bad' : undefined}>
                <th scope="row" className="import-table__row">
                  {row.row}
                </th>
                {fields.map((field) => {
                  const problem = row.errors.find(
                    (e) => e.column !== null && e.column === preview.mapping.fields[field]?.column,
                  );
                  const text = problem ? (problem.value ?? '') : show(field, row);
                  return (
                    <td
                      key={field}
                      className={problem ? 'import-table__cell--bad' : undefined}
                      title={problem ? `${text} — ${rowErrorText(language, problem)}` : text}
                    >
                      {text}
                    </td>
                  );
                })}
                <td className="import-table__reasons">
                  {row.errors.map((e) => rowErrorText(language, e)).join(t('ticketImport.errors.separator'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
