import type { Compensation } from './aftercare.ts';
import type { Rng } from './rng.ts';

/**
 * Chinese subjects, descriptions and resolutions in the words service records use, so keyword analysis (延迟, 态度差,
 * 操作复杂, 师傅迟到, 收费不合理, 配件缺货…) finds something. Per category: subjects | problems | resolutions, each a
 * '|'-separated list; {p} is the product line, {m} the model.
 */
const TEMPLATES: Record<string, readonly [string, string, string]> = {
  'fault.no_cooling': [
    '{p}不制冷|{p}制冷效果差|{m} 不制冷，要求上门|{p}开机不凉',
    '{p}（{m}）开机后不制冷，温度降不下来|{p}制冷效果明显变差|{p}运行一段时间后就不凉了，压缩机不启动',
    '师傅上门检测为缺氟，补充冷媒并检漏后制冷恢复正常|更换压缩机启动电容后恢复制冷|清洗冷凝器后制冷效果恢复|更换压缩机后试机正常',
  ],
  'fault.no_heating': [
    '{p}不加热|{p}出热水慢|{p}不出热水',
    '{p}（{m}）打开后一直不出热水|{p}加热很慢，水温上不去|{p}制热效果差，温度达不到设定值',
    '更换加热管后恢复正常|更换温控器并调试，水温恢复正常|清理进水阀滤网，更换水流传感器后正常',
  ],
  'fault.leak': [
    '{p}漏水|{p}底部渗水|{m} 漏水严重',
    '{p}（{m}）底部持续漏水，地板已泡湿|{p}运行时有水滴下来|{p}接口处渗水',
    '更换排水管并重新固定，试机无渗漏|疏通排水管、调整安装水平后不再漏水|更换密封圈后无渗漏',
  ],
  'fault.noise': [
    '{p}噪音大|{p}运行异响|{m} 有异常声音',
    '{p}运行时噪音很大，晚上影响休息|{p}（{m}）有咔咔的异响|{p}启动时振动和噪音明显',
    '紧固支架并加装减震垫，噪音恢复正常|更换风扇电机后异响消除|调整底脚水平后异响消除',
  ],
  'fault.no_power': [
    '{p}无法开机|{p}通电无反应|{m} 开不了机',
    '{p}（{m}）通电后完全没有反应|{p}突然断电后再也开不了机|{p}指示灯不亮，无法启动',
    '更换电源板后开机正常|检查为插座接触不良，已协助客户更换插座|更换主控板后试机正常',
  ],
  'fault.error_code': [
    '{p}显示E1故障|{p}报故障代码E4|{m} 屏幕显示F2',
    '{p}（{m}）屏幕显示故障代码，无法正常使用|{p}用了一会儿就报错停机|{p}反复报故障代码',
    '远程指导客户断电重启后恢复|更换传感器后故障代码消除|升级主板程序后恢复正常',
  ],
  'fault.display': [
    '{p}显示异常|{p}黑屏|{p}屏幕花屏',
    '{p}（{m}）开机有声音无图像|{p}屏幕出现竖线|{p}显示屏闪烁',
    '更换背光灯条后显示正常|更换主板后恢复|更换显示面板，客户确认正常',
  ],
  'fault.suction': [
    '{p}吸力不足|{p}排烟效果差',
    '{p}（{m}）吸力明显变小，厨房油烟大|{p}开最大档也吸不走油烟',
    '清洗风轮和油网后吸力恢复|更换止回阀并疏通烟道后正常',
  ],
  'fault.drain': [
    '{p}不排水|{p}排水慢',
    '{p}（{m}）洗完后有积水排不出去|{p}排水很慢，程序卡住不动',
    '清理排水泵过滤器异物后排水正常|更换排水泵后试机正常',
  ],
  'fault.ignition': [
    '{p}打不着火|{p}点火困难',
    '{p}（{m}）打火多次才能点着|{p}完全打不着火',
    '更换点火针并清理燃烧器后点火正常|更换脉冲点火器，检测无漏气',
  ],
  'fault.odor': [
    '{p}有异味|{p}使用时有怪味',
    '{p}（{m}）使用时有明显异味|{p}有一股霉味',
    '深度清洗并消毒后异味消除|更换滤芯后异味消除',
  ],
  'fault.recurring': [
    '{p}反复故障|{p}维修后又坏了|{m} 多次维修仍未修好',
    '{p}（{m}）已经修过两次，同样的问题又出现了|{p}维修后不到一个月又出故障，客户要求换机|{p}质量太差，三天两头出问题',
    '安排技术主管上门复检，更换核心部件并延长保修|经评估为批次质量问题，为客户办理换机|复检后更换主板，承诺30天内跟踪回访',
  ],
  'delay.response': [
    '热线等待时间过长|报修后一直没人联系|服务响应延迟',
    '打400热线等了很久都没人接|报修后超过一天没有人联系，服务延迟|在线留言两天没有回复',
    '已向客户致歉，当日安排专人跟进，并对响应延迟进行内部通报|升级为加急工单，2小时内联系客户并确认上门时间',
  ],
  'delay.late': [
    '师傅迟到|上门师傅未按约定时间到达|预约上门爽约',
    '约好上午上门，师傅迟到了三个小时也没提前通知|师傅迟到且电话联系不上，客户请假在家白等|预约两次师傅都没按时来',
    '向客户道歉，核实师傅迟到原因为前一单超时，已对师傅考核并重新预约|主管致电道歉，当天改派其他师傅上门',
  ],
  'delay.repair': [
    '维修周期太长|{p}维修一直没有结果|等待维修时间长',
    '{p}报修一周了还没修好，严重延迟|维修进度没人告知，客户很着急|{p}送修半个月没有消息',
    '协调备件优先发货，3天内完成维修并致歉|安排专人每日同步进度，维修完成后回访确认',
  ],
  'delay.callback': [
    '承诺回电未回|未按时回访',
    '客服答应当天回电，结果一直没有回复|说好的回访迟迟没有',
    '已向客户致歉并完成回访，对回访时效进行专项检查|主管亲自回电说明情况，客户表示理解',
  ],
  'attitude.rude': [
    '客服态度差|上门师傅态度差|投诉服务人员态度恶劣',
    '客服态度差，说话不耐烦，还挂断电话|上门师傅态度差，和客户发生争执|客服推脱责任，语气生硬',
    '核实录音属实，对当事人进行批评教育和服务礼仪再培训，并向客户致歉|主管上门致歉，当事人停岗培训',
  ],
  'attitude.unprofessional': [
    '师傅不专业|客服解答不专业',
    '师傅检查半天找不到问题，操作不规范|客服对产品不了解，答非所问',
    '安排资深技师复检并解决问题，对原师傅安排技能培训|由技术支持专员重新解答，纳入知识库',
  ],
  'attitude.prevaricate': [
    '各部门互相推诿|问题无人负责',
    '网点和客服互相推诿，问题一直没人解决|打了几次电话都说不归自己管',
    '明确首问负责人全程跟进，3天内闭环处理|质检部门介入协调，问题已解决并致歉',
  ],
  'billing.overcharge': [
    '收费不合理|维修收费过高|上门费收费不合理',
    '师傅上门收费不合理，没有出示收费标准|更换一个小零件收了三百多元，认为收费过高|没修好也收取了上门费',
    '核实收费超标准，退还多收费用并向客户致歉|出示官方收费标准并退还差价',
  ],
  'billing.warranty': [
    '保修期内被收费|保内维修收费',
    '{p}还在保修期内，师傅却收取了维修费|购买不到一年，保修期内维修被要求付费',
    '核实为保内维修，全额退还费用|确认保修有效，退款并对网点进行考核',
  ],
  'billing.invoice': [
    '发票开具问题|维修发票未提供',
    '维修后没有提供发票|发票抬头开错，要求重开',
    '已重新开具发票并快递给客户|补开电子发票并发送至客户邮箱',
  ],
  'parts.out_of_stock': [
    '配件缺货|等配件时间太长|{p}配件缺货无法维修',
    '{p}（{m}）需要更换配件，网点说配件缺货要等两周|配件缺货，维修一直拖着|师傅说配件没货，没有给出到货时间',
    '从区域中心仓调拨配件，到货后完成维修|协调厂家加急发货，期间提供备用机',
  ],
  'parts.wrong': [
    '配件发错|更换的配件型号不对',
    '寄来的配件型号不对，无法安装|师傅带错了配件，白跑一趟',
    '重新发出正确配件并上门安装|核对型号后更换正确配件',
  ],
  'parts.quality': [
    '配件质量问题|新换的配件又坏了',
    '刚换的配件没用几天又坏了|更换的配件有明显瑕疵',
    '免费更换原厂配件并延长配件保修|退还配件费用并更换新件',
  ],
  'parts.purchase': [
    '购买{p}配件|咨询{p}配件价格',
    '想购买{p}（{m}）的原厂配件|询问{p}耗材的价格和购买渠道',
    '告知配件价格及购买渠道，已下单配送|指导客户在官方商城购买',
  ],
  'install.appointment': [
    '{p}预约安装|新购{p}安装|{m} 安装预约',
    '新购{p}（{m}），预约上门安装|{p}已送货，需要安排安装|要求周末上门安装{p}',
    '师傅按约上门完成安装调试，讲解使用方法|安装完成并试机正常，客户验收签字',
  ],
  'install.relocation': [
    '{p}移机|{p}拆装服务',
    '搬家需要将{p}移机到新房|装修需要临时拆下{p}',
    '完成拆机和新址安装，试机正常|移机完成，按标准收费',
  ],
  'install.quality': [
    '安装不规范|{p}安装质量差',
    '{p}安装不规范，没有固定好|安装后管道没有包扎，墙面开孔过大',
    '安排主管上门返工整改，并向客户致歉|重新安装并加固，质检复核合格',
  ],
  'install.damage': [
    '安装时损坏家具|安装损坏',
    '师傅安装{p}时把地板划伤了|安装过程中损坏了墙面瓷砖',
    '协商赔偿客户损失并致歉|安排修复墙面并赔付',
  ],
  'install.extra_material': [
    '辅材收费不合理|安装辅材收费',
    '安装时加收辅材费用，价格比市场高很多|师傅没有事先说明就收取了铜管费用',
    '按官方辅材价目表退还差价|向客户说明收费标准并退还多收部分',
  ],
  'inquiry.usage': [
    '{p}使用咨询|{p}功能怎么设置|{m} 使用方法',
    '咨询{p}（{m}）的使用方法|不知道{p}的节能模式怎么设置|咨询{p}怎么清洗保养',
    '电话指导客户完成设置|发送使用说明及视频教程，客户已会操作',
  ],
  'inquiry.warranty': [
    '{p}保修政策咨询|保修期多久',
    '咨询{p}整机和主要部件的保修期|询问延保服务的价格和范围',
    '告知保修政策及延保办理方式|查询购买记录并确认保修有效期',
  ],
  'inquiry.progress': [
    '查询维修进度|工单进度查询',
    '查询上次报修的处理进度|询问师傅什么时候上门',
    '查询工单后告知客户进度和预计上门时间|已催促网点并回复客户',
  ],
  'inquiry.price': [
    '{p}价格咨询|以旧换新咨询',
    '咨询{p}以旧换新的补贴|询问{p}（{m}）的价格和促销活动',
    '告知活动政策并转销售跟进|发送价格信息及购买链接',
  ],
  'feedback.app': [
    'APP操作复杂|报修流程操作复杂|小程序不好用',
    'APP报修操作复杂，找不到入口|小程序要填的信息太多，操作复杂|APP预约时间无法修改',
    '记录客户建议并提交产品部门，已指导客户完成操作|已反馈产品团队，在下个版本优化',
  ],
  'feedback.process': [
    '服务流程建议|建议优化预约流程',
    '建议上门前提前一小时电话通知|建议增加晚间上门时段|希望维修进度可以在线查询',
    '感谢建议，已纳入服务改进需求池|已提交流程优化小组评估',
  ],
  'feedback.product': [
    '{p}产品建议|{p}功能改进建议',
    '建议{p}增加静音模式|希望{p}的遥控器做得更简单',
    '感谢建议，已转产品部门|记录建议并反馈研发',
  ],
  'feedback.praise': [
    '表扬上门师傅|表扬客服|服务很好',
    '表扬师傅服务热情、技术专业|表扬客服耐心细致|师傅上门准时，干活利落，特此表扬',
    '已将表扬转达当事人并纳入绩效加分|感谢客户认可，已通报表扬',
  ],
};

