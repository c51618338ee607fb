import type { ImportRowError } from '../../../../../shared/schemas/importers';

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The error report as CSV: a BOM so Excel (also Chinese Excel) reads it as UTF-8, CRLF line ends, RFC 4180 quoting,
 * the same columns as the report core writes beside the data file.
 */
export function errorReportCsv(
  header: readonly [string, string, string, string],
  errors: readonly Pick<ImportRowError, 'row' | 'column' | 'value' | 'reason'>[],
): string {
  const lines = [header.map(quote).join(',')];
  for (const e of errors)
    lines.push([String(e.row), e.column ?? '', e.value ?? '', e.reason].map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
