import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmeaHeatmapOption } from '../../../../../shared/charts/fmea-heatmap';
import type { FmeaItem } from '../../../../../shared/schemas/fmea';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { EChart } from '../../dashboard/EChart';
import { FmeaDialog } from './FmeaDialog';
import { FmeaGrid } from './FmeaGrid';
import { RcaTabs } from './RcaTabs';
import './risk.css';

const loadFmea = () => call('fmea.list', {});

interface Cell {
  severity: number;
  occurrence: number;
}

/** FMEA register of service failure modes with its risk heat map; a click on a cell narrows the list to it. */
export function FmeaView() {
  const { t } = useTranslation();
  const items = useResource(loadFmea);
  const [editing, setEditing] = useState<FmeaItem | 'new' | null>(null);
  const [cell, setCell] = useState<Cell | null>(null);
  const rows = useMemo(() => (items.status === 'ready' ? items.data : []), [items]);
  const shown = cell
    ? rows.filter((r) => r.scores.severity === cell.severity && r.scores.occurrence === cell.occurrence)
    : rows;
  const option = useMemo(
    () =>
      fmeaHeatmapOption({
        items: rows.map((r) => r.scores),
        texts: {
          severity: t('improvement.risk.fmea.axisSeverity'),
          occurrence: t('improvement.risk.fmea.axisOccurrence'),
          cell: (count, rpn) => t('improvement.risk.fmea.heatmapCell', { count, rpn }),
          zones: {
            high: t('improvement.risk.fmea.zones.high'),
            medium: t('improvement.risk.fmea.zones.medium'),
            low: t('improvement.risk.fmea.zones.low'),
          },
        },
      }),
    [rows, t],
  );
  const open = useCallback((item: FmeaItem) => setEditing(item), []);

  return (
    <>
      <PageHeader title={t('areas.rca.title')}>
        <p className="page-header__lead">{t('improvement.risk.fmea.lead')}</p>
      </PageHeader>
      <RcaTabs current="fmea" />
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={16} />
          {t('improvement.risk.fmea.newRow')}
        </button>
        {rows.length > 0 && (
          <p className="toolbar__facts" role="status">
            {t('improvement.risk.fmea.counts', {
              total: rows.length,
              high: rows.filter((r) => r.band === 'high').length,
            })}
          </p>
        )}
      </div>
      {items.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={items.error} />
      )}
      {items.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {items.status === 'ready' &&
        (rows.length === 0 ? (
          <section className="empty-state">
            <div className="empty-state__icon">
              <Icon name="rca" size={36} />
            </div>
            <p className="empty-state__summary">{t('improvement.risk.fmea.empty')}</p>
          </section>
        ) : (
          <div className="risk-layout">
            <section className="card risk-layout__map" aria-labelledby="fmea-map-title">
              <h2 id="fmea-map-title" className="card__title">
                {t('improvement.risk.fmea.heatmapTitle')}
              </h2>
              <EChart
                option={option}
                label={t('improvement.risk.fmea.heatmapLabel')}
                height={400}
                testId="fmea-heatmap"
                onClick={({ value }) => {
                  const v = value as number[];
                  if (v[3]) setCell({ occurrence: v[0]! + 1, severity: v[1]! + 1 });
                }}
              />
            </section>
            <section className="risk-layout__list" aria-label={t('improvement.risk.fmea.register')}>
              {cell && (
                <p className="risk-filter" role="status">
                  {t('improvement.risk.fmea.filtered', { ...cell })}
                  <button type="button" className="button button--small" onClick={() => setCell(null)}>
                    {t('improvement.risk.fmea.clearFilter')}
                  </button>
                </p>
              )}
              <FmeaGrid rows={shown} onOpen={open} />
            </section>
          </div>
        ))}
      {editing && (
        <FmeaDialog
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            items.reload();
          }}
        />
      )}
    </>
  );
}
