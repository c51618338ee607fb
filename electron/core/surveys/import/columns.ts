import { SERVQUAL_ITEM_COUNT } from '../../../../shared/domain/servqual.ts';
import type { SurveyImportKind } from '../../../../shared/schemas/surveys.ts';
import { locateColumns, type ColumnSpec } from '../../importers/convert/fixed-columns.ts';

/** Survey files have a fixed layout (README "Survey import"). */
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

const COLUMNS: Record<SurveyImportKind, readonly ColumnSpec[]> = { responses: RESPONSE_COLUMNS, servqual: SERVQUAL_COLUMNS };

/** Column index of each column of a survey file of this kind. */
export const locateSurveyColumns = (headers: readonly string[], kind: SurveyImportKind): Map<string, number> =>
  locateColumns(headers, COLUMNS[kind], kind === 'responses' ? [{ keys: ['csat', 'nps', 'ces'], label: 'csat / nps / ces' }] : []);
