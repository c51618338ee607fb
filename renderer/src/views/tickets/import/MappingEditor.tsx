import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMapping, ImportMapping, ImportPreview } from '../../../../../shared/schemas/importers';
import { DATE_FIELDS, enumTargets, IMPORT_FIELDS, isRequired, type ImportField } from './importFields';
import { ValueMapDialog } from './ValueMapDialog';

const MAX_SAMPLES = 40;

/** Distinct values of one column in the preview rows, for the value map and as an example beside the field. */
function samplesOf(preview: ImportPreview, column: string | undefined): string[] {
  if (column === undefined) return [];
  const index = preview.columns.indexOf(column);
  if (index < 0) return [];
  const seen = new Set<string>();
  for (const row of preview.rows) {
    const cell = row.cells[index];
    if (cell !== undefined) seen.add(cell);
    if (seen.size >= MAX_SAMPLES) break;
  }
  return [...seen];
}

/**
 * One row per ticket field: which column of the file holds it, its date format (date-time fields) and its value
 * map (enumerated fields, or any field on request). Required fields are marked and listed first.
 */
export function MappingEditor({
  mapping,
  preview,
  onChange,
}: {
  mapping: ImportMapping;
  preview: ImportPreview;
  onChange: (fields: ImportMapping['fields']) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ImportField | null>(null);
  const ordered = [...IMPORT_FIELDS].sort((a, b) => Number(isRequired(b)) - Number(isRequired(a)));

  const update = (field: ImportField, patch: Partial<FieldMapping> | null) => {
    const next = { ...mapping.fields };
    const current = next[field];
    if (patch === null) {
      delete next[field];
    } else if (current || patch.column) {
      // A fresh object: the mapping in state is never changed in place.
      const merged: FieldMapping = { ...(current ?? { column: patch.column ?? '' }), ...patch };
      if (!merged.format) delete merged.format;
      if (merged.valueMap && Object.keys(merged.valueMap).length === 0) delete merged.valueMap;
      next[field] = merged;
    }
    onChange(next);
  };

  const editingSpec = editing ? mapping.fields[editing] : undefined;
  return (
    <div className="import-table-wrap import-table-wrap--mapping">
      <table className="import-table mapping-table" data-testid="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('ticketImport.mapping.field')}</th>
            <th scope="col">{t('ticketImport.mapping.column')}</th>
            <th scope="col">{t('ticketImport.mapping.format')}</th>
            <th scope="col">{t('ticketImport.mapping.valueMap')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((field) => {
            const spec = mapping.fields[field];
            const label = t(`ticketImport.fields.${field}`);
            const missing = spec !== undefined && !preview.columns.includes(spec.column);
            const mapped = spec?.valueMap ? Object.keys(spec.valueMap).length : 0;
            const samples = samplesOf(preview, spec?.column);
            return (
              <tr
                key={field}
                className={isRequired(field) && !spec ? 'mapping-table__row--missing' : undefined}
              >
                <th scope="row">
                  {label}
                  {isRequired(field) && (
                    <span className="mapping-table__required" title={t('ticketImport.mapping.required')}>
                      {' *'}
                      <span className="sr-only">{t('ticketImport.mapping.required')}</span>
                    </span>
                  )}
                </th>
                <td>
                  <select
                    className="input"
                    aria-label={`${label} · ${t('ticketImport.mapping.column')}`}
                    value={spec?.column ?? ''}
                    onChange={(event) =>
                      update(field, event.target.value ? { column: event.target.value } : null)
                    }
                  >
                    <option value="">{t('ticketImport.mapping.notImported')}</option>
                    {missing && <option value={spec.column}>{spec.column}</option>}
                    {preview.columns.map((column, index) => (
                      <option key={index} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                  {samples.length > 0 && (
                    <p className="mapping-table__sample">
                      {t('ticketImport.mapping.sample', {
                        values: samples.slice(0, 3).join(t('common.listSeparator')),
                      })}
                    </p>
                  )}
                </td>
                <td>
                  {DATE_FIELDS.has(field) && spec && (
                    <input
                      className="input mapping-table__format"
                      type="text"
                      spellCheck={false}
                      aria-label={`${label} · ${t('ticketImport.mapping.format')}`}
                      placeholder={t('ticketImport.mapping.formatAuto')}
                      title={t('ticketImport.mapping.formatHint')}
                      value={spec.format && spec.format !== 'auto' ? spec.format : ''}
                      onChange={(event) => update(field, { format: event.target.value.trim() })}
                    />
                  )}
                </td>
                <td>
                  {spec && (enumTargets(field) || mapped > 0) && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t('ticketImport.mapping.valueMapEdit')} · ${label}`}
                      onClick={() => setEditing(field)}
                    >
                      {mapped > 0
                        ? t('ticketImport.mapping.valueMapCount', { count: mapped })
                        : t('ticketImport.mapping.valueMapEdit')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && editingSpec && (
        <ValueMapDialog
          field={editing}
          fieldLabel={t(`ticketImport.fields.${editing}`)}
          valueMap={editingSpec.valueMap ?? {}}
          samples={samplesOf(preview, editingSpec.column)}
          onSave={(valueMap) => {
            update(editing, { valueMap });
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
