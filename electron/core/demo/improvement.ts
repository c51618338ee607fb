import type {
  CycleFields,
  FishboneCause,
  FiveWhyContent,
  PdcaPhase,
  WhyNode,
} from '../../../shared/schemas/improvement.ts';
import type { Db } from '../db/open.ts';
import { insertAction } from '../improvement/actions.ts';
import { DAY, localDate, type Period } from './calendar.ts';
import type { Org } from './org.ts';

/*
 * Three improvement cycles in different phases, with their fishbones, 5-Whys (the seed's churn example: churn ↑ →
 * low first-contact resolution → technicians poorly trained → no assessment system → pay structure) and actions.
 * Deterministic: every date counts back from the demo's "now"; rows are written without audit entries, like the
 * rest of the generated data (the generator records one entry for the whole workspace).
 */

let counter = 0;
const id = (prefix: string) => `${prefix}${(counter += 1)}`;
const cause = (
  text: string,
  children: FishboneCause[] = [],
  extra: Partial<FishboneCause> = {},
): FishboneCause => ({
  id: id('c'),
  text,
  rootCause: false,
  verification: 'unverified',
  evidence: '',
  votes: 0,
  children,
  ...extra,
});
const why = (because: string, children: WhyNode[] = [], extra: Partial<WhyNode> = {}): WhyNode => ({
  id: id('w'),
  because,
  rootCause: false,
  countermeasures: [],
  children,
  ...extra,
});

interface DemoCycle {
  phase: PdcaPhase;
  fields: CycleFields;
}

