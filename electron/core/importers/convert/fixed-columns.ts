import { importFailure } from '../failures.ts';
import { findColumn } from './mapping-check.ts';

/**
 * A column of a fixed-layout file (surveys, training score sheets): found by one of its names, English or Chinese,
 * matched as the ticket import matches headers (exactly, else ignoring case, spaces, `_` and `-`).
 */
export interface ColumnSpec {
  key: string;
  names: readonly string[];
  required: boolean;
}

/** Keys of which the file must hold at least one, named together in the message when none is there. */
export interface AnyOf {
  keys: readonly string[];
  label: string;
}

/** Column index of each spec found in the header; a required column missing (or doubled) fails the whole file. */
export function locateColumns(headers: readonly string[], specs: readonly ColumnSpec[], anyOf: readonly AnyOf[] = []): Map<string, number> {
  const found = new Map<string, number>();
  const missing: string[] = [];
  const twice: string[] = [];
  for (const spec of specs) {
    const hits = spec.names.map((n) => findColumn(headers, n));
    const index = hits.find((h) => h >= 0);
    if (hits.includes(-2)) twice.push(spec.names[0]!);
    else if (index !== undefined) found.set(spec.key, index);
    else if (spec.required) missing.push(spec.names.join(' / '));
  }
  for (const group of anyOf) if (!group.keys.some((k) => found.has(k))) missing.push(group.label);
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
  return found;
}
