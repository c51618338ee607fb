import type { CellKeyDownEvent, ColDef, GridApi, ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePastedBlock } from '../../../../../shared/domain/training';
import type { ScoreSheetError, SessionDetail } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { StatusBadge } from '../StatusBadge';
import { TrainingError } from '../TrainingError';
import { applyPaste, buildRows, buildSheet, cellCheck, findTrainee, isDirty, liveOutcome, rowProblems, type ScoreRow } from './scoreRows';
import { ScoreHistory } from './ScoreHistory';

type Part = SessionDetail['parts'][number];
type Notice = { tone: 'success' | 'info'; text: string } | null;

// Module constants: AG Grid re-applies an option whose identity changes, and columns would be rebuilt per keystroke.
const DEFAULT_COLUMN: ColDef<ScoreRow> = { sortable: false, suppressMovable: true };
const rowId = ({ data }: { data: ScoreRow }) => data.key;

/**
 * The trainer's score sheet: trainees down, assessment parts across. Type and Enter down the column, Tab across,
 * paste a block from Excel; every cell is checked as it changes with the rule the save applies, the outcome
 * follows live, and one save writes the whole sheet or nothing.
 */
export function ScoreGrid({ detail, onChanged }: { detail: SessionDetail; onChanged: (d: SessionDetail) => void }) {
  const { t } = useTranslation();
  // Stable props: AG Grid re-applies an option whose object identity changes.
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const [rows, setRows] = useState<ScoreRow[]>(() => buildRows(detail));
  const [notice, setNotice] = useState<Notice>(null);
  const [refused, setRefused] = useState<{ errors: ScoreSheetError[]; keys: string[] } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const api = useRef<GridApi<ScoreRow> | null>(null);
  const parts = detail.parts;

  // A new saved state (attendance, enrolment) keeps what the trainer typed and has not saved yet.
  const lastDetail = useRef(detail);
  useEffect(() => {
    if (lastDetail.current === detail) return;
    lastDetail.current = detail;
    setRows((previous) => buildRows(detail, previous));
  }, [detail]);

  const dirtyCount = rows.reduce((n, r) => n + (r.staffId === null ? 0 : parts.filter((p) => isDirty(r, p.id)).length), 0);
  const problemCount = rows.reduce((n, r) => n + rowProblems(r, parts), 0);

  const errorText = (part: Part, row: ScoreRow): string | null => {
    const check = cellCheck(row, part);
    return check.kind === 'error' ? t(`training.grid.errors.${check.code}`, { max: part.maxScore }) : null;
  };

  const setCell = (key: string, partId: number, value: string) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, cells: { ...r.cells, [String(partId)]: value } } : r)));

  /** A corrected unknown trainee that now names someone on the roster moves its scores to that row. */
  const setTrainee = (key: string, text: string) =>
    setRows((current) => {
      const stray = current.find((r) => r.key === key);
      if (!stray) return current;
      const target = findTrainee(current, text);
      if (!target) return current.map((r) => (r.key === key ? { ...r, trainee: text.trim() } : r));
      const moved = Object.fromEntries(Object.entries(stray.cells).filter(([, v]) => v.trim() !== ''));
      return current.filter((r) => r.key !== key).map((r) => (r.key === target.key ? { ...r, cells: { ...r.cells, ...moved } } : r));
    });

  const removeRow = async (row: ScoreRow) => {
    if (row.staffId === null) {
      setRows((current) => current.filter((r) => r.key !== row.key));
      return;
    }
    setFailure(null);
    try {
      onChanged(await call('training.enrolment.remove', { sessionId: detail.id, staffId: row.staffId }));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };

  const toggleAttendance = async (row: ScoreRow) => {
    if (row.staffId === null) return;
    setFailure(null);
    try {
      onChanged(await call('training.attendance.set', { sessionId: detail.id, attendance: [{ staffId: row.staffId, attended: row.attended !== true }] }));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };

  const columns = useMemo<ColDef<ScoreRow>[]>(() => {
    const partColumns = parts.map((part): ColDef<ScoreRow> => ({
      colId: `part-${part.id}`,
      headerName: `${part.name} ≥${part.passMark}/${part.maxScore}`,
      headerTooltip: `${part.name}: ${t('training.courses.passMark')} ${part.passMark}, ${t('training.courses.maxScore')} ${part.maxScore}`,
      width: 160,
      editable: true,
      valueGetter: ({ data }) => data?.cells[String(part.id)] ?? '',
      valueSetter: ({ data, newValue }: ValueSetterParams<ScoreRow>) => {
        setCell(data.key, part.id, newValue === null || newValue === undefined ? '' : String(newValue));
        return false;
      },
      cellClassRules: {
        'score-cell--invalid': ({ data }) => (data ? cellCheck(data, part).kind === 'error' : false),
        'score-cell--dirty': ({ data }) => (data ? isDirty(data, part.id) && cellCheck(data, part).kind === 'score' : false),
        'score-cell--below': ({ data }) => {
          const check = data ? cellCheck(data, part) : null;
          return check?.kind === 'score' && check.value < part.passMark;
        },
      },
      cellRenderer: ({ data, value }: { data?: ScoreRow; value: string }) => {
        const problem = data ? errorText(part, data) : null;
        return (
          <span className="score-cell" title={problem ?? undefined}>
            <span className="score-cell__value">{value}</span>
            {problem && <span className="score-cell__error">{problem}</span>}
          </span>
        );
      },
    }));
    return [
      {
        colId: 'trainee',
        headerName: t('training.grid.employeeNo'),
        field: 'trainee',
        width: 130,
        pinned: 'left',
        editable: ({ data }) => data?.staffId === null,
        valueSetter: ({ data, newValue }: ValueSetterParams<ScoreRow>) => {
          setTrainee(data.key, String(newValue ?? ''));
          return false;
        },
        cellClassRules: { 'score-cell--invalid': ({ data }) => data?.staffId === null },
        cellRenderer: ({ data }: { data?: ScoreRow }) =>
          data?.staffId === null ? (
            <span className="score-cell" title={t('training.grid.errors.unknown_trainee')}>
              <span className="score-cell__value">{data.trainee || t('training.grid.unknownTraineeBlank')}</span>
              <span className="score-cell__error">{t('training.grid.errors.unknown_trainee')}</span>
            </span>
          ) : (data?.trainee ?? ''),
      },
      { colId: 'name', field: 'name', headerName: t('training.grid.name'), width: 100, pinned: 'left' },
      { colId: 'outlet', field: 'outletName', headerName: t('training.grid.outlet'), width: 150 },
      {
        colId: 'attended',
        headerName: t('training.grid.attended'),
        width: 110,
        cellRenderer: ({ data }: { data?: ScoreRow }) =>
          data && data.staffId !== null ? (
            <button type="button" tabIndex={-1} className={`attendance attendance--${String(data.attended)}`} aria-pressed={data.attended === true} onClick={() => void toggleAttendance(data)}>
              {t(data.attended === true ? 'training.grid.attendedYes' : data.attended === false ? 'training.grid.attendedNo' : 'training.grid.attendedUnknown')}
            </button>
          ) : null,
      },
      ...partColumns,
      {
        colId: 'outcome',
        headerName: t('training.grid.outcome'),
        width: 100,
        cellRenderer: ({ data }: { data?: ScoreRow }) => (data && data.staffId !== null ? <StatusBadge state={liveOutcome(data, parts)} /> : null),
      },
      { colId: 'retakes', field: 'retakes', headerName: t('training.grid.attempts'), width: 80, type: 'numericColumn', valueFormatter: ({ value }) => ((value as number) > 0 ? String(value) : '') },
      { colId: 'certificate', field: 'certificateUntil', headerName: t('training.grid.certificate'), width: 140, valueFormatter: ({ value }) => (value === null ? '' : (value as string) || t('training.courses.never')) },
      {
        colId: 'remove',
        headerName: '',
        width: 80,
        cellRenderer: ({ data }: { data?: ScoreRow }) =>
          data && !data.hasScores ? (
            <button type="button" tabIndex={-1} className="button button--small" aria-label={data.staffId === null ? t('training.grid.removeRow', { row: data.trainee }) : t('training.grid.removeTrainee', { name: data.name })} onClick={() => void removeRow(data)}>
              {t('training.grid.remove')}
            </button>
          ) : null,
      },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- handlers only use state setters and the session id
  }, [parts, t, detail.id]);

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    const focused = api.current?.getFocusedCell();
    if (!focused || !text) return;
    const editing = (api.current?.getEditingCells().length ?? 0) > 0;
    // A single value typed into an open editor is the editor's business; a block is the sheet's.
    if (editing && !/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    api.current?.stopEditing(true);
    const colId = focused.column.getColId();
    const partIndex = colId.startsWith('part-') ? parts.findIndex((p) => `part-${p.id}` === colId) : null;
    const result = applyPaste(rows, parts, parsePastedBlock(text), focused.rowIndex, partIndex);
    setRows(result.rows);
    setNotice({
      tone: result.stray > 0 ? 'info' : 'success',
      text: [t('training.grid.pastedRows', { rows: result.pasted, cols: result.columns }), result.stray > 0 ? t('training.grid.pasteBeyond', { count: result.stray }) : ''].join(' '),
    });
  };

  const onCellKeyDown = (event: CellKeyDownEvent<ScoreRow>) => {
    const key = event.event instanceof KeyboardEvent ? event.event.key : '';
    if (event.column.getColId() === 'attended' && key === ' ' && event.data) {
      event.event?.preventDefault();
      void toggleAttendance(event.data);
    }
  };

  const save = async () => {
    const { sheet, keys } = buildSheet(rows, parts);
    setNotice(null);
    setFailure(null);
    if (sheet.length === 0) {
      setRefused(null);
      setNotice({ tone: 'info', text: t('training.grid.nothingToSave') });
      return;
    }
    setBusy(true);
    try {
      const saved = await call('training.scores.save', { sessionId: detail.id, rows: sheet });
      setRefused(null);
      lastDetail.current = saved;
      setRows(buildRows(saved));
      onChanged(saved);
      setNotice({ tone: 'success', text: t('training.grid.saved', { count: sheet.length }) });
    } catch (err) {
      const error = toApiError(err);
      const cells = error.details['cells'];
      if (error.code === 'INVALID_INPUT' && Array.isArray(cells)) setRefused({ errors: cells as ScoreSheetError[], keys });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const describe = (e: ScoreSheetError, keys: string[]) => {
    const row = rows.findIndex((r) => r.key === keys[e.row]) + 1;
    const trainee = e.trainee || t('training.grid.unknownTraineeBlank');
    const part = parts.find((p) => p.id === e.partId);
    if (!part) return t('training.grid.traineeError', { row, trainee, message: t(`training.grid.errors.${e.code}`) });
    return t('training.grid.cellError', { row, trainee, part: part.name, message: t(`training.grid.errors.${e.code}`, { max: part.maxScore }) });
  };

  const focused = rows.find((r) => r.key === focusedKey && r.staffId !== null);
  return (
    <section className="card score-sheet" aria-labelledby="score-sheet-title">
      <div className="card__heading-row">
        <h2 id="score-sheet-title" className="card__title">{t('training.grid.title')}</h2>
        <div className="score-sheet__actions">
          <span className={problemCount > 0 ? 'score-sheet__status score-sheet__status--bad' : 'score-sheet__status'} role="status">
            {problemCount > 0 ? t('training.grid.invalidCount', { count: problemCount }) : dirtyCount > 0 ? t('training.grid.dirty', { count: dirtyCount }) : t('training.grid.clean')}
          </span>
          <button type="button" className="button" disabled={busy || (dirtyCount === 0 && !rows.some((r) => r.staffId === null))} onClick={() => { setRows(buildRows(detail)); setRefused(null); setNotice(null); }}>
            {t('training.grid.discard')}
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()}>
            {busy ? t('training.grid.saving') : t('training.grid.save')}
          </button>
        </div>
      </div>
      <p className="card__hint">{t('training.grid.help')}</p>
      {notice && <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>{notice.text}</Alert>}
      {failure && <TrainingError title={t('training.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
      {refused && (
        <Alert tone="error" title={t('training.grid.refused', { count: refused.errors.length })} onDismiss={() => setRefused(null)}>
          <ul className="score-sheet__errors">
            {refused.errors.map((e, i) => <li key={i}>{describe(e, refused.keys)}</li>)}
          </ul>
        </Alert>
      )}
      <div className="training-grid training-grid--scores" onPasteCapture={onPaste}>
        <AgGridReact<ScoreRow>
          theme={gridTheme}
          localeText={localeText}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={DEFAULT_COLUMN}
          getRowId={rowId}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          onGridReady={({ api: gridApi }) => {
            api.current = gridApi;
          }}
          onCellFocused={({ rowIndex }) => {
            const key = rowIndex === null ? null : (rows[rowIndex]?.key ?? null);
            if (key !== focusedKey) setFocusedKey(key);
          }}
          onCellKeyDown={onCellKeyDown}
        />
      </div>
      <ScoreHistory detail={detail} staffId={focused?.staffId ?? null} />
    </section>
  );
}