/** Openers by channel, in CHANNELS order. */
const OPENERS = [
  ['客户来电反映：', '客户致电400热线称：', '用户来电表示：'],
  ['客户在线咨询称：', '用户通过在线客服反映：'],
  ['用户通过APP提交：', '客户在APP留言：'],
  ['客户在官网提交：', '用户官网留言：'],
  ['客户来邮件称：', '客户邮件反映：'],
  ['客户在微博留言：', '用户在公众号留言：', '客户在社交平台发帖称：'],
  ['客户到网点反映：', '客户到店称：'],
  ['师傅上门时客户反映：', '上门服务中客户提出：'],
];
const ANGRY = [
  '客户情绪激动，表示要向12315投诉。',
  '客户表示如不解决将向媒体曝光。',
  '客户要求主管亲自处理。',
];
const SERVICE_ASKS = ['要求尽快上门处理。', '希望给出明确的上门时间。', '希望尽快安排师傅。', ''];
const COMPLAINT_ASKS = ['要求给个说法。', '要求公司道歉并处理相关人员。', '希望尽快解决。', ''];
const PRODUCT_COMPLAINT_ASKS = ['要求换机。', '要求给个说法。', '希望彻底解决问题。', ''];

type Render = (p: string, m: string) => string;

function compile(template: string): Render {
  const parts = template.split(/(\{[pm]\})/);
  return (p, m) => {
    let s = '';
    for (const part of parts) s += part === '{p}' ? p : part === '{m}' ? m : part;
    return s;
  };
}

