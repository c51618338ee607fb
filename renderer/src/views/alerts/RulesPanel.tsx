import { useMemo, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { AlertRule } from '../../../../shared/schemas/alerts';
import { call, toApiError, type ApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { gridTheme } from '../../components/gridTheme';
import { useLanguage } from '../../i18n/useLanguage';
import { announceAlertsChanged } from './alertEvents';
import { RuleDialog } from './RuleDialog';
import { ruleText } from './ruleText';

const loadRules = () => call('alerts.rules.list', {});

/** The rules in AG Grid: what each means, on/off, open alerts; edit, turn on or off, delete. */
export function RulesPanel() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rules = useResource(loadRules);
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const rows = rules.status === 'ready' ? rules.data : [];

  const changed = () => {
    rules.reload();
    announceAlertsChanged();
  };

  const columns = useMemo<ColDef<AlertRule>[]>(() => {
    const meaning = (r: AlertRule) =>
      ruleText(t, language, r.fields, language === 'en' && r.scopeNameEn ? r.scopeNameEn : r.scopeName);
    const toggle = async (r: AlertRule) => {
      setError(null);
      try {
        await call('alerts.rules.save', { id: r.id, fields: { ...r.fields, enabled: !r.fields.enabled } });
        changed();
      } catch (err) {
        setError(toApiError(err));
      }
    };
    const remove = async (r: AlertRule) => {
      if (!window.confirm(t('alerts.rules.confirmDelete'))) return;
      setError(null);
      try {
        await call('alerts.rules.delete', { id: r.id });
        changed();
      } catch (err) {
        setError(toApiError(err));
      }
    };
    return [
      {
        colId: 'meaning',
        headerName: t('alerts.rules.columns.meaning'),
        flex: 3,
        minWidth: 320,
        autoHeight: true,
        cellClass: 'rule-meaning-cell',
        valueGetter: (p) => (p.data ? meaning(p.data) : ''),
        cellRenderer: (p: ICellRendererParams<AlertRule>) =>
          p.data ? (
            <div className="rule-meaning">
              {p.data.fields.name && <strong className="rule-meaning__name">{p.data.fields.name}</strong>}
              <span className="rule-meaning__text">{meaning(p.data)}</span>
            </div>
          ) : null,
      },
      {
        colId: 'enabled',
        headerName: t('alerts.rules.columns.enabled'),
        width: 90,
        valueGetter: (p) => (p.data?.fields.enabled ? t('alerts.rules.enabled') : t('alerts.rules.disabled')),
      },
      { field: 'openAlerts', headerName: t('alerts.rules.columns.open'), width: 110, cellClass: 'numeric' },
      {
        colId: 'tools',
        headerName: '',
        width: 230,
        sortable: false,
        cellRenderer: (p: ICellRendererParams<AlertRule>) =>
          p.data ? (
            <span className="rule-tools">
              <button type="button" className="button button--small" onClick={() => setEditing(p.data!)}>
                {t('alerts.rules.edit')}
              </button>
              <button type="button" className="button button--small" onClick={() => void toggle(p.data!)}>
                {p.data.fields.enabled ? t('alerts.rules.disable') : t('alerts.rules.enable')}
              </button>
              <button type="button" className="button button--small" onClick={() => void remove(p.data!)}>
                {t('alerts.rules.delete')}
              </button>
            </span>
          ) : null,
      },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- toggle and remove only reach stable setters and reload
  }, [t, language]);

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={16} />
          {t('alerts.rules.newRule')}
        </button>
      </div>
      {error && <ErrorAlert title={t('alerts.saveFailed')} error={error} onDismiss={() => setError(null)} />}
      {rules.status === 'error' && <ErrorAlert title={t('alerts.loadFailed')} error={rules.error} />}
      {rules.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {rules.status === 'ready' &&
        (rows.length === 0 ? (
          <section className="empty-state">
            <div className="empty-state__icon">
              <Icon name="alerts" size={36} />
            </div>
            <p className="empty-state__summary">{t('alerts.rules.empty')}</p>
          </section>
        ) : (
          <div className="alerts-grid" data-testid="rules-grid">
            <AgGridReact<AlertRule>
              theme={gridTheme}
              rowData={rows}
              columnDefs={columns}
              getRowId={(p) => String(p.data.id)}
              domLayout="autoHeight"
              aria-label={t('alerts.rules.gridLabel')}
            />
          </div>
        ))}
      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
    </>
  );
}
