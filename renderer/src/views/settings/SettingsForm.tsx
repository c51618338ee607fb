import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import { call, toApiError, type ApiError } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { TimeZoneSelect } from './TimeZoneSelect';
import { WorkdaysField } from './WorkdaysField';
import { WorkingHoursField } from './WorkingHoursField';
import {
  sameAsSaved,
  toDraft,
  validateDraft,
  type FieldError,
  type FieldErrors,
  type FormSettings,
  type SettingsDraft,
} from './settingsDraft';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };

/**
 * The workspace settings form. Checked with the contract's zod schema before saving; after a first failed
 * attempt the errors follow the user's edits live, so a fixed field clears at once.
 */
export function SettingsForm({
  initial,
  onSaved,
}: {
  initial: FormSettings;
  onSaved: (before: FormSettings, after: FormSettings) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  const dirty = !sameAsSaved(draft, saved);

  const describe = (error: FieldError | undefined) =>
    error ? t(`settings.errors.${error.key}`, error.values ?? {}) : undefined;

  const update = (patch: Partial<SettingsDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
    if (errors) {
      const result = validateDraft(next);
      setErrors(result.ok ? null : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'idle' });
      // Let React paint the messages, then take the user to the first field that needs them.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus(),
      );
      return;
    }
    setErrors(null);
    setStatus({ kind: 'saving' });
    try {
      const stored = await call('settings.update', { patch: result.settings });
      setSaved(stored);
      setDraft(toDraft(stored));
      setStatus({ kind: 'saved' });
      onSaved(saved, stored);
    } catch (err) {
      setStatus({ kind: 'failed', error: toApiError(err) });
    }
  };

  const discard = () => {
    setDraft(toDraft(saved));
    setErrors(null);
    setStatus({ kind: 'idle' });
  };

  return (
    <form
      ref={form}
      className="card settings-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="settings-form-title"
    >
      <h2 id="settings-form-title" className="card__title">
        {t('settings.formTitle')}
      </h2>
      <p className="card__hint">{t('settings.formHint')}</p>

      {errors && <Alert tone="error">{<p>{t('settings.errors.summary')}</p>}</Alert>}

      <Field
        label={t('settings.timeZone.label')}
        hint={t('settings.timeZone.hint')}
        error={describe(errors?.timeZone)}
      >
        {(control) => (
          <TimeZoneSelect
            control={control}
            value={draft.timeZone}
            onChange={(timeZone) => update({ timeZone })}
          />
        )}
      </Field>

      <WorkdaysField
        value={draft.workdays}
        error={describe(errors?.workdays)}
        onChange={(workdays) => update({ workdays })}
      />

      <WorkingHoursField
        value={draft.hours}
        errors={errors?.periods ?? {}}
        error={describe(errors?.hours)}
        describe={describe}
        onChange={(hours) => update({ hours })}
      />

      <Field
        label={t('settings.repeatWindow.label')}
        hint={t('settings.repeatWindow.hint')}
        error={describe(errors?.repeatWindowDays)}
      >
        {(control) => (
          <span className="input-with-unit">
            <input
              {...control}
              className="input input--number"
              type="text"
              inputMode="numeric"
              value={draft.repeatWindowDays}
              onChange={(event) => update({ repeatWindowDays: event.target.value })}
            />
            <span className="input-with-unit__unit">{t('settings.repeatWindow.unit')}</span>
          </span>
        )}
      </Field>

      <Field
        label={t('settings.reportLanguage.label')}
        hint={t('settings.reportLanguage.hint')}
        error={describe(errors?.language)}
      >
        {(control) => (
          <select
            {...control}
            className="input input--short"
            value={draft.language}
            onChange={(event) => update({ language: event.target.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      {status.kind === 'failed' && <ErrorAlert title={t('settings.saveFailed')} error={status.error} />}

      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!dirty || status.kind === 'saving'}
        >
          {status.kind === 'saving' ? t('common.saving') : t('common.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty || status.kind === 'saving'}
          onClick={discard}
        >
          {t('common.discard')}
        </button>
        <p className="form-actions__status" role="status">
          {status.kind === 'saved' ? t('settings.saved') : dirty ? t('settings.unsaved') : ''}
        </p>
      </div>
    </form>
  );
}