interface Compiled {
  subjects: Render[];
  problems: Render[];
  resolutions: Render[];
}

const COMPILED = new Map<string, Compiled>(
  Object.entries(TEMPLATES).map(([code, [s, p, r]]) => [
    code,
    {
      subjects: s.split('|').map(compile),
      problems: p.split('|').map(compile),
      resolutions: r.split('|').map(compile),
    },
  ]),
);

function texts(category: string): Compiled {
  const c = COMPILED.get(category);
  if (!c) throw new Error(`no texts for category ${category}`);
  return c;
}

export interface TextContext {
  category: string;
  channel: number;
  line: string;
  model: string;
  tier: number;
  complaint: boolean;
  repeat: boolean;
  vip: boolean;
}

export function subject(rng: Rng, c: TextContext): string {
  const s = rng.pick(texts(c.category).subjects)(c.line, c.model);
  return c.repeat ? `【二次投诉】${s}` : c.tier === 1 ? `【加急】${s}` : s;
}

export function description(rng: Rng, c: TextContext): string {
  let s =
    rng.pick(OPENERS[c.channel] ?? OPENERS[0] ?? ['']) +
    rng.pick(texts(c.category).problems)(c.line, c.model) +
    '。';
  if (c.repeat) s += '此前已投诉过同一问题，至今未彻底解决，客户非常不满。';
  if (c.complaint && c.tier === 1) s += rng.pick(ANGRY);
  if (c.vip) s += 'VIP客户，请优先处理。';
  if (c.category.startsWith('fault.')) {
    const months = rng.between(2, 60);
    // whole unit one year, core parts (compressor, motor, main board) typically three
    const cover =
      months <= 12 ? '在整机保修期内' : months <= 36 ? '整机已过保，核心部件仍在保修期内' : '已过保修期';
    s += `购买约${months}个月，${cover}。`;
  }
  if (c.complaint) s += rng.pick(c.category.startsWith('fault.') ? PRODUCT_COMPLAINT_ASKS : COMPLAINT_ASKS);
  else if (c.category.startsWith('fault.')) s += rng.pick(SERVICE_ASKS);
  return s;
}

const COMPENSATION_TEXT: Record<string, (amount: number) => string> = {
  voucher: (a) => `，并赠送${a}元代金券`,
  gift: (a) => `，并赠送价值${a}元的礼品`,
  refund: (a) => `，退还费用${a}元`,
  replacement: () => '，为客户办理换新机',
  free_repair: (a) => `，免除维修费用${a}元`,
};

export function resolutionText(
  rng: Rng,
  c: TextContext,
  compensation: Compensation | null,
  reopens: number,
): string {
  let s = rng.pick(texts(c.category).resolutions)(c.line, c.model);
  if (compensation) s += COMPENSATION_TEXT[compensation.type]?.(compensation.amount) ?? '';
  s += '。';
  if (reopens > 0) s += '（问题复发后二次处理）';
  return s;
}
