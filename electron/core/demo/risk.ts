import type { FmeaFields } from '../../../shared/schemas/fmea.ts';
import type { NeedFields } from '../../../shared/schemas/needs.ts';
import type { Db } from '../db/open.ts';
import { insertFmea } from '../improvement/fmea.ts';
import { insertNeed } from '../improvement/needs.ts';
import type { Period } from './calendar.ts';

/*
 * An FMEA of the home-appliance repair journey and a KANO needs pool, as a quality team would have them after the
 * complaint analysis of seed 001. Fixed rows (no random stream): they are worked examples, not statistics.
 */

const s = (severity: number, occurrence: number, detection: number) => ({ severity, occurrence, detection });

const FMEA: FmeaFields[] = [
  {
    processStep: '400 热线受理',
    failureMode: '晚间高峰排队超过 5 分钟，客户挂断',
    effect: '诉求未登记，客户转投社交媒体',
    cause: '晚班坐席按平日话务量排班',
    controls: '排队数大屏提示',
    scores: s(6, 7, 3),
    recommendedAction: '按小时话务预测排班，高峰开放在线回拨',
    rescored: s(6, 4, 3),
  },
  {
    processStep: '派单',
    failureMode: '未确认故障现象即派单',
    effect: '技师未带对备件，二次上门',
    cause: '派单话术缺少故障确认步骤',
    controls: '无',
    scores: s(7, 7, 6),
    recommendedAction: '派单前电话确认故障与备件，写入上门维修服务规范',
    rescored: s(7, 3, 4),
  },
  {
    processStep: '上门维修',
    failureMode: '燃气热水器安装后未做检漏',
    effect: '燃气泄漏，人身安全风险',
    cause: '赶工单时跳过检漏步骤',
    controls: '完工照片抽查',
    scores: s(10, 2, 5),
    recommendedAction: '检漏结果拍照上传为完工必填项',
    rescored: null,
  },
  {
    processStep: '上门维修',
    failureMode: '技师迟到且未提前告知',
    effect: '客户请假等待，投诉服务态度',
    cause: '跨区派单路程估计不足',
    controls: '超时 30 分钟系统提醒',
    scores: s(5, 6, 4),
    recommendedAction: '派单考虑距离，迟到前 15 分钟主动致电',
    rescored: null,
  },
  {
    processStep: '备件',
    failureMode: '常用备件网点缺货',
    effect: '维修周期延长至 5 天以上',
    cause: '安全库存未按季节调整',
    controls: '月度盘点',
    scores: s(6, 5, 5),
    recommendedAction: '按季节复核网点备件安全库存',
    rescored: s(6, 3, 3),
  },
  {
    processStep: '收费',
    failureMode: '收费项目与报价单不一致',
    effect: '计费投诉，退款与补偿',
    cause: '技师口头报价，未出示价目表',
    controls: '回访询问收费',
    scores: s(6, 3, 6),
    recommendedAction: '上门前短信发送价目表，现场电子确认',
    rescored: null,
  },
  {
    processStep: '回访',
    failureMode: '72 小时内未回访',
    effect: '不满意客户未被发现，流失',
    cause: '回访任务靠人工整理',
    controls: '周报统计回访率',
    scores: s(4, 5, 7),
    recommendedAction: '结单自动生成回访任务并计时',
    rescored: null,
  },
  {
    processStep: '投诉处理',
    failureMode: '重大投诉 12 小时内未给出处理方案',
    effect: '投诉升级至媒体或监管部门',
    cause: '跨部门协调无牵头人',
    controls: '投诉专员每日跟进',
    scores: s(9, 3, 4),
    recommendedAction: '重大投诉 30 分钟内启动跨部门小组，质量经理牵头',
    rescored: null,
  },
  {
    processStep: '上门维修',
    failureMode: '技师未穿鞋套、未清理现场',
    effect: '客户对服务形象不满',
    cause: '鞋套未列入随车物料清单',
    controls: '神秘顾客抽查',
    scores: s(3, 4, 3),
    recommendedAction: '鞋套与清洁布列入出车检查表',
    rescored: null,
  },
  {
    processStep: '受理',
    failureMode: '受理短信晚于 10 分钟发出',
    effect: '客户重复来电确认',
    cause: '短信网关批量发送',
    controls: '短信发送日志',
    scores: s(3, 3, 4),
    recommendedAction: '受理短信改为实时发送',
    rescored: null,
  },
];

const NEEDS: NeedFields[] = [
  { need: '按约定时间段上门', source: '投诉分析', category: 'basic', impact: 5, cost: 2 },
  { need: '一次修好，不用二次上门', source: '流失客户回访', category: 'basic', impact: 5, cost: 4 },
  { need: '收费透明，先报价后维修', source: '投诉分析', category: 'basic', impact: 4, cost: 1 },
  { need: '400 热线 30 秒内接通', source: '满意度调查', category: 'expected', impact: 4, cost: 3 },
  { need: '维修进度在 App 可查', source: '满意度调查', category: 'expected', impact: 3, cost: 3 },
  { need: '技师上门穿鞋套并清理现场', source: '神秘顾客', category: 'expected', impact: 3, cost: 1 },
  { need: '维修后赠送免费清洗保养', source: '客户座谈会', category: 'excitement', impact: 3, cost: 4 },
  { need: '技师出发时推送实时位置', source: '客户座谈会', category: 'excitement', impact: 4, cost: 3 },
];

export function writeRiskDemo(db: Db, period: Period): void {
  const now = period.end;
  db.transaction(() => {
    for (const row of FMEA) insertFmea(db, row, now);
    for (const row of NEEDS) insertNeed(db, row, now);
  })();
}
