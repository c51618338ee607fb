import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview } from '../../../../../shared/schemas/importers';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { TimeZoneSelect } from '../../settings/TimeZoneSelect';
import { ConvertedPreview } from './ConvertedPreview';
import { importErrorText } from './importErrorText';
import { MappingEditor } from './MappingEditor';
import { MappingFiles } from './MappingFiles';

const loadMappings = () => call('import.mappings.list', {});

type Check = { status: 'idle' } | { status: 'running' } | { status: 'failed'; error: ApiError };
type Save =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; name: string }
  | { status: 'failed'; message: string };

/**
 * Step 2: the column mapping. Start from a preset or a saved mapping, adjust columns, formats and value maps, see
 * the preview rows converted with it, and save it by name for next month's file.
 */
export function MappingStep({
  path,
  preview,
  mapping,
  workspaceZone,
  onChange,
  onPreview,
  onBack,
  onNext,
}: {
  path: string;
  /** The latest preview, converted with the mapping it names. */
  preview: ImportPreview;
  mapping: ImportMapping;
  workspaceZone: string;
  onChange: (mapping: ImportMapping) => void;
  onPreview: (preview: ImportPreview) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const saved = useResource(loadMappings);
  const [choice, setChoice] = useState('');
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [save, setSave] = useState<Save>({ status: 'idle' });
  const [name, setName] = useState(mapping.name);
  const stale = JSON.stringify(preview.mapping) !== JSON.stringify(mapping);

  const recheck = async (next: ImportMapping) => {
    setCheck({ status: 'running' });
    try {
      onPreview(await call('import.preview', { path, mapping: next }));
      setCheck({ status: 'idle' });
    } catch (err) {
      setCheck({ status: 'failed', error: toApiError(err) });
    }
  };

  const apply = () => {
    const found = saved.status === 'ready' ? saved.data.find((m) => m.name === choice) : undefined;
    if (!found) return;
    onChange(found.mapping);
    setName(found.builtIn ? '' : found.name);
    void recheck(found.mapping);
  };

  /** Save under `under`; the stored mapping becomes the current one. Throws ApiError. */
  const store = async (under: string): Promise<string> => {
    const stored = await call('import.mappings.save', { mapping: { ...mapping, name: under } });
    onChange(stored.mapping);
    saved.reload();
    return stored.name;
  };

  const saveMapping = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setSave({ status: 'saving' });
    try {
      setSave({ status: 'saved', name: await store(trimmed) });
    } catch (err) {
      const error = toApiError(err);
      setSave({
        status: 'failed',
        message:
          error.code === 'CONFLICT' ? t('ticketImport.mapping.builtInName') : importErrorText(t, error),
      });
    }
  };

  const presets = saved.status === 'ready' ? saved.data : [];
  return (
    <section className="card import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title" className="card__title">
        {t('ticketImport.mapping.title')}
      </h2>
      <p className="card__hint">{t('ticketImport.mapping.hint')}</p>

      <div className="import-mapping__options">
        <Field label={t('ticketImport.mapping.preset')}>
          {(control) => (
            <span className="import-file__row">
              <select
                {...control}
                className="input"
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
              >
                <option value="">—</option>
                <optgroup label={t('ticketImport.mapping.presetBuiltIn')}>
                  {presets
                    .filter((m) => m.builtIn)
                    .map((m) => (
                      <option key={m.name} value={m.name}>
                        {m.name}
                      </option>
                    ))}
                </optgroup>
                {presets.some((m) => !m.builtIn) && (
                  <optgroup label={t('ticketImport.mapping.presetSaved')}>
                    {presets
                      .filter((m) => !m.builtIn)
                      .map((m) => (
                        <option key={m.name} value={m.name}>
                          {m.name}
                        </option>
                      ))}
                  </optgroup>
                )}
              </select>
              <button type="button" className="button" disabled={!choice} onClick={apply}>
                {t('ticketImport.mapping.apply')}
              </button>
            </span>
          )}
        </Field>
        <Field
          label={t('ticketImport.mapping.timeZone')}
          hint={t('ticketImport.mapping.timeZoneDefault', { zone: workspaceZone })}
        >
          {(control) => (
            <TimeZoneSelect
              control={control}
              value={mapping.timeZone ?? workspaceZone}
              onChange={(zone) => {
                const { timeZone: _previous, ...rest } = mapping;
                onChange(zone === workspaceZone ? rest : { ...rest, timeZone: zone });
              }}
            />
          )}
        </Field>
      </div>

      <MappingEditor
        mapping={mapping}
        preview={preview}
        onChange={(fields) => onChange({ ...mapping, fields })}
      />

      {preview.mappingProblem && !stale && (
        <Alert tone="error" title={t('ticketImport.mapping.problem')}>
          <p>{preview.mappingProblem}</p>
        </Alert>
      )}
      {check.status === 'failed' && (
        <Alert tone="error" title={t('ticketImport.mapping.problem')}>
          <p>{importErrorText(t, check.error)}</p>
        </Alert>
      )}
      <div className="import-mapping__recheck">
        <button
          type="button"
          className="button"
          disabled={check.status === 'running'}
          onClick={() => void recheck(mapping)}
        >
          {check.status === 'running'
            ? t('ticketImport.mapping.rechecking')
            : t('ticketImport.mapping.recheck')}
        </button>
      </div>
      {!stale && !preview.mappingProblem && (
        <ConvertedPreview preview={preview} timeZone={mapping.timeZone ?? workspaceZone} />
      )}

      <div className="import-mapping__save">
        <Field label={t('ticketImport.mapping.saveName')}>
          {(control) => (
            <span className="import-file__row">
              <input
                {...control}
                className="input"
                type="text"
                maxLength={80}
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  setSave({ status: 'idle' });
                }}
              />
              <button
                type="button"
                className="button"
                disabled={!name.trim() || save.status === 'saving'}
                onClick={() => void saveMapping()}
              >
                {save.status === 'saving' ? t('common.saving') : t('ticketImport.mapping.save')}
              </button>
            </span>
          )}
        </Field>
        <MappingFiles
          dataPath={path}
          name={name}
          save={store}
          onLoaded={(loaded) => {
            onChange(loaded);
            setName(loaded.name);
            void recheck(loaded);
          }}
        />
        {save.status === 'saved' && (
          <Alert tone="success">
            <p>{t('ticketImport.mapping.saved', { name: save.name })}</p>
          </Alert>
        )}
        {save.status === 'failed' && (
          <Alert tone="error" title={t('ticketImport.mapping.saveFailed')}>
            <p>{save.message}</p>
          </Alert>
        )}
      </div>

      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('ticketImport.mapping.back')}
        </button>
        <button type="button" className="button button--primary" onClick={onNext}>
          {t('ticketImport.mapping.next')}
        </button>
      </div>
    </section>
  );
}
