import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { listCycles } from '../../../electron/core/improvement/cycles.ts';
import { listFmea } from '../../../electron/core/improvement/fmea.ts';
import { listNeeds } from '../../../electron/core/improvement/needs.ts';
import { getWorksheet, listWorksheets } from '../../../electron/core/improvement/worksheets.ts';
import { whyNodes } from '../../../shared/domain/five-why.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the demo workspace', () => {
  it('holds cycles in different phases with a fishbone and the seed churn 5-Why, complete and turned into actions', async () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 500, until: '2026-10' });
    const db = openDatabase(file);
    try {
      expect(
        listCycles(db)
          .map((c) => c.phase)
          .sort(),
      ).toEqual(['act', 'do', 'plan']);
      const sheets = listWorksheets(db);
      expect(sheets.map((s) => s.kind).sort()).toEqual(['fishbone', 'five_why']);
      const churn = getWorksheet(db, sheets.find((s) => s.kind === 'five_why')!.id);
      expect(churn.complete).toBe(true);
      expect(
        churn.content.kind === 'five_why' && whyNodes(churn.content).map(({ node }) => node.because),
      ).toEqual([
        '一次解决率低',
        '技师培训不足',
        '没有技能考核体系',
        '薪酬结构不激励技能提升',
        '常用备件网点缺货',
      ]);
      expect(churn.actions.map((a) => a.source.ref).sort()).toEqual(['m-pay', 'm-stock']);
      const fmea = listFmea(db);
      expect(fmea.length).toBeGreaterThanOrEqual(6);
      expect(new Set(fmea.map((r) => r.band))).toEqual(new Set(['high', 'medium', 'low']));
      expect(fmea.some((r) => r.rescoredRpn !== null && r.rescoredRpn < r.rpn)).toBe(true);
      expect(new Set(listNeeds(db).map((n) => n.category))).toEqual(
        new Set(['basic', 'expected', 'excitement']),
      );
    } finally {
      db.close();
    }
  });
});
