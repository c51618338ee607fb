import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/schemas/importers.ts';
import { importFailure } from '../failures.ts';
import { Bad } from './references.ts';
import type { Reader } from './readers.ts';
import { normalize } from './vocabulary.ts';


/** Value-map targets of these fields must be values the field accepts: a typo in a mapping is a mapping error. */
const CHECKED_TARGETS = new Set<ImportField>(['channel', 'type', 'tier', 'status', 'fcr', 'compensationType', 'callbackResult', 'customerSegment']);

/** Index of a header: exact, else ignoring case, spaces, underscores and hyphens; -2 when two headers match. */
export function findColumn(headers: readonly string[], column: string): number {
  const exact = headers.reduce<number[]>((acc, h, i) => (h === column.trim() ? [...acc, i] : acc), []);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return -2;
  const want = normalize(column);
  const loose = headers.reduce<number[]>((acc, h, i) => (normalize(h) === want && want !== '' ? [...acc, i] : acc), []);
  return loose.length === 1 ? loose[0]! : loose.length > 1 ? -2 : -1;
}

/**
 * Check a mapping against a file's header before any row is read: required fields present, every mapped column
 * in the file (once), date formats understood, value-map targets valid. Each problem is named in one message.
 */
export function checkMapping(
  headers: readonly string[],
  mapping: ImportMapping,
  readerOf: (field: ImportField, format: string | undefined) => Reader<unknown>,
): { field: ImportField; index: number }[] {
  const unmapped = REQUIRED_IMPORT_FIELDS.filter((f) => !mapping.fields[f]);
  if (unmapped.length > 0) {
    throw importFailure('MAPPING_INVALID', `The mapping does not say which column holds: ${unmapped.join(', ')}.`, { fields: unmapped });
  }
  const missing: string[] = [];
  const twice: string[] = [];
  const columns: { field: ImportField; index: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    const spec = mapping.fields[field];
    if (!spec) continue;
    const index = findColumn(headers, spec.column);
    if (index === -1 && spec.optional !== true) missing.push(`"${spec.column}" (for ${field})`);
    else if (index === -1) continue;
    else if (index === -2) twice.push(`"${spec.column}"`);
    else columns.push({ field, index });
  }
  if (missing.length > 0) {
    const shown = headers.slice(0, 40).map((h) => `"${h}"`).join(', ');
    throw importFailure('MISSING_COLUMNS', `These columns are not in the file: ${missing.join(', ')}. The file's columns are: ${shown}.`, {
      missing,
      headers: headers.slice(0, 200),
    });
  }
  if (twice.length > 0) {
    throw importFailure('MAPPING_INVALID', `The file has more than one column named ${twice.join(', ')}; rename them so each is unique.`, { columns: twice });
  }
  const wrong: string[] = [];
  for (const { field } of columns) {
    const spec = mapping.fields[field]!;
    const read = readerOf(field, spec.format); // throws MAPPING_INVALID for a date format it cannot compile
    if (!CHECKED_TARGETS.has(field)) continue;
    for (const [from, to] of Object.entries(spec.valueMap ?? {})) {
      if (to.trim() !== '' && read(to) instanceof Bad) wrong.push(`${field}: "${from}" → "${to}"`);
    }
  }
  if (wrong.length > 0) {
    throw importFailure('MAPPING_INVALID', `The value map gives values the field does not accept: ${wrong.join('; ')}.`, { entries: wrong });
  }
  return columns;
}
