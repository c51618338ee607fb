import fs from 'node:fs';
import path from 'node:path';
import type { FishboneCause, WhyNode } from '../../shared/schemas/improvement.ts';
import { en, expect, test, zh, type WebHost } from '../e2e/fixtures.ts';

/** A tour of the improvement screens in both languages, for a person to look at (npm run shots). */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

let n = 0;
const c = (
  text: string,
  children: FishboneCause[] = [],
  extra: Partial<FishboneCause> = {},
): FishboneCause => ({
  id: `c${(n += 1)}`,
  text,
  rootCause: false,
  verification: 'unverified',
  evidence: '',
  votes: 0,
  children,
  ...extra,
});
const w = (because: string, children: WhyNode[] = [], extra: Partial<WhyNode> = {}): WhyNode => ({
  id: `w${(n += 1)}`,
  because,
  rootCause: false,
  countermeasures: [],
  children,
  ...extra,
});

const TEXT = {
  zh: {
    cycle: '提升上门维修一次解决率',
    problem: '2026 年第三季度上门维修一次解决率 78%，低于 85% 的目标，二次上门推高了成本和投诉。',
    goal: '到 12 月底，华东区上门维修一次解决率达到 85%。',
    cycle2: '缩短 400 热线首次响应时间',
    cycle3: '投诉回访 72 小时完成率',
    fishbone: '一次解决率低的原因',
    head: '上门维修一次解决率 78%，低于 85% 目标',
    bones: ['人', '机', '料', '法', '环', '测'],
    causes: [
      [
        c('技师培训不足', [
          c('新员工岗前培训少于 5 天', [
            c('培训排期被旺季派单挤占', [], {
              rootCause: true,
              verification: 'confirmed',
              votes: 5,
              evidence: '9 月培训记录：12 名新技师平均 2.5 天',
            }),
          ]),
          c('没有技能考核体系', [c('薪酬与技能等级不挂钩', [], { rootCause: true, votes: 3 })]),
        ]),
        c('客服未确认故障现象就派单', [], { votes: 2 }),
      ],
      [c('派单系统不考虑技师技能标签和跨区距离'), c('诊断工具老旧', [], { verification: 'refuted' })],
      [c('常用备件网点缺货', [c('安全库存未按季节调整')]), c('备件型号与工单描述不一致')],
      [c('首次上门前未电话确认所需备件，导致二次上门'), c('维修 SOP 三年未更新')],
      [c('旺季工单量翻倍'), c('老旧小区停车难，到场时间不确定')],
      [c('一次解决率统计口径不一致', [c('二次上门间隔超过 7 天即不计入')])],
    ],
    fiveWhy: '客户流失上升',
    fiveProblem: '客户流失率连续两个季度高于 3% 目标',
    whys: () => [
      w('一次解决率低', [
        w('技师培训不足', [
          w('没有技能考核体系', [
            w('薪酬结构不激励技能提升', [], {
              rootCause: true,
              countermeasures: [
                { id: 'm1', text: '技师薪酬与技能等级和一次解决率挂钩', ownerId: 1, dueOn: '2026-12-31' },
              ],
            }),
          ]),
        ]),
        w('备件经常缺货', [], { rootCause: true }),
      ]),
    ],
    actions: ['晚间回访排班', '更新上门维修 SOP', '网点备件安全库存复核'],
    log: ['完成 12 名新技师补训', '技能考核题库上线'],
  },
  en: {
    cycle: 'Raise onsite first-contact resolution',
    problem:
      'Onsite first-contact resolution was 78% in Q3 2026, below the 85% target; repeat visits drive cost and complaints.',
    goal: 'Reach 85% onsite first-contact resolution in the East region by the end of December.',
    cycle2: 'Shorten first response on the 400 hotline',
    cycle3: 'Complaint callbacks within 72 hours',
    fishbone: 'Why first-contact resolution is low',
    head: 'Onsite first-contact resolution 78%, target 85%',
    bones: ['Man', 'Machine', 'Material', 'Method', 'Environment', 'Measurement'],
    causes: [
      [
        c('Technicians poorly trained', [
          c('New hires get less than 5 days of training', [
            c('Training slots are eaten by peak-season dispatch', [], {
              rootCause: true,
              verification: 'confirmed',
              votes: 5,
            }),
          ]),
          c('No skills assessment', [
            c('Pay does not follow skill level', [], { rootCause: true, votes: 3 }),
          ]),
        ]),
        c('Agents dispatch before confirming the fault', [], { votes: 2 }),
      ],
      [
        c('Dispatch ignores skill tags and travel distance across districts'),
        c('Old diagnostic tools', [], { verification: 'refuted' }),
      ],
      [
        c('Common spare parts out of stock at outlets', [c('Safety stock not adjusted by season')]),
        c('Part models differ from the ticket description'),
      ],
      [
        c('No call before the first visit to confirm the parts needed, so a second visit follows'),
        c('Repair SOP not updated for three years'),
      ],
      [c('Ticket volume doubles in peak season'), c('Parking in old estates makes arrival times uncertain')],
      [
        c('First-contact resolution counted inconsistently', [
          c('Repeat visits after 7 days are not counted'),
        ]),
      ],
    ],
    fiveWhy: 'Customer churn rising',
    fiveProblem: 'Customer churn above the 3% target for two quarters',
    whys: () => [
      w('First-contact resolution is low', [
        w('Technicians poorly trained', [
          w('No skills assessment system', [
            w('Pay structure does not reward skills', [], {
              rootCause: true,
              countermeasures: [
                {
                  id: 'm1',
                  text: 'Tie technician pay to skill level and first-contact resolution',
                  ownerId: 1,
                  dueOn: '2026-12-31',
                },
              ],
            }),
          ]),
        ]),
        w('Spare parts often out of stock', [], { rootCause: true }),
      ]),
    ],
    actions: ['Evening callback rota', 'Update the onsite repair SOP', 'Review outlet safety stock'],
    log: ['12 new technicians retrained', 'Skills assessment question bank live'],
  },
};

