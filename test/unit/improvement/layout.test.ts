import { describe, expect, it } from 'vitest';
import {
  layoutFishbone,
  type Box,
  type FishboneLayout,
  type Segment,
} from '../../../shared/domain/fishbone/layout.ts';
import { textWidth, wrapText } from '../../../shared/domain/fishbone/measure.ts';
import { fishboneSvg } from '../../../shared/domain/fishbone/svg.ts';
import type { FishboneBone } from '../../../shared/schemas/improvement.ts';
import { cause } from './workspace.ts';

const ZH = [
  '技师上门前未确认故障现象与所需备件，导致二次上门',
  '新员工岗前培训不足五天，实操考核流于形式',
  '派单系统不考虑技师技能标签',
  '客服话术',
  '备件库存',
  '回访电话在晚间高峰时段无人接听，客户只能反复拨打 400 热线',
];
const EN = [
  'Technicians arrive without the spare part the customer described on the phone',
  'No assessment',
  'Dispatch ignores skill tags and travel distance across districts',
  'Script',
  'Callback queue unmanned after 18:00 so customers keep calling the hotline again and again',
];

/** Six bones with 69 causes over three levels and long labels in both languages. */
function bigDiagram(): FishboneBone[] {
  let n = 0;
  const text = () => {
    n += 1;
    return n % 2 === 0 ? ZH[n % ZH.length]! : EN[n % EN.length]!;
  };
  return [
    '人 Man',
    '机 Machine',
    '料 Material',
    '法 Method',
    '环 Environment',
    '测 Measurement — how first-contact resolution is counted',
  ].map((label, b) => ({
    id: `b${b}`,
    label,
    causes: [0, 1, 2]
      .map((i) =>
        cause(`c${b}-${i}`, text(), [
          cause(`c${b}-${i}-a`, text(), [cause(`c${b}-${i}-a-x`, text())]),
          ...(i < 2 ? [cause(`c${b}-${i}-b`, text())] : []),
        ]),
      )
      .concat(b < 3 ? [cause(`c${b}-3`, text())] : []),
  }));
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Does the segment pass through the inside of the box? (Sampled: lines here are straight and short.) */
function crosses(s: Segment, b: Box): boolean {
  for (let i = 0; i <= 200; i += 1) {
    const x = s.x1 + ((s.x2 - s.x1) * i) / 200;
    const y = s.y1 + ((s.y2 - s.y1) * i) / 200;
    if (x > b.x + 0.5 && x < b.x + b.w - 0.5 && y > b.y + 0.5 && y < b.y + b.h - 0.5) return true;
  }
  return false;
}

function allBoxes(layout: FishboneLayout): { id: string; box: Box }[] {
  return [
    { id: 'head', box: layout.head },
    ...layout.bones.map((b) => ({ id: `bone ${b.bone.id}`, box: b.label })),
    ...layout.causes.map((c) => ({ id: `cause ${c.cause.id}`, box: c.box })),
  ];
}

describe('text measure and wrap', () => {
  it('counts a CJK character as a full em and Latin as less', () => {
    expect(textWidth('人机料法环测', 10)).toBe(60);
    expect(textWidth('abc', 10)).toBeLessThan(20);
  });

  it('wraps within the width, keeps Latin words whole and never starts a line with closing punctuation', () => {
    const lines = wrapText(
      '技师上门前未确认故障现象，导致二次上门。Technicians arrive without the part',
      120,
      13,
    );
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/ /g, '')).toBe(
      '技师上门前未确认故障现象，导致二次上门。Techniciansarrivewithoutthepart',
    );
    expect(lines.some((l) => /^[，。]/.test(l))).toBe(false);
    expect(lines.some((l) => /^(Techn|rrive)/.test(l) && !/^Technicians/.test(l))).toBe(false);
    expect(
      wrapText('https://example.com/a/very/long/path/without/any/space/at/all', 80, 12).length,
    ).toBeGreaterThan(2);
  });
});

describe('fishbone layout', () => {
  const bones = bigDiagram();
  const layout = layoutFishbone('客户流失率连续两个季度高于 3% 目标 — customer churn above target', bones, {
    placeholder: '…',
  });

  it('lays out every cause of a 69-cause diagram, three levels deep', () => {
    expect(layout.causes).toHaveLength(69);
    expect(Math.max(...layout.causes.map((c) => c.depth))).toBe(3);
    expect(layout.bones.map((b) => b.side)).toEqual(['top', 'bottom', 'top', 'bottom', 'top', 'bottom']);
  });

  it('has no overlapping boxes', () => {
    const boxes = allBoxes(layout);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1)
        if (overlaps(boxes[i]!.box, boxes[j]!.box)) clashes.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    expect(clashes).toEqual([]);
  });

  it('keeps text inside its box and every box inside the drawing', () => {
    for (const c of layout.causes) {
      for (const l of c.text.lines)
        expect(textWidth(l, c.text.fontSize, c.text.bold)).toBeLessThanOrEqual(c.box.w);
      expect(c.text.lines.length * c.text.lineHeight).toBeLessThanOrEqual(c.box.h);
    }
    for (const { box } of allBoxes(layout)) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws no bone, rib, stem or spine through a box', () => {
    const lines = [
      layout.spine,
      ...layout.bones.map((b) => b.line),
      ...layout.causes.flatMap((c) => (c.stem ? [c.rib, c.stem] : [c.rib])),
    ];
    const boxes = allBoxes(layout);
    const hits = lines.flatMap((s) => boxes.filter(({ box }) => crosses(s, box)).map(({ id }) => id));
    expect(hits).toEqual([]);
  });

  it('puts nested causes under their parent, indented', () => {
    const parent = layout.causes.find((c) => c.cause.id === 'c0-0')!;
    const child = layout.causes.find((c) => c.cause.id === 'c0-0-a')!;
    const grandchild = layout.causes.find((c) => c.cause.id === 'c0-0-a-x')!;
    expect(child.box.y).toBeGreaterThan(parent.box.y);
    expect(child.box.x).toBeGreaterThan(parent.box.x);
    expect(grandchild.box.x).toBeGreaterThan(child.box.x);
    expect(grandchild.stem).toMatchObject({ y1: child.rib.y1, y2: grandchild.rib.y1 });
  });

  it('handles an empty diagram and renders escaped, well-formed SVG', () => {
    const empty = layoutFishbone('', [], { placeholder: '…' });
    expect(empty.causes).toEqual([]);
    const svg = fishboneSvg(
      layoutFishbone('<script>&', [{ id: 'b', label: '"人"', causes: [cause('x', 'a < b & c')] }], {
        placeholder: '…',
      }),
      { legend: { rootCause: '根因', confirmed: '已验证', refuted: '已排除', votes: '票数' } },
    );
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).toContain('a &lt; b &amp; c');
    expect(svg).not.toContain('<script>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