export function writeImprovementDemo(db: Db, org: Org, period: Period): void {
  counter = 0;
  const now = period.end;
  const day = (back: number) => localDate(now - back * DAY);
  const at = (back: number) => now - back * DAY;
  const lead = org.staff.find((s) => s.role === 'quality_inspector') ?? org.staff[0]!;
  const manager = org.staff.find((s) => s.role === 'manager') ?? lead;
  const techLead = org.staff.find((s) => s.role === 'team_lead') ?? lead;
  const trainer = org.staff.find((s) => s.role === 'trainer') ?? lead;
  const outlet = org.outlets[0]!;
  const base: Omit<CycleFields, 'title' | 'problem' | 'kpiId' | 'baseline' | 'target'> = {
    scopeKind: 'organisation',
    scopeId: null,
    ownerId: lead.id,
    startOn: day(75),
    dueOn: day(-15),
    baselinePeriod: '',
    goal: '',
    verdict: null,
    checkNote: '',
    standardChange: '',
    lessons: '',
  };
  const cycles: DemoCycle[] = [
    {
      phase: 'act',
      fields: {
        ...base,
        title: '降低客户流失率',
        problem: '客户流失率连续两个季度高于 3% 目标，流失客户的回访中“修不好、反复上门”被提到最多。',
        kpiId: 'repeat_complaint_rate',
        baseline: 4.1,
        baselinePeriod: '上一季度',
        target: 3,
        ownerId: manager.id,
        startOn: day(120),
        dueOn: day(10),
        goal: '一个季度内把二次投诉率降到 3% 以下。',
        verdict: 'partly',
        checkNote: '试点网点二次投诉率下降明显，其他网点尚未推广，整体仍略高于目标。',
        standardChange:
          '技师月度考核纳入一次解决率，《上门维修服务规范》增加“上门前电话确认故障与备件”一步。',
        lessons: '薪酬与考核的调整需要人力资源部提前一个月参与。',
      },
    },
    {
      phase: 'do',
      fields: {
        ...base,
        title: '提升上门维修一次解决率',
        problem: '上门维修一次解决率 78%，低于 85% 目标，二次上门推高了成本和投诉。',
        kpiId: 'fcr_rate',
        baseline: 78,
        baselinePeriod: '上一季度',
        target: 85,
        scopeKind: 'outlet',
        scopeId: outlet.id,
        goal: '到期限时试点网点上门维修一次解决率达到 85%。',
      },
    },
    {
      phase: 'plan',
      fields: {
        ...base,
        title: '缩短 400 热线首次响应时间',
        problem: '晚间高峰平均首次响应 34 分钟，超过 30 分钟的服务标准。',
        kpiId: 'first_response_avg_min',
        baseline: 34,
        baselinePeriod: '上月',
        target: 30,
        startOn: day(10),
        dueOn: day(-60),
      },
    },
  ];

  const insertCycle = db.prepare(
    `INSERT INTO pdca_cycles (title, problem, phase, scope_kind, scope_id, owner_id, start_on, due_on, kpi_id, baseline,
       baseline_period, target, goal, verdict, check_note, standard_change, lessons, created_at, updated_at)
     VALUES (@title, @problem, @phase, @scopeKind, @scopeId, @ownerId, @startOn, @dueOn, @kpiId, @baseline,
       @baselinePeriod, @target, @goal, @verdict, @checkNote, @standardChange, @lessons, @createdAt, @updatedAt)`,
  );
  const insertSheet = db.prepare(
    `INSERT INTO rca_worksheets (kind, title, problem, cycle_id, content, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertLog = db.prepare(
    'INSERT INTO pdca_log (cycle_id, on_date, note, actor, created_at) VALUES (?, ?, ?, ?, ?)',
  );

  db.transaction(() => {
    const [churn, fcr] = cycles.map((c, i) =>
      Number(
        insertCycle.run({ ...c.fields, phase: c.phase, createdAt: at(120 - i * 40), updatedAt: at(5 + i) })
          .lastInsertRowid,
      ),
    ) as [number, number, number];

    const fiveWhy: FiveWhyContent = {
      kind: 'five_why',
      whys: [
        why('一次解决率低', [
          why('技师培训不足', [
            why('没有技能考核体系', [
              why('薪酬结构不激励技能提升', [], {
                rootCause: true,
                countermeasures: [
                  {
                    id: 'm-pay',
                    text: '技师薪酬与技能等级、一次解决率挂钩',
                    ownerId: manager.id,
                    dueOn: day(60),
                  },
                ],
              }),
            ]),
          ]),
          why('常用备件网点缺货', [], {
            rootCause: true,
            countermeasures: [
              { id: 'm-stock', text: '按季节复核网点备件安全库存', ownerId: techLead.id, dueOn: day(20) },
            ],
          }),
        ]),
      ],
    };
    const churnSheet = Number(
      insertSheet.run(
        'five_why',
        '客户流失上升的 5 Why',
        '客户流失率连续两个季度高于 3% 目标',
        churn,
        JSON.stringify(fiveWhy),
        at(110),
        at(100),
      ).lastInsertRowid,
    );
    insertAction(
      db,
      {
        title: '技师薪酬与技能等级、一次解决率挂钩',
        detail: '薪酬结构不激励技能提升',
        kind: 'corrective',
        ownerId: manager.id,
        dueOn: day(60),
        status: 'done',
        cycleId: churn,
      },
      { kind: 'five_why', id: churnSheet, ref: 'm-pay' },
      at(30),
    );
    insertAction(
      db,
      {
        title: '按季节复核网点备件安全库存',
        detail: '常用备件网点缺货',
        kind: 'corrective',
        ownerId: techLead.id,
        dueOn: day(20),
        status: 'in_progress',
        cycleId: churn,
      },
      { kind: 'five_why', id: churnSheet, ref: 'm-stock' },
      at(100),
    );

    const fishbone = {
      kind: 'fishbone',
      template: 'sixM',
      bones: [
        {
          id: 'b-man',
          label: '人',
          causes: [
            cause('技师培训不足', [
              cause('新员工岗前培训少于 5 天', [
                cause('培训排期被旺季派单挤占', [], {
                  rootCause: true,
                  verification: 'confirmed',
                  votes: 5,
                  evidence: '培训记录：新技师平均只完成 2.5 天岗前培训',
                }),
              ]),
              cause('没有技能考核体系'),
            ]),
            cause('客服未确认故障现象就派单', [], { votes: 2 }),
          ],
        },
        {
          id: 'b-machine',
          label: '机',
          causes: [
            cause('派单系统不考虑技师技能标签和跨区距离', [], { votes: 3 }),
            cause('诊断工具老旧', [], {
              verification: 'refuted',
              evidence: '工具更换后的网点一次解决率没有差异',
            }),
          ],
        },
        {
          id: 'b-material',
          label: '料',
          causes: [
            cause('常用备件网点缺货', [cause('安全库存未按季节调整', [], { rootCause: true, votes: 4 })]),
            cause('备件型号与工单描述不一致'),
          ],
        },
        {
          id: 'b-method',
          label: '法',
          causes: [cause('上门前未电话确认所需备件，导致二次上门'), cause('维修 SOP 三年未更新')],
        },
        {
          id: 'b-env',
          label: '环',
          causes: [cause('旺季工单量翻倍'), cause('老旧小区停车难，到场时间不确定')],
        },
        {
          id: 'b-measure',
          label: '测',
          causes: [cause('一次解决率统计口径不一致', [cause('间隔超过 7 天的二次上门不计入')])],
        },
      ],
    };
    insertSheet.run(
      'fishbone',
      '一次解决率低的原因',
      '上门维修一次解决率 78%，低于 85% 目标',
      fcr,
      JSON.stringify(fishbone),
      at(70),
      at(60),
    );
    const fcrActions: [string, number, number, 'done' | 'in_progress' | 'open'][] = [
      ['新技师补足 5 天岗前培训', trainer.id, 30, 'done'],
      ['上门前电话确认故障现象与所需备件', techLead.id, 10, 'in_progress'],
      ['派单规则加入技能标签', lead.id, -20, 'open'],
    ];
    for (const [title, ownerId, dueBack, status] of fcrActions) {
      insertAction(
        db,
        { title, detail: '', kind: 'improvement', ownerId, dueOn: day(dueBack), status, cycleId: fcr },
        { kind: 'pdca', id: fcr, ref: null },
        at(65),
      );
    }
    insertLog.run(fcr, day(50), '试点网点 12 名新技师完成补训', 'demo-generator', at(50));
    insertLog.run(fcr, day(30), '上门前电话确认在试点网点上线', 'demo-generator', at(30));
  })();
}
