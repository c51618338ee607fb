import { useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Need } from '../../../../../shared/schemas/needs';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import type { riskZh } from '../../../../../shared/i18n/improvement/risk-zh-CN';
import { gridTheme } from '../../../components/gridTheme';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { NeedDialog } from './NeedDialog';
import { RcaTabs } from './RcaTabs';
import './risk.css';

const loadNeeds = () => call('needs.list', {});
const PRIORITY_BADGE = { high: 'badge--danger', medium: 'badge--warning', low: 'badge--muted' } as const;
const CATEGORY_BADGE = {
  basic: 'badge--accent',
  expected: 'badge--muted',
  excitement: 'badge--success',
} as const;

/** The KANO needs pool, highest priority first. */
export function NeedsView() {
  const { t } = useTranslation();
  const needs = useResource(loadNeeds);
  const [editing, setEditing] = useState<Need | 'new' | null>(null);
  const rows = needs.status === 'ready' ? needs.data : [];
  // Memoised by the React compiler, which keeps the grid from rebuilding its columns on every render.
  const columns = ((): ColDef<Need>[] => {
    const head = (key: keyof typeof riskZh.needs.columns) => t(`improvement.risk.needs.columns.${key}`);
    return [
      {
        field: 'need',
        headerName: head('need'),
        flex: 2,
        minWidth: 240,
        cellRenderer: (p: ICellRendererParams<Need>) =>
          p.data ? (
            <button type="button" className="link-button" onClick={() => setEditing(p.data!)}>
              {p.data.need}
            </button>
          ) : null,
      },
      { field: 'source', headerName: head('source'), flex: 1, minWidth: 140 },
      {
        field: 'category',
        headerName: head('category'),
        width: 130,
        cellRenderer: (p: ICellRendererParams<Need>) =>
          p.data ? (
            <span className={`badge ${CATEGORY_BADGE[p.data.category]}`}>
              {t(`improvement.risk.needs.categories.${p.data.category}`)}
            </span>
          ) : null,
      },
      { field: 'impact', headerName: head('impact'), width: 90, type: 'numericColumn' },
      { field: 'cost', headerName: head('cost'), width: 90, type: 'numericColumn' },
      { field: 'score', headerName: head('score'), width: 90, type: 'numericColumn' },
      {
        field: 'priority',
        headerName: head('priority'),
        width: 100,
        cellRenderer: (p: ICellRendererParams<Need>) =>
          p.data ? (
            <span className={`badge ${PRIORITY_BADGE[p.data.priority]}`}>
              {t(`improvement.risk.levels.${p.data.priority}`)}
            </span>
          ) : null,
      },
    ];
  })();

  return (
    <>
      <PageHeader title={t('areas.rca.title')}>
        <p className="page-header__lead">{t('improvement.risk.needs.lead')}</p>
      </PageHeader>
      <RcaTabs current="needs" />
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={16} />
          {t('improvement.risk.needs.newNeed')}
        </button>
        {rows.length > 0 && (
          <p className="toolbar__facts" role="status">
            {t('improvement.risk.needs.counts', {
              total: rows.length,
              high: rows.filter((n) => n.priority === 'high').length,
            })}
          </p>
        )}
      </div>
      {needs.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={needs.error} />
      )}
      {needs.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {needs.status === 'ready' &&
        (rows.length === 0 ? (
          <section className="empty-state">
            <div className="empty-state__icon">
              <Icon name="rca" size={36} />
            </div>
            <p className="empty-state__summary">{t('improvement.risk.needs.empty')}</p>
          </section>
        ) : (
          <div
            className="improvement-grid"
            style={rows.length > 14 ? { height: 560 } : undefined}
            role="region"
            aria-label={t('improvement.risk.needs.pool')}
          >
            <AgGridReact<Need>
              theme={gridTheme}
              rowData={rows}
              columnDefs={columns}
              getRowId={(p) => String(p.data.id)}
              domLayout={rows.length > 14 ? 'normal' : 'autoHeight'}
              onRowDoubleClicked={(e) => e.data && setEditing(e.data)}
              onCellKeyDown={(e) => {
                if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) setEditing(e.data);
              }}
            />
          </div>
        ))}
      {editing && (
        <NeedDialog
          need={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            needs.reload();
          }}
        />
      )}
    </>
  );
}
