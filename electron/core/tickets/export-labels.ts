import type { Language } from '../../../shared/domain/enums.ts';
import { catalogs } from '../../../shared/i18n/index.ts';
import type { GridColumn } from './grid-columns.ts';

/*
 * Labels of exported files (headers and enumerated values): the catalog entries the ticket grid shows
 * (renderer/src/views/tickets/list/columns.tsx), so a file reads exactly like the screen it was exported from.
 */

const ENUM_GROUPS = { channel: 'channel', type: 'type', status: 'status', segment: 'segment' } as const;
type EnumColumn = keyof typeof ENUM_GROUPS;
const isEnumColumn = (column: GridColumn): column is EnumColumn => Object.hasOwn(ENUM_GROUPS, column);

/** Header of a column: `tickets.columns.<column>`. */
export const columnHeader = (column: GridColumn, language: Language): string =>
  catalogs[language].tickets.columns[column];

/** Label of a stored value of a text column (`tickets.<group>.<id>` for enumerations); other text as stored. */
export function valueLabel(column: GridColumn, value: string, language: Language): string {
  if (!isEnumColumn(column)) return value;
  const labels: Record<string, string> = catalogs[language].tickets[ENUM_GROUPS[column]];
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}

/** A yes/no cell: the SLA columns read 超时/达标 (`tickets.sla`) as in the grid, the others 是/否 (`tickets.yesNo`). */
export function boolLabel(column: GridColumn, value: boolean, language: Language): string {
  const group = column === 'responseBreached' || column === 'resolutionBreached' ? 'sla' : 'yesNo';
  return catalogs[language].tickets[group][value ? 'true' : 'false'];
}

export const sheetName = (language: Language): string => catalogs[language].tables.tickets;
