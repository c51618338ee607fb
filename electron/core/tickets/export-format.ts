import type { Language } from '../../../shared/domain/enums.ts';
import type { TicketRow } from '../../../shared/schemas/tickets.ts';
import { zoneOffsetMs } from '../../../shared/domain/zoned-time.ts';
import { boolLabel, valueLabel } from './export-labels.ts';
import type { GridColumn } from './grid-columns.ts';

/** How a column's values are written: real numbers and dates in XLSX, labelled text for enumerations. */
export type CellKind = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'date' | 'bool';

export const CELL_KIND: Record<GridColumn, CellKind> = {
  id: 'integer',
  externalId: 'text',
  createdAt: 'date',
  channel: 'text',
  type: 'text',
  category: 'text',
  tier: 'integer',
  outlet: 'text',
  team: 'text',
  assignee: 'text',
  customer: 'text',
  segment: 'text',
  product: 'text',
  subject: 'text',
  status: 'text',
  firstResponseMin: 'decimal1',
  resolutionH: 'decimal2',
  responseDueAt: 'date',
  resolutionDueAt: 'date',
  responseBreached: 'bool',
  resolutionBreached: 'bool',
  csat: 'integer',
  nps: 'integer',
  ces: 'integer',
  reopenCount: 'integer',
  fcr: 'bool',
  isRepeat: 'bool',
  closedAt: 'date',
};

/** A cell value: text (labels applied), number, or a local wall-clock time as epoch ms "in UTC" for spreadsheets. */
export type Cell = string | number | { localMs: number } | null;

export interface CellContext {
  language: Language;
  timeZone: string;
}

/** The value of one column of a row, ready for a writer. */
export function cellOf(row: TicketRow, column: GridColumn, ctx: CellContext): Cell {
  const value = row[column];
  if (value === null || value === undefined) return null;
  switch (CELL_KIND[column]) {
    case 'date':
      // Spreadsheets have no time zones: write the wall-clock time of the workspace's zone.
      return { localMs: (value as number) + zoneOffsetMs(ctx.timeZone, value as number) };
    case 'bool':
      return boolLabel(column, Boolean(value), ctx.language);
    case 'integer':
      return value as number;
    case 'decimal1':
      return Math.round((value as number) * 10) / 10;
    case 'decimal2':
      return Math.round((value as number) * 100) / 100;
    case 'text':
      return valueLabel(column, String(value), ctx.language);
  }
}

/** 'YYYY-MM-DD HH:mm' of a wall-clock time given as epoch ms "in UTC". */
export const formatLocal = (localMs: number): string => new Date(localMs).toISOString().slice(0, 16).replace('T', ' ');

/**
 * CSV text of a cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  let text = typeof cell === 'string' ? cell : formatLocal(cell.localMs);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
