import fs from 'node:fs';
import path from 'node:path';
import type { FishboneBone, FishboneCause } from '../../shared/schemas/improvement.ts';
import { en, expect, test, zh } from '../e2e/fixtures.ts';

/** FMEA, needs pool, the Check chart and a crowded fishbone, in both languages, for a person to look at. */
const shotsDir = process.env['QM_SHOTS_DIR'] ?? path.resolve('test-results/shots');

const STEMS = {
  zh: [
    '技师上门前未与客户电话确认故障现象和所需备件型号',
    '旺季派单优先考虑距离而忽略技师技能',
    '备件',
    '新技师岗前培训被压缩到不足三天',
    '400 热线晚间高峰排班不足导致客户长时间等待',
    '回访话术',
    '维修 SOP 未覆盖新品型号',
    '老旧小区停车难',
    '一次解决率统计口径各网点不一致',
    '客户投诉分类标准模糊',
  ],
  en: [
    'Technicians do not call ahead to confirm the fault and the spare parts needed',
    'Peak-season dispatch favours distance over skills',
    'Parts',
    'New-hire training squeezed to under three days',
    'Evening peak on the 400 hotline understaffed, customers wait long',
    'Callback script',
    'Repair SOP does not cover new models',
    'Parking in old estates',
    'Outlets count first-contact resolution differently',
    'Complaint categories loosely defined',
  ],
};

/** 6 bones × 11 causes (some with two levels below): 66 top-level causes and 90 in all, long and short labels. */
function crowdedBones(language: 'zh' | 'en', labels: readonly string[]): FishboneBone[] {
  let n = 0;
  const cause = (text: string, children: FishboneCause[] = [], rootCause = false): FishboneCause => ({
    id: `k${(n += 1)}`,
    text,
    rootCause,
    verification: rootCause ? 'confirmed' : 'unverified',
    evidence: '',
    votes: rootCause ? 3 : 0,
    children,
  });
  const stems = STEMS[language];
  return labels.map((label, b) => ({
    id: `b${b}`,
    label,
    causes: Array.from({ length: 11 }, (_, i) => {
      const stem = stems[(b * 3 + i) % stems.length]!;
      const children =
        i % 3 === 0
          ? [cause(stems[(i + 4) % stems.length]!, [cause(stems[(i + 7) % stems.length]!, [], i === 3)])]
          : [];
      return cause(stem, children);
    }),
  }));
}

for (const [language, locale, text] of [
  ['zh', 'zh-CN', zh],
  ['en', 'en-US', en],
] as const) {
  test.describe(language, () => {
    test.use({ locale });
    test(`improvement loop screens (${language})`, async ({ page, host, workDir }) => {
      test.setTimeout(120_000);
      fs.mkdirSync(shotsDir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: path.join(shotsDir, `${language}-loop-${name}.png`) });
      await host.invoke('workspace.openDemo', { jobId: `shots-loop-${language}` });
      await host.invoke('app.setLanguage', { language: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      await page.setViewportSize({ width: 1440, height: 900 });

      await page.goto('/#/rca/fmea');
      await expect(page.getByTestId('fmea-heatmap').locator('canvas').first()).toBeVisible();
      await page.waitForTimeout(400);
      await shot('01-fmea');
      await page.getByRole('button', { name: text.improvement.risk.fmea.newRow }).click();
      await page.getByRole('checkbox', { name: text.improvement.risk.fmea.fields.rescored }).check();
      await shot('02-fmea-dialog');
      await page.keyboard.press('Escape');

      await page.goto('/#/rca/needs');
      await expect(page.getByRole('region', { name: text.improvement.risk.needs.pool })).toBeVisible();
      await page.waitForTimeout(300);
      await shot('03-needs');

      const cycles = await host.invoke('pdca.list', {});
      const act = cycles.find((c) => c.phase === 'act')!;
      await page.goto(`/#/pdca/${act.id}`);
      await expect(page.getByTestId('cycle-chain')).toBeVisible();
      await shot('04-cycle-chain');
      await page.locator('[data-section="check"]').evaluate((el) => el.scrollIntoView());
      await expect(page.getByTestId('check-chart').locator('canvas').first()).toBeVisible();
      await page.waitForTimeout(500);
      await shot('05-check');

      const sheet = await host.invoke('rca.create', {
        kind: 'fishbone',
        head: { title: 'crowded', problem: language === 'zh' ? STEMS.zh[0]! : STEMS.en[0]!, cycleId: null },
        content: {
          kind: 'fishbone',
          template: 'sixM',
          bones: crowdedBones(language, Object.values(text.improvement.rca.bones.sixM)),
        },
      });
      await page.goto(`/#/rca/${sheet.id}`);
      await expect(page.getByTestId('fishbone-svg')).toBeVisible();
      await page.waitForTimeout(300);
      await shot('06-fishbone-crowded');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: text.improvement.fishbone.exportSvg }).click();
      const svgFile = path.join(shotsDir, `${language}-loop-fishbone-crowded.svg`);
      await (await download).saveAs(svgFile);
      const drawing = await page.context().newPage();
      await drawing.setViewportSize({ width: 2400, height: 1600 });
      await drawing.setContent(
        `<html><body style="margin:0">${fs.readFileSync(svgFile, 'utf8')}</body></html>`,
      );
      await drawing
        .locator('svg')
        .first()
        .screenshot({ path: path.join(shotsDir, `${language}-loop-07-fishbone-crowded-drawing.png`) });
      await drawing.close();

      // The empty states a new workspace shows.
      await host.invoke('workspace.create', { path: path.join(workDir, 'empty.sqlite') });
      await page.goto('/#/rca/fmea');
      await expect(page.getByText(text.improvement.risk.fmea.empty)).toBeVisible();
      await shot('08-fmea-empty');
      await page.goto('/#/rca/needs');
      await expect(page.getByText(text.improvement.risk.needs.empty)).toBeVisible();
      await shot('09-needs-empty');
    });
  });
}
