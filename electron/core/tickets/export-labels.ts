import type { Language } from '../../../shared/domain/enums.ts';
import type { GridColumn } from './grid-columns.ts';

/*
 * Labels of exported files (headers and enumerated values) in both languages. The renderer's catalogs
 * (shared/i18n) do not carry ticket enumerations yet; when they do, these tables should move there.
 */

type Labels = Record<Language, string>;

export const COLUMN_HEADERS: Record<GridColumn, Labels> = {
  id: { 'zh-CN': '编号', en: 'ID' },
  externalId: { 'zh-CN': '工单号', en: 'Ticket number' },
  createdAt: { 'zh-CN': '创建时间', en: 'Created' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  type: { 'zh-CN': '类型', en: 'Type' },
  category: { 'zh-CN': '分类', en: 'Category' },
  tier: { 'zh-CN': '等级', en: 'Tier' },
  outlet: { 'zh-CN': '网点', en: 'Outlet' },
  team: { 'zh-CN': '团队', en: 'Team' },
  assignee: { 'zh-CN': '处理人', en: 'Assignee' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  segment: { 'zh-CN': '客户分层', en: 'Segment' },
  product: { 'zh-CN': '产品', en: 'Product' },
  subject: { 'zh-CN': '主题', en: 'Subject' },
  status: { 'zh-CN': '状态', en: 'Status' },
  firstResponseMin: { 'zh-CN': '首次响应（分钟）', en: 'First response (min)' },
  resolutionH: { 'zh-CN': '解决时长（小时）', en: 'Resolution (h)' },
  responseDueAt: { 'zh-CN': '响应截止', en: 'Response due' },
  resolutionDueAt: { 'zh-CN': '解决截止', en: 'Resolution due' },
  responseBreached: { 'zh-CN': '响应超时', en: 'Response breached' },
  resolutionBreached: { 'zh-CN': '解决超时', en: 'Resolution breached' },
  csat: { 'zh-CN': '满意度', en: 'CSAT' },
  nps: { 'zh-CN': 'NPS', en: 'NPS' },
  ces: { 'zh-CN': '费力度', en: 'CES' },
  reopenCount: { 'zh-CN': '重开次数', en: 'Reopened' },
  fcr: { 'zh-CN': '首次解决', en: 'First-contact resolution' },
  isRepeat: { 'zh-CN': '二次投诉', en: 'Repeat complaint' },
  closedAt: { 'zh-CN': '关闭时间', en: 'Closed' },
};

/** Stored ids of enumerated columns → labels. */
export const VALUE_LABELS: Partial<Record<GridColumn, Record<string, Labels>>> = {
  channel: {
    phone: { 'zh-CN': '电话/400热线', en: 'Phone / hotline' },
    chat: { 'zh-CN': '在线客服', en: 'Online chat' },
    app: { 'zh-CN': 'APP', en: 'App' },
    web: { 'zh-CN': '官网', en: 'Web' },
    email: { 'zh-CN': '邮件', en: 'Email' },
    social: { 'zh-CN': '社交媒体', en: 'Social media' },
    walk_in: { 'zh-CN': '到店', en: 'Walk-in' },
    onsite: { 'zh-CN': '上门', en: 'Onsite' },
  },
  type: {
    inquiry: { 'zh-CN': '咨询', en: 'Inquiry' },
    repair: { 'zh-CN': '维修', en: 'Repair' },
    installation: { 'zh-CN': '安装', en: 'Installation' },
    complaint: { 'zh-CN': '投诉', en: 'Complaint' },
    suggestion: { 'zh-CN': '建议', en: 'Suggestion' },
    feedback: { 'zh-CN': '反馈', en: 'Feedback' },
  },
  status: {
    new: { 'zh-CN': '新建', en: 'New' },
    assigned: { 'zh-CN': '已派单', en: 'Assigned' },
    in_progress: { 'zh-CN': '处理中', en: 'In progress' },
    pending_customer: { 'zh-CN': '待客户反馈', en: 'Pending customer' },
    on_hold: { 'zh-CN': '挂起', en: 'On hold' },
    resolved: { 'zh-CN': '已解决', en: 'Resolved' },
    closed: { 'zh-CN': '已关闭', en: 'Closed' },
    reopened: { 'zh-CN': '已重开', en: 'Reopened' },
  },
  segment: {
    vip: { 'zh-CN': 'VIP', en: 'VIP' },
    regular: { 'zh-CN': '普通', en: 'Regular' },
  },
};

export const YES_NO: Record<'yes' | 'no', Labels> = {
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
};

export const SHEET_NAME: Labels = { 'zh-CN': '工单', en: 'Tickets' };
