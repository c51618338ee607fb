/**
 * Built-in spellings of enumerated values as Chinese and international CRM exports write them. A mapping's own
 * value map is consulted first; these make a first import work without one. Keys are matched after `normalize`.
 */
const SYNONYMS: Record<string, Record<string, readonly string[]>> = {
  channel: {
    phone: ['电话', '400热线', '400', '热线', '呼叫中心', '来电', 'call', 'telephone', 'voice', 'tel'],
    chat: ['在线', '在线客服', '聊天', '在线咨询', 'live chat', 'im', 'messaging'],
    app: ['应用', '手机app', '移动端', 'mobile app', 'mobile'],
    web: ['网站', '官网', '网页', 'web form', 'webform', 'portal', 'website'],
    email: ['邮件', '电子邮件', '邮箱', 'e-mail', 'mail'],
    social: ['社交媒体', '微博', '微信', '抖音', '小红书', 'social media', 'wechat', 'weibo', 'twitter', 'facebook'],
    walk_in: ['门店', '到店', '网点', '门店到访', 'walk in', 'store', 'in store'],
    onsite: ['上门', '现场', '上门服务', 'on site', 'field visit', 'field service'],
  },
  type: {
    inquiry: ['咨询', '查询', '问询', 'question', 'enquiry'],
    repair: ['维修', '报修', '故障', 'incident', 'problem', 'fault'],
    installation: ['安装', 'install'],
    complaint: ['投诉'],
    suggestion: ['建议', 'idea', 'feature request'],
    feedback: ['反馈', '表扬', 'praise', 'compliment'],
  },
  status: {
    new: ['新建', '新', '待处理', '未分配', '待分配'],
    assigned: ['已分配', '已派单', '派单'],
    in_progress: ['处理中', '进行中', '跟进中', 'open', 'working', 'in progress'],
    pending_customer: ['待客户', '等待客户', '待客户确认', 'pending', 'waiting on customer', 'awaiting customer'],
    on_hold: ['挂起', '暂停', 'hold', 'waiting on third party'],
    resolved: ['已解决', '解决', 'solved'],
    closed: ['已关闭', '关闭', '结案', '已结案'],
    reopened: ['重开', '重新打开', 'reopen'],
  },
  compensationType: {
    none: ['无', '没有', 'no'],
    voucher: ['代金券', '优惠券', 'coupon'],
    refund: ['退款'],
    replacement: ['换货', '更换', '换新', 'exchange'],
    free_repair: ['免费维修', '免费修理'],
    gift: ['礼品', '赠品'],
  },
  callbackResult: {
    satisfied: ['满意', '非常满意'],
    neutral: ['一般', '中立', '基本满意'],
    unsatisfied: ['不满意', '非常不满意', 'dissatisfied'],
    unreachable: ['未接通', '联系不上', '无法联系', 'no answer'],
  },
  customerSegment: {
    vip: ['贵宾', '高价值', '大客户', '重要客户', 'high value', 'key account'],
    regular: ['普通', '常规', '一般', 'standard', 'normal'],
  },
  tier: {
    '1': ['p1', 'l1', 'tier 1', '一级', '1级', '紧急', '特急', 'urgent', 'critical'],
    '2': ['p2', 'l2', 'tier 2', '二级', '2级', '高', 'high'],
    '3': ['p3', 'l3', 'tier 3', '三级', '3级', '中', 'normal', 'medium'],
    '4': ['p4', 'l4', 'tier 4', '四级', '4级', '低', 'low'],
  },
  fcr: {
    true: ['1', 'yes', 'y', 't', '是', '对', '已解决', '√', '✓'],
    false: ['0', 'no', 'n', 'f', '否', '不是', '未解决', '×', '✗'],
  },
};

/** Case, width of spaces, underscores and hyphens do not matter: "Walk-in" = "walk_in" = "WALK IN". */
export const normalize = (s: string): string => s.trim().toLowerCase().replace(/[\s_\-\u3000]+/g, '');

/** normalized spelling → stored id, for one field; ids match themselves. */
export function vocabulary(field: string, ids: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of ids) map.set(normalize(id), id);
  for (const [id, words] of Object.entries(SYNONYMS[field] ?? {})) {
    for (const w of words) if (!map.has(normalize(w))) map.set(normalize(w), id);
  }
  return map;
}
