import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../components/Modal';
import { enumTargets, targetLabel, type ImportField } from './importFields';

interface Entry {
  key: number;
  source: string;
  target: string;
}

/**
 * The value map of one field: file value → stored value. Enumerated fields offer exactly their stored values;
 * the distinct values seen in the preview are offered as sources still unmapped.
 */
export function ValueMapDialog({
  field,
  fieldLabel,
  valueMap,
  samples,
  onSave,
  onCancel,
}: {
  field: ImportField;
  fieldLabel: string;
  valueMap: Record<string, string>;
  /** Distinct values of the column in the preview rows. */
  samples: readonly string[];
  onSave: (valueMap: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const targets = enumTargets(field);
  const [entries, setEntries] = useState<Entry[]>(() => {
    const initial = Object.entries(valueMap).map(([source, target], key) => ({ key, source, target }));
    const unmapped = samples.filter((s) => !(s in valueMap)).slice(0, 12);
    return [...initial, ...unmapped.map((source, i) => ({ key: initial.length + i, source, target: '' }))];
  });
  const [nextKey, setNextKey] = useState(entries.length);

  const edit = (key: number, patch: Partial<Entry>) =>
    setEntries((prev) => prev.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Rows left without a target say nothing; a source given twice keeps its last target.
    const map: Record<string, string> = {};
    for (const e of entries) if (e.target !== '' || e.source in valueMap) map[e.source] = e.target;
    onSave(map);
  };

  return (
    <Modal title={t('ticketImport.mapping.valueMapTitle', { field: fieldLabel })} onCancel={onCancel}>
      <form className="modal__form value-map" onSubmit={submit} noValidate>
        <p className="field__hint">{t('ticketImport.mapping.valueMapHint')}</p>
        <table className="value-map__table">
          <thead>
            <tr>
              <th scope="col">{t('ticketImport.mapping.source')}</th>
              <th scope="col">{t('ticketImport.mapping.target')}</th>
              <th scope="col">
                <span className="sr-only">{t('ticketImport.mapping.removeValue')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={entry.key}>
                <td>
                  <input
                    className="input"
                    type="text"
                    aria-label={`${t('ticketImport.mapping.source')} ${index + 1}`}
                    value={entry.source}
                    onChange={(event) => edit(entry.key, { source: event.target.value })}
                  />
                </td>
                <td>
                  {targets ? (
                    <select
                      className="input"
                      aria-label={`${t('ticketImport.mapping.target')} ${index + 1}`}
                      value={entry.target}
                      onChange={(event) => edit(entry.key, { target: event.target.value })}
                    >
                      <option value="">{t('ticketImport.mapping.unmapped')}</option>
                      {targets.map((value) => (
                        <option key={value} value={value}>
                          {targetLabel(t, field, value)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      className="input"
                      type="text"
                      aria-label={`${t('ticketImport.mapping.target')} ${index + 1}`}
                      value={entry.target}
                      onChange={(event) => edit(entry.key, { target: event.target.value })}
                    />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('ticketImport.mapping.removeValue')}
                    onClick={() => setEntries((prev) => prev.filter((e) => e.key !== entry.key))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="button button--small value-map__add"
          onClick={() => {
            setEntries((prev) => [...prev, { key: nextKey, source: '', target: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('ticketImport.mapping.addValue')}
        </button>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
