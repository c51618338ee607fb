import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentScoreRow } from '../../../../../shared/schemas/audits';
import { gridTheme } from '../../../components/gridTheme';
import { auditsGridLocale, formatScore } from '../grid';

interface AgentLine {
  agentId: number;
  agentName: string;
  audits: number;
  autoFails: number;
  average: number;
  months: Record<string, number>;
}

/** Agents down, months across: each month's average score, then the period's audits, average and auto-fails. */
export function AgentScoresGrid({ rows }: { rows: readonly AgentScoreRow[] }) {
  const { t } = useTranslation();
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const none = t('audits.form.none');
  const { lines, months } = useMemo(() => {
    const byAgent = new Map<number, AgentLine & { sum: number }>();
    const monthSet = new Set<string>();
    for (const r of rows) {
      monthSet.add(r.month);
      const line = byAgent.get(r.agentId) ?? { agentId: r.agentId, agentName: r.agentName, audits: 0, autoFails: 0, average: 0, sum: 0, months: {} };
      line.months[r.month] = r.average;
      line.audits += r.audits;
      line.autoFails += r.autoFails;
      line.sum += r.average * r.audits;
      line.average = Math.round((line.sum / line.audits) * 100) / 100;
      byAgent.set(r.agentId, line);
    }
    return { lines: [...byAgent.values()], months: [...monthSet].sort() };
  }, [rows]);

  const columns = useMemo<ColDef<AgentLine>[]>(
    () => [
      { field: 'agentName', headerName: t('audits.reports.agents.agent'), pinned: 'left', width: 120 },
      ...months.map(
        (m): ColDef<AgentLine> => ({
          colId: m,
          headerName: m,
          width: 96,
          type: 'numericColumn',
          valueGetter: ({ data }) => data?.months[m] ?? null,
          valueFormatter: ({ value }) => formatScore((value as number | null) ?? null, none),
        }),
      ),
      { field: 'average', headerName: t('audits.reports.agents.average'), width: 96, type: 'numericColumn', valueFormatter: ({ value }) => formatScore(value as number, none) },
      { field: 'audits', headerName: t('audits.reports.agents.audits'), width: 90, type: 'numericColumn' },
      { field: 'autoFails', headerName: t('audits.reports.agents.autoFails'), width: 100, type: 'numericColumn' },
    ],
    [t, months, none],
  );

  return (
    <div className="audits-grid audits-grid--short" data-testid="agent-scores">
      <AgGridReact<AgentLine> theme={gridTheme} localeText={localeText} rowData={lines} columnDefs={columns} getRowId={({ data }) => String(data.agentId)} />
    </div>
  );
}
