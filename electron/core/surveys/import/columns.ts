import { SERVQUAL_ITEM_COUNT } from '../../../../shared/domain/servqual.ts';
import type { SurveyImportKind } from '../../../../shared/schemas/surveys.ts';
import { findColumn } from '../../importers/convert/mapping-check.ts';
import { importFailure } from '../../importers/failures.ts';

/**
 * Survey files have a fixed layout (README "Survey import"): each column is found by one of its names, English or
 * Chinese, matched as the ticket import matches headers (exactly, else ignoring case, spaces, `_` and `-`).
 */
export interface ColumnSpec {
  key: string;
  names: readonly string[];
  required: boolean;
}

const RESPONSE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ticket', names: ['ticket', 'ticketRef', 'externalId', '工单号', '工单'], required: false },
  { key: 'outlet', names: ['outlet', '网点', '网点编码'], required: false },
  { key: 'channel', names: ['channel', '渠道'], required: false },
  { key: 'date', names: ['date', 'respondedOn', '日期', '调查日期'], required: true },
  { key: 'csat', names: ['csat', '满意度'], required: false },
  { key: 'nps', names: ['nps', '推荐度', '推荐意愿'], required: false },
  { key: 'ces', names: ['ces', '费力度', '费力程度'], required: false },
  { key: 'comment', names: ['comment', '意见', '备注'], required: false },
];

const items = Array.from({ length: SERVQUAL_ITEM_COUNT }, (_, i) => i + 1);
const SERVQUAL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'outlet', names: ['outlet', '网点', '网点编码'], required: false },
  { key: 'date', names: ['date', 'respondedOn', '日期', '调查日期'], required: true },
  { key: 'respondent', names: ['respondent', '受访者'], required: false },
  ...items.map((i) => ({ key: `E${i}`, names: [`E${i}`, `期望${i}`], required: true })),
  ...items.map((i) => ({ key: `P${i}`, names: [`P${i}`, `感知${i}`], required: true })),
];

export const COLUMNS: Record<SurveyImportKind, readonly ColumnSpec[]> = { responses: RESPONSE_COLUMNS, servqual: SERVQUAL_COLUMNS };

/** Column index of each spec found in the header; a required column missing (or doubled) fails the whole file. */
export function locateColumns(headers: readonly string[], kind: SurveyImportKind): Map<string, number> {
  const found = new Map<string, number>();
  const missing: string[] = [];
  const twice: string[] = [];
  for (const spec of COLUMNS[kind]) {
    const hits = spec.names.map((n) => findColumn(headers, n));
    const index = hits.find((h) => h >= 0);
    if (hits.includes(-2)) twice.push(spec.names[0]!);
    else if (index !== undefined) found.set(spec.key, index);
    else if (spec.required) missing.push(spec.names.join(' / '));
  }
  if (kind === 'responses' && !['csat', 'nps', 'ces'].some((k) => found.has(k))) missing.push('csat / nps / ces');
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
