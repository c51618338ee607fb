import type { fileImportZh } from './zh-CN.ts';

export const fileImportEn: typeof fileImportZh = {
  path: 'File path',
  pathHint: 'CSV (UTF-8, GB18030 or UTF-16) or XLSX (first sheet).',
  browse: 'Browse…',
  dryRun: 'Check only, write nothing',
  skipInvalid: 'Skip rows with errors and import the rest',
  allOrNothing:
    'By default the file is written only if every row is valid: one bad row and nothing is written.',
  run: 'Import',
  running: 'Importing…',
  required: 'Enter the file path.',
  missingColumns: 'The file lacks these columns: {{missing}}.',
  done: 'Read {{total}} rows: {{inserted}} written, {{rejected}} rejected.',
  dryDone: 'Checked {{total}} rows: {{rejected}} with errors; nothing was written.',
  nothingWritten: 'Rows were rejected, so nothing was written (all or nothing).',
  report: 'Error report: {{path}}',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  reason: 'Reason',
};
