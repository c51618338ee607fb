import { useEffect, useReducer } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { TicketRow } from '../../../../../shared/schemas/tickets';
import { DEFAULT_COLUMNS } from './columns';
import type { GridColumn } from './gridQuery';
import { Popover } from './Popover';

/** Show and hide columns (AG Grid's columns tool panel is Enterprise). Saved views keep the choice. */
export function ColumnChooser({ api }: { api: GridApi<TicketRow> | null }) {
  const { t } = useTranslation();
  const [, refresh] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!api) return;
    api.addEventListener('columnVisible', refresh);
    api.addEventListener('columnMoved', refresh);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', refresh);
      api.removeEventListener('columnMoved', refresh);
    };
  }, [api]);

  const columns = api && !api.isDestroyed() ? (api.getColumns() ?? []) : [];
  const shown = columns.filter((c) => c.isVisible()).length;
  return (
    <Popover
      label={t('tickets.columnChooser.title')}
      buttonContent={
        <>
          {t('tickets.columnChooser.button')}
          <span className="badge badge--muted">
            {shown}/{columns.length}
          </span>
        </>
      }
    >
      {() => (
        <div className="column-chooser">
          <p className="column-chooser__title">{t('tickets.columnChooser.title')}</p>
          <ul className="column-chooser__list">
            {columns.map((column) => (
              <li key={column.getColId()}>
                <label className="set-filter__option">
                  <input
                    type="checkbox"
                    checked={column.isVisible()}
                    // Keep at least one column: an empty grid would leave nothing to click.
                    disabled={column.isVisible() && shown === 1}
                    onChange={(event) => {
                      api?.setColumnsVisible([column], event.target.checked);
                      // The grid's own event may come later; the box must follow the click at once.
                      refresh();
                    }}
                  />
                  <span>{t(`tickets.columns.${column.getColId() as GridColumn}`)}</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              if (!api) return;
              const ids = columns.map((c) => c.getColId());
              api.setColumnsVisible(
                ids.filter((id) => DEFAULT_COLUMNS.includes(id as GridColumn)),
                true,
              );
              api.setColumnsVisible(
                ids.filter((id) => !DEFAULT_COLUMNS.includes(id as GridColumn)),
                false,
              );
              refresh();
            }}
          >
            {t('tickets.columnChooser.reset')}
          </button>
        </div>
      )}
    </Popover>
  );
}
