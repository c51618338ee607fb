/** Texts of the KPIs from audits, training and SERVQUAL surveys (kpi.defs.<id>; denominator '' = none). */
const gap = (dimension: string) => ({
  name: `${dimension}差距`,
  definition: `期间内 SERVQUAL 问卷“${dimension}”维度的感知均值减期望均值（1–7 分量表）；负值表示服务低于顾客期望。`,
  formula: '维度内各题（感知均值 − 期望均值）的平均',
  denominator: '期间内（按答卷日期）填写的 SERVQUAL 问卷',
});

export const sourceDefsZh = {
  qa_score_avg: {
    name: '质检平均分',
    definition:
      '期间内提交的质检的平均得分（0–100，自动不合格的按其得分计入）。按提交日期归入期间；网点、团队、处理人按被检处理人，渠道、类别、客户分群按被检工单。',
    formula: 'Σ质检得分 ÷ 已提交质检数',
    denominator: '期间内提交且有得分的质检',
  },
  qa_autofail_rate: {
    name: '质检自动不合格率',
    definition: '期间内提交的质检中因关键项失败而自动不合格（整表或分节）的比例。按提交日期归入期间。',
    formula: '自动不合格的质检 ÷ 已提交质检数 × 100%',
    denominator: '期间内提交的质检',
  },
  training_coverage: {
    name: '产品知识考核覆盖率',
    definition:
      '在职员工中，岗位要求产品知识考核的人里，期间内结束的产品知识课程有成绩者的比例（与培训页相同的算法）。',
    formula: '已考核员工 ÷ 应考核员工 × 100%',
    denominator: '岗位要求产品知识考核的在职员工（无岗位要求时为全部在职员工）',
  },
  training_pass_rate: {
    name: '培训考核通过率',
    definition:
      '期间内结束的培训中，已有结论（各部分均有成绩或有一部分不合格，取最近一次）的学员成绩里通过的比例。',
    formula: '通过 ÷ 有结论的学员成绩 × 100%',
    denominator: '期间内结束的培训中有结论的学员成绩',
  },
  cert_expiring_30d: {
    name: '30 天内到期证书',
    definition: '期间最后一天（当前期间为今天）起 30 天内到期的在职员工现行证书数量，提示需安排复训。',
    formula: '计数（到期日在 30 天内的现行证书）',
    denominator: '',
  },
  servqual_gap_tangibles: gap('有形性'),
  servqual_gap_reliability: gap('可靠性'),
  servqual_gap_responsiveness: gap('响应性'),
  servqual_gap_assurance: gap('保证性'),
  servqual_gap_empathy: gap('移情性'),
  mystery_score_avg: {
    name: '神秘顾客平均分',
    definition: '期间内已发布的神秘顾客暗访的平均得分（0–100，按问卷的权重、不适用项与关键项规则计分，申诉改分后为准）。按暗访日期归入期间；只能按网点或全组织统计。',
    formula: 'Σ暗访得分 ÷ 已发布暗访数',
    denominator: '期间内（按暗访日期）已发布的暗访',
  },
};
