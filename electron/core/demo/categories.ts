/**
 * How tickets are classified: a two-level tree with Chinese and English labels. Codes are stable so reports and
 * tests can name them; ids follow the order here.
 */

/** Parent code, Chinese and English label, then its leaves. */
type Branch = readonly [string, string, string, readonly (readonly [string, string, string])[]];

const TREE: readonly Branch[] = [
  [
    'fault',
    '产品故障',
    'Product fault',
    [
      ['fault.no_cooling', '不制冷', 'Not cooling'],
      ['fault.no_heating', '不加热', 'Not heating'],
      ['fault.leak', '漏水', 'Water leak'],
      ['fault.noise', '噪音异常', 'Abnormal noise'],
      ['fault.no_power', '无法开机', 'Will not power on'],
      ['fault.error_code', '故障代码', 'Error code shown'],
      ['fault.display', '显示异常', 'Display fault'],
      ['fault.suction', '吸力不足', 'Weak suction'],
      ['fault.drain', '不排水', 'Not draining'],
      ['fault.ignition', '打不着火', 'Will not ignite'],
      ['fault.odor', '异味', 'Odour'],
      ['fault.recurring', '反复故障', 'Recurring fault'],
    ],
  ],
  [
    'delay',
    '服务延迟',
    'Service delay',
    [
      ['delay.response', '响应慢', 'Slow response'],
      ['delay.late', '师傅迟到', 'Technician late'],
      ['delay.repair', '维修周期长', 'Long repair time'],
      ['delay.callback', '未按时回访', 'Missed callback'],
    ],
  ],
  [
    'attitude',
    '服务态度',
    'Service attitude',
    [
      ['attitude.rude', '态度差', 'Rude staff'],
      ['attitude.unprofessional', '不专业', 'Unprofessional'],
      ['attitude.prevaricate', '推诿扯皮', 'Passing the buck'],
    ],
  ],
  [
    'billing',
    '收费争议',
    'Billing dispute',
    [
      ['billing.overcharge', '收费不合理', 'Unreasonable charge'],
      ['billing.warranty', '保修期内收费', 'Charged under warranty'],
      ['billing.invoice', '发票问题', 'Invoice problem'],
    ],
  ],
  [
    'parts',
    '配件问题',
    'Parts',
    [
      ['parts.out_of_stock', '配件缺货', 'Part out of stock'],
      ['parts.wrong', '配件错发', 'Wrong part sent'],
      ['parts.quality', '配件质量', 'Part quality'],
      ['parts.purchase', '配件购买', 'Buying parts'],
    ],
  ],
  [
    'install',
    '安装问题',
    'Installation',
    [
      ['install.appointment', '预约安装', 'Installation appointment'],
      ['install.relocation', '移机拆装', 'Relocation'],
      ['install.quality', '安装不规范', 'Poor installation'],
      ['install.damage', '安装损坏', 'Damage during installation'],
      ['install.extra_material', '辅材收费', 'Extra materials charged'],
    ],
  ],
  [
    'inquiry',
    '咨询',
    'Inquiry',
    [
      ['inquiry.usage', '使用咨询', 'How to use'],
      ['inquiry.warranty', '保修政策', 'Warranty policy'],
      ['inquiry.progress', '进度查询', 'Progress enquiry'],
      ['inquiry.price', '价格咨询', 'Prices'],
    ],
  ],
  [
    'feedback',
    '建议反馈',
    'Suggestions and feedback',
    [
      ['feedback.app', '操作复杂', 'App too complicated'],
      ['feedback.process', '流程建议', 'Process suggestion'],
      ['feedback.product', '产品建议', 'Product suggestion'],
      ['feedback.praise', '表扬', 'Praise'],
    ],
  ],
];

export interface CategoryRow {
  id: number;
  parentId: number | null;
  code: string;
  zh: string;
  en: string;
  sort: number;
}

/** Rows of the category table: each parent, then its leaves; ids are 1… in that order. */
export function categoryRows(): CategoryRow[] {
  const rows: CategoryRow[] = [];
  TREE.forEach(([code, zh, en, leaves], p) => {
    const parentId = rows.length + 1;
    rows.push({ id: parentId, parentId: null, code, zh, en, sort: p + 1 });
    leaves.forEach(([leaf, lzh, len], i) =>
      rows.push({ id: rows.length + 1, parentId, code: leaf, zh: lzh, en: len, sort: i + 1 }),
    );
  });
  return rows;
}

/** Categories by ticket type (repairs take their line's faults instead). */
export const TYPE_CATEGORIES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  installation: [
    ['install.appointment', 78],
    ['install.relocation', 22],
  ],
  inquiry: [
    ['inquiry.usage', 33],
    ['inquiry.warranty', 20],
    ['inquiry.progress', 27],
    ['inquiry.price', 10],
    ['parts.purchase', 10],
  ],
  complaint: [
    ['delay.response', 12],
    ['delay.late', 14],
    ['delay.repair', 13],
    ['delay.callback', 4],
    ['attitude.rude', 12],
    ['attitude.unprofessional', 6],
    ['attitude.prevaricate', 4],
    ['billing.overcharge', 9],
    ['billing.warranty', 4],
    ['billing.invoice', 1],
    ['parts.out_of_stock', 7],
    ['parts.wrong', 2],
    ['parts.quality', 2],
    ['install.quality', 3],
    ['install.damage', 2],
    ['install.extra_material', 3],
    ['fault.recurring', 8],
  ],
  suggestion: [
    ['feedback.app', 35],
    ['feedback.process', 35],
    ['feedback.product', 30],
  ],
  feedback: [
    ['feedback.praise', 50],
    ['feedback.app', 25],
    ['feedback.process', 25],
  ],
};
