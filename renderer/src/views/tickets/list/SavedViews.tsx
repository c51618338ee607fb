import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { Modal } from '../../../components/Modal';
import { ViewState } from './viewState';

type SavedView = MethodOutput<'views.list'>[number];

const loadViews = () => call('views.list', { area: 'tickets' });

export type ViewNotice =
  { tone: 'success' | 'info'; text: string } | { tone: 'error'; title: string; error: ApiError };

/**
 * Saved views by name: pick one to apply it, save the current view under a (new or existing) name, delete the picked
 * one. The state is read back through its schema; a view that does not fit is reported, not half-applied.
 */
export function SavedViews({
  capture,
  apply,
  onNotice,
}: {
  /** The current view, or null while the grid is not ready. */
  capture: () => ViewState | null;
  apply: (state: ViewState) => void;
  onNotice: (notice: ViewNotice) => void;
}) {
  const { t } = useTranslation();
  const views = useResource(loadViews);
  const [selected, setSelected] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const selectId = useId();
  const list: SavedView[] = views.status === 'ready' ? views.data : [];
  const current = list.find((v) => v.id === selected) ?? null;

  const pick = (id: number | null) => {
    setSelected(id);
    const view = list.find((v) => v.id === id);
    if (!view) return;
    const parsed = ViewState.safeParse(view.state);
    if (parsed.success) apply(parsed.data);
    else onNotice({ tone: 'info', text: t('tickets.views.invalid', { name: view.name }) });
  };

  const remove = async () => {
    if (!current) return;
    try {
      await call('views.delete', { id: current.id });
      setSelected(null);
      views.reload();
      onNotice({ tone: 'success', text: t('tickets.views.deleted', { name: current.name }) });
    } catch (err) {
      onNotice({ tone: 'error', title: t('tickets.views.deleteFailed'), error: toApiError(err) });
    }
  };

  return (
    <div className="saved-views">
      <label className="sr-only" htmlFor={selectId}>
        {t('tickets.views.label')}
      </label>
      <select
        id={selectId}
        className="input saved-views__select"
        value={selected ?? ''}
        disabled={views.status !== 'ready'}
        title={views.status === 'error' ? t('tickets.views.loadFailed') : t('tickets.views.label')}
        onChange={(event) => pick(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('tickets.views.current')}</option>
        {list.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => setSaving(true)}>
        {t('tickets.views.save')}
      </button>
      {current && (
        <button
          type="button"
          className="icon-button"
          onClick={() => void remove()}
          aria-label={t('tickets.views.deleteNamed', { name: current.name })}
          title={t('tickets.views.deleteNamed', { name: current.name })}
        >
          <Icon name="x" size={16} />
        </button>
      )}
      {saving && (
        <SaveViewDialog
          initialName={current?.name ?? ''}
          onSave={async (name) => {
            const state = capture();
            if (!state) return;
            const saved = await call('views.save', { area: 'tickets', name, state });
            setSaving(false);
            setSelected(saved.id);
            views.reload();
            onNotice({ tone: 'success', text: t('tickets.views.saved', { name: saved.name }) });
          }}
          onCancel={() => setSaving(false)}
        />
      )}
    </div>
  );
}

function SaveViewDialog({
  initialName,
  onSave,
  onCancel,
}: {
  initialName: string;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setProblem('required');
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(name.trim());
    } catch (err) {
      setProblem(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('tickets.views.saveTitle')} onCancel={() => !busy && onCancel()} onDismissed={onCancel}>
      <form className="modal__form" onSubmit={submit} noValidate>
        <Field
          label={t('tickets.views.name')}
          hint={t('tickets.views.nameHint')}
          error={problem === 'required' ? t('tickets.views.required') : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              className="input"
              type="text"
              maxLength={80}
              autoComplete="off"
              autoFocus
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                if (problem) setProblem(null);
              }}
            />
          )}
        </Field>
        {problem && problem !== 'required' && (
          <ErrorAlert title={t('tickets.views.saveFailed')} error={problem} />
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
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
