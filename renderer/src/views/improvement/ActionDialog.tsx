import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  type Action,
  type ActionFields,
} from '../../../../shared/schemas/improvement';
import { call, toApiError, type ApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { CheckSection } from './CheckSection';
import { checkError } from './checkText';
import { OptionSelect } from './OptionSelect';
import { useCycleOptions, useStaffOptions } from './references';

/** Where a new action comes from when another area (an audit finding, a mystery-shop failure) opens the dialog. */
export interface ActionOrigin {
  source: Action['source'];
  title: string;
  detail: string;
}

const blank = (cycleId: number | null, origin: ActionOrigin | null): ActionFields => ({
  title: origin?.title.slice(0, 200) ?? '',
  detail: origin?.detail.slice(0, 4000) ?? '',
  kind: 'corrective',
  ownerId: null,
  dueOn: null,
  status: 'open',
  cycleId,
});

const fieldsOf = (a: Action): ActionFields => ({
  title: a.title,
  detail: a.detail,
  kind: a.kind,
  ownerId: a.ownerId,
  dueOn: a.dueOn,
  status: a.status,
  cycleId: a.cycleId,
});

/** Create or edit one action. A new action made inside a cycle belongs to it and says so as its source. */
export function ActionDialog({
  action,
  cycleId = null,
  origin = null,
  onClose,
  onSaved,
}: {
  action: Action | null;
  cycleId?: number | null;
  origin?: ActionOrigin | null;
  onClose: () => void;
  onSaved: (saved: Action) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const cycles = useCycleOptions();
  const [draft, setDraft] = useState<ActionFields>(() =>
    action ? fieldsOf(action) : blank(cycleId, origin),
  );
  const [titleError, setTitleError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The saved action as the check section last left it (a recorded check changes it without closing the dialog).
  const [saved, setSaved] = useState<Action | null>(action);
  const set = (patch: Partial<ActionFields>) => setDraft((d) => ({ ...d, ...patch }));

  const closeAction = async () => {
    if (!saved) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await call('actions.save', {
          id: saved.id,
          fields: { ...draft, title: draft.title.trim(), status: 'closed' },
        }),
      );
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setTitleError(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await call('actions.save', {
        ...(action ? { id: action.id } : {}),
        fields: { ...draft, title: draft.title.trim() },
        ...(!action && origin ? { source: origin.source } : {}),
        ...(!action && !origin && cycleId !== null
          ? { source: { kind: 'pdca' as const, id: cycleId, ref: null } }
          : {}),
      });
      onSaved(saved);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={action ? t('improvement.actions.editAction') : t('improvement.actions.newAction')}
      onCancel={onClose}
    >
      <form className="modal__form improvement-form" onSubmit={submit} noValidate>
        <Field
          label={t('improvement.actions.fields.title')}
          error={titleError && draft.title.trim() === '' ? t('improvement.actions.titleRequired') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.title}
              maxLength={200}
              autoFocus
              onChange={(e) => set({ title: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('improvement.actions.fields.detail')}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              value={draft.detail}
              maxLength={4000}
              onChange={(e) => set({ detail: e.target.value })}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field label={t('improvement.actions.fields.kind')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.kind}
                onChange={(e) => set({ kind: e.target.value as ActionFields['kind'] })}
              >
                {ACTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`improvement.actions.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('improvement.actions.fields.status')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as ActionFields['status'] })}
              >
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`improvement.actions.statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('improvement.actions.fields.owner')}>
            {(control) => (
              <OptionSelect
                control={control}
                options={staff.status === 'ready' ? staff.data : []}
                value={draft.ownerId}
                empty={t('improvement.common.staffPlaceholder')}
                onChange={(ownerId) => set({ ownerId })}
              />
            )}
          </Field>
          <Field label={t('improvement.actions.fields.dueOn')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={draft.dueOn ?? ''}
                onChange={(e) => set({ dueOn: e.target.value || null })}
              />
            )}
          </Field>
        </div>
        <Field label={t('improvement.actions.fields.cycle')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={cycles.status === 'ready' ? cycles.data : []}
              value={draft.cycleId}
              empty={t('improvement.actions.noCycle')}
              onChange={(id) => set({ cycleId: id })}
            />
          )}
        </Field>
        {saved && (
          <CheckSection
            action={saved}
            onChecked={(next) => {
              setSaved(next);
              setError(null);
            }}
            onCloseAction={() => void closeAction()}
            closing={busy}
          />
        )}
        {error && (
          <Alert tone="error" title={t('improvement.common.saveFailed')}>
            <p>{checkError(t, error)}</p>
          </Alert>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
