import { IMPORT_FIELDS, type FieldMapping, type ImportField, type ImportMapping } from '../../../../shared/schemas/importers.ts';
import { findColumn } from '../convert/mapping-check.ts';
import { builtInPresets } from './presets.ts';

/**
 * Header spellings recognised per field beyond the presets: the app's own export headers (Chinese and English) and
 * common Chinese CRM wording. Matching ignores case, spaces, `_` and `-`.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  externalId: ['external_id', 'ticket number', 'ticket id', '工单号', '工单编号', '单号'],
  channel: ['channel', 'source', '渠道', '来源', '受理渠道'],
  type: ['type', 'ticket type', '类型', '工单类型'],
  category: ['category', '分类', '问题分类', '类别'],
  tier: ['tier', 'priority', 'severity', '等级', '优先级', '级别'],
  outlet: ['outlet', 'store', 'branch', '网点', '门店'],
  team: ['team', 'group', 'department', '团队', '部门', '处理组'],
  assignee: ['assignee', 'agent', 'owner', '处理人', '负责人', '受理人'],
  customer: ['customer', 'customer id', 'customer code', '客户', '客户编号', '客户编码'],
  customerName: ['customer_name', 'customer name', '客户名称', '客户姓名'],
  customerSegment: ['customer_segment', 'segment', '客户分层', '客户等级'],
  product: ['product', '产品', '产品型号'],
  subject: ['subject', 'title', 'summary', '主题', '标题'],
  description: ['description', 'details', '描述', '问题描述', '内容'],
  status: ['status', 'state', '状态', '工单状态'],
  createdAt: ['created_at', 'created', 'created time', 'created at', '创建时间', '受理时间'],
  firstResponseAt: ['first_response_at', 'first response', '首次响应时间', '首响时间'],
  escalatedAt: ['escalated_at', 'escalated', '升级时间'],
  resolvedAt: ['resolved_at', 'resolved', 'solved at', '解决时间'],
  closedAt: ['closed_at', 'closed', '关闭时间', '结案时间'],
  resolution: ['resolution', 'solution', '解决方案', '处理结果'],
  reopenCount: ['reopen_count', 'reopens', 'reopened', '重开次数'],
  fcr: ['fcr', 'first-contact resolution', '首次解决'],
  compensationType: ['compensation_type', 'compensation', '补偿方式', '补偿类型'],
  compensationAmount: ['compensation_amount', 'amount', '补偿金额'],
  callbackAt: ['callback_at', 'callback', '回访时间'],
  callbackResult: ['callback_result', '回访结果'],
  csat: ['csat', 'satisfaction', '满意度'],
  nps: ['nps', '推荐度'],
  ces: ['ces', 'effort', '费力度'],
};

/**
 * A mapping for a file's header: the preset matching the most columns (value maps and formats included), then
 * every field still unmapped matched by its aliases. Returns the preset it started from.
 */
export function suggestMapping(headers: readonly string[]): { mapping: ImportMapping; preset: string | null } {
  let best: ImportMapping | null = null;
  let bestHits = 0;
  for (const preset of builtInPresets()) {
    const hits = Object.values(preset.fields).filter((f) => findColumn(headers, f.column) >= 0).length;
    if (hits > bestHits) {
      best = preset;
      bestHits = hits;
    }
  }
  const fields: Partial<Record<ImportField, FieldMapping>> = {};
  const used = new Set<number>();
  if (best) {
    for (const field of IMPORT_FIELDS) {
      const spec = best.fields[field];
      const index = spec ? findColumn(headers, spec.column) : -1;
      if (spec && index >= 0 && !used.has(index)) {
        fields[field] = { ...spec, column: headers[index]! };
        used.add(index);
      }
    }
  }
  for (const field of IMPORT_FIELDS) {
    if (fields[field]) continue;
    for (const alias of ALIASES[field]) {
      const index = findColumn(headers, alias);
      if (index >= 0 && !used.has(index)) {
        fields[field] = { column: headers[index]! };
        used.add(index);
        break;
      }
    }
  }
  return { mapping: { name: best?.name ?? 'suggested', fields }, preset: best && bestHits > 0 ? best.name : null };
}
