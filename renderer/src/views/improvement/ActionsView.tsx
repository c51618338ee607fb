import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/schemas/improvement';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ActionDialog } from './ActionDialog';
import { ActionsGrid } from './ActionsGrid';
import { go, useSubPath } from './route';
import './improvement.css';

const loadActions = () => call('actions.list', {});

/**
 * The one list of corrective, preventive and improvement actions, from every source; '#/actions/overdue' shows the
 * overdue ones only (the dashboard card links there).
 */
export function ActionsView() {
  const { t } = useTranslation();
  const filterId = useId();
  const onlyOverdue = useSubPath()[0] === 'overdue';
  const actions = useResource(loadActions);
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const all = actions.status === 'ready' ? actions.data : [];
  const rows = onlyOverdue ? all.filter((a) => a.overdue) : all;
  const overdue = all.filter((a) => a.overdue).length;
  const open = all.filter((a) => a.status === 'open' || a.status === 'in_progress').length;

  return (
    <>
      <PageHeader title={t('areas.actions.title')}>
        <p className="page-header__lead">{t('areas.actions.summary')}</p>
      </PageHeader>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={16} />
          {t('improvement.actions.newAction')}
        </button>
        <label className="field-inline" htmlFor={filterId}>
          <span className="field-inline__label">{t('improvement.overdue.filter')}</span>
          <select
            id={filterId}
            className="input"
            value={onlyOverdue ? 'overdue' : 'all'}
            onChange={(e) => go(e.target.value === 'overdue' ? 'actions/overdue' : 'actions')}
          >
            <option value="all">{t('improvement.overdue.filterAll')}</option>
            <option value="overdue">{t('improvement.overdue.filterOverdue')}</option>
          </select>
        </label>
        {actions.status === 'ready' && all.length > 0 && (
          <p className="toolbar__facts" role="status">
            <span>{t('improvement.actions.openCount', { count: open })}</span>
            {overdue > 0 && (
              <span className="badge badge--danger">
                {t('improvement.actions.overdueCount', { count: overdue })}
              </span>
            )}
          </p>
        )}
      </div>
      {actions.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={actions.error} />
      )}
      {actions.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {actions.status === 'ready' &&
        (rows.length === 0 ? (
          <section className="empty-state">
            <div className="empty-state__icon">
              <Icon name="actions" size={36} />
            </div>
            <p className="empty-state__summary">
              {onlyOverdue && all.length > 0 ? t('improvement.overdue.filteredEmpty') : t('improvement.actions.empty')}
            </p>
          </section>
        ) : (
          <ActionsGrid actions={rows} onEdit={setEditing} {...(rows.length > 14 ? { height: 600 } : {})} />
        ))}
      {editing && (
        <ActionDialog
          action={editing === 'new' ? null : editing}
          onClose={() => {
            // A check or an evidence file may have been recorded before the dialog was cancelled.
            setEditing(null);
            actions.reload();
          }}
          onSaved={() => {
            setEditing(null);
            actions.reload();
          }}
        />
      )}
    </>
  );
}
