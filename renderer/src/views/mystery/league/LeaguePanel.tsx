import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeagueRow } from '../../../../../shared/schemas/mystery';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { formatScore } from '../../audits/grid';
import { formatChange, mysteryGridLocale } from '../grid';
import { MysteryError } from '../MysteryError';
import type { WaveChoice } from '../useWave';
import { WavePicker } from '../WavePicker';

const changeClass = (n: number | null | undefined): string => (n ? (n > 0 ? 'mystery-up' : 'mystery-down') : '');

/** Outlets of the wave by mean published score; equal scores share a rank; the change is against the previous wave. */
export function LeaguePanel({ choice }: { choice: WaveChoice }) {
  const { t } = useTranslation();
  const waveId = choice.wave!.id;
  const load = useCallback(() => call('mystery.league', { waveId }), [waveId]);
  const league = useResource(load);
  const localeText = useMemo(() => mysteryGridLocale(t), [t]);
  const none = t('audits.form.none');
  const columns = useMemo<ColDef<LeagueRow>[]>(
    () => [
      { field: 'rank', headerName: t('mystery.league.rank'), width: 80, type: 'numericColumn', valueFormatter: ({ value }) => (value === null ? none : String(value)) },
      { field: 'outletName', headerName: t('mystery.league.outlet'), flex: 1, minWidth: 150 },
      { field: 'city', headerName: t('mystery.league.city'), width: 90 },
      { field: 'score', headerName: t('mystery.league.score'), width: 90, type: 'numericColumn', valueFormatter: ({ value }) => formatScore(value as number | null, none) },
      { field: 'visits', headerName: t('mystery.league.visits'), width: 120, type: 'numericColumn' },
      { field: 'previousRank', headerName: t('mystery.league.previous'), width: 110, type: 'numericColumn', valueFormatter: ({ value }) => (value === null ? none : String(value)) },
      {
        field: 'rankChange',
        headerName: t('mystery.league.rankChange'),
        width: 110,
        type: 'numericColumn',
        valueFormatter: ({ value }) => formatChange(value as number | null, 0),
        cellClass: ({ value }) => changeClass(value as number | null),
      },
      {
        field: 'scoreChange',
        headerName: t('mystery.league.scoreChange'),
        width: 110,
        type: 'numericColumn',
        valueFormatter: ({ value }) => formatChange(value as number | null, 1),
        cellClass: ({ value }) => changeClass(value as number | null),
      },
      { field: 'autoFails', headerName: t('mystery.league.autoFails'), width: 100, type: 'numericColumn', cellClass: ({ value }) => (value ? 'audits-cell--fail' : '') },
    ],
    [t, none],
  );
  const rows = league.status === 'ready' ? league.data.rows : [];
  const ranked = rows.some((r) => r.rank !== null);
  return (
    <section className="audits-panel">
      <div className="audits-toolbar">
        <WavePicker choice={choice} />
        {league.status === 'ready' && (
          <p className="muted">{league.data.previousWaveName ? t('mystery.league.versus', { wave: league.data.previousWaveName }) : t('mystery.league.first')}</p>
        )}
      </div>
      {league.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {league.status === 'error' && <MysteryError title={t('mystery.loadFailed')} error={league.error} />}
      {league.status === 'ready' && !ranked && (
        <section className="empty-state" data-testid="league-empty">
          <p className="empty-state__summary">{t('mystery.league.empty')}</p>
        </section>
      )}
      {league.status === 'ready' && ranked && (
        <div className="audits-grid" data-testid="league-grid" aria-label={t('mystery.league.label')}>
          <AgGridReact<LeagueRow> theme={gridTheme} localeText={localeText} rowData={rows} columnDefs={columns} getRowId={({ data }) => String(data.outletId)} />
        </div>
      )}
    </section>
  );
}