const cycleFields = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  problem: '',
  scopeKind: 'outlet' as const,
  scopeId: 1,
  ownerId: 1,
  startOn: '2026-10-01',
  dueOn: '2026-12-31',
  kpiId: 'fcr_rate',
  baseline: 0.78,
  baselinePeriod: '2026-Q3',
  target: 0.85,
  goal: '',
  verdict: null,
  checkNote: '',
  standardChange: '',
  lessons: '',
  ...extra,
});

async function seed(host: WebHost, lang: 'zh' | 'en') {
  const x = TEXT[lang];
  const cycle = await host.invoke('pdca.save', {
    fields: cycleFields(x.cycle, { problem: x.problem, goal: x.goal }),
  });
  const fishbone = await host.invoke('rca.create', {
    kind: 'fishbone',
    head: { title: x.fishbone, problem: x.head, cycleId: cycle.id },
    content: {
      kind: 'fishbone',
      template: 'sixM',
      bones: x.bones.map((label, i) => ({ id: `b${i}`, label, causes: x.causes[i]! })),
    },
  });
  const five = await host.invoke('rca.create', {
    kind: 'five_why',
    head: { title: x.fiveWhy, problem: x.fiveProblem, cycleId: cycle.id },
    content: { kind: 'five_why', whys: x.whys() },
  });
  await host.invoke('rca.makeAction', { worksheetId: five.id, countermeasureId: 'm1' });
  for (const [i, title] of x.actions.entries()) {
    await host.invoke('actions.save', {
      fields: {
        title,
        detail: '',
        kind: i === 0 ? 'corrective' : 'improvement',
        ownerId: i + 2,
        dueOn: i === 0 ? '2026-10-20' : '2027-01-15',
        status: i === 1 ? 'done' : 'open',
        cycleId: i < 2 ? cycle.id : null,
      },
    });
  }
  await host.invoke('pdca.move', { id: cycle.id, to: 'do' });
  for (const [i, note] of x.log.entries())
    await host.invoke('pdca.log.add', { cycleId: cycle.id, onDate: `2026-10-${10 + i * 9}`, note });
  await host.invoke('pdca.save', {
    fields: cycleFields(x.cycle2, {
      kpiId: 'first_response_avg_min',
      baseline: 34,
      target: 30,
      scopeKind: 'organisation',
      scopeId: null,
      startOn: '2026-07-01',
      dueOn: '2026-09-30',
    }),
  });
  await host.invoke('pdca.save', {
    fields: cycleFields(x.cycle3, { kpiId: 'callback_72h_rate', scopeKind: 'organisation', scopeId: null }),
  });
  return { cycle: cycle.id, fishbone: fishbone.id, five: five.id };
}

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale });
    test(`improvement screens (${language})`, async ({ page, host }) => {
      test.setTimeout(120_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-improvement-${name}.png`) });
      await host.invoke('workspace.openDemo', { jobId: `shots-improvement-${language}` });
      await host.invoke('app.setLanguage', { language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const ids = await seed(host, language);

      await page.goto('/#/pdca');
      await expect(page.getByTestId('pdca-board')).toBeVisible();
      await shot('01-board');

      await page.goto(`/#/pdca/${ids.cycle}`);
      await expect(page.getByTestId('gate')).toBeVisible();
      await page.waitForTimeout(400);
      await shot('02-cycle');
      for (const section of ['plan', 'do', 'check', 'act'] as const) {
        await page.locator(`[data-section="${section}"]`).evaluate((el) => el.scrollIntoView());
        await page.waitForTimeout(200);
        await shot(`02-cycle-${section}`);
      }
      const moveTo = (phase: 'check' | 'act') =>
        page.getByRole('button', {
          name: text.improvement.pdca.move.to.replace('{{phase}}', text.improvement.pdca.phaseShort[phase]),
        });
      await moveTo('check').click();
      await expect(page.locator('.phase-step--current')).toContainText(text.improvement.pdca.phases.check);
      await moveTo('act').click();
      await expect(page.getByTestId('gate')).toContainText(text.improvement.pdca.gate.verdictMissing);
      await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
      await shot('02-cycle-gate-refused');

      await page.goto(`/#/rca/${ids.fishbone}`);
      await expect(page.getByTestId('fishbone-svg')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('03-fishbone');
      await page.getByTestId('fishbone-outline').locator('input[data-cause]').nth(2).click();
      await page.waitForTimeout(300);
      await shot('03-fishbone-outline');
      // The exported drawing, as it lands on a slide.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: text.improvement.fishbone.exportSvg }).click();
      const svgFile = path.join(shotsDir, `${language}-improvement-fishbone.svg`);
      await (await download).saveAs(svgFile);
      const drawing = await page.context().newPage();
      await drawing.setViewportSize({ width: 1600, height: 1000 });
      await drawing.setContent(
        `<html><body style="margin:0">${fs.readFileSync(svgFile, 'utf8')}</body></html>`,
      );
      await drawing
        .locator('svg')
        .first()
        .screenshot({ path: path.join(shotsDir, `${language}-improvement-04-fishbone-drawing.png`) });
      await drawing.close();

      await page.goto(`/#/rca/${ids.five}`);
      await expect(page.getByTestId('five-why-status')).toBeVisible();
      await shot('05-five-why');

      await page.goto('/#/rca');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.areas.rca.title);
      await page.waitForTimeout(300);
      await shot('06-worksheets');

      await page.goto('/#/actions');
      await expect(page.getByTestId('actions-grid')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('07-actions');
      await page.getByTestId('actions-grid').getByText(TEXT[language].actions[0]!).dblclick();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('08-action-dialog');
      await page.keyboard.press('Escape');

      await page.goto('/#/pdca/new');
      await page.getByRole('button', { name: text.improvement.common.create }).click();
      await shot('09-new-cycle-errors');
    });
  });
}
