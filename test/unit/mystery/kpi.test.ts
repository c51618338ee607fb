import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../shared/domain/kpi-period.ts';
import { measureMysteryKpis } from '../../../electron/core/mystery/kpi.ts';
import { mysteryWorkspace, PERFECT, visitFields } from './workspace.ts';

describe('the mystery_score_avg KPI', () => {
  it('is the mean published visit score by visit day, for the organisation or an outlet; other scopes have none', async () => {
    const { db, ok, q1, publish } = await mysteryWorkspace();
    await publish(q1.id, 1, PERFECT, '2026-01-10');
    await publish(q1.id, 2, { ...PERFECT, knows: 3 }, '2026-02-10');
    await publish(q1.id, 1, { ...PERFECT, knows: 1 }, '2026-02-20');
    await ok('mystery.visits.save', { fields: visitFields(q1.id, 1, { clean: 0 }, '2026-02-21') });
    const periods = ['2026-01', '2026-02', '2026-03', '2026-Q1'].map((p) => parsePeriod(p)!);
    const ctx = { timeZone: 'Asia/Shanghai', now: Date.now() };
    const org = measureMysteryKpis(db, ctx, { dim: 'org', key: '' }, periods, ['mystery_score_avg']).get('mystery_score_avg');
    expect(org).toEqual([{ value: 100, n: 1 }, { value: 62.5, n: 2 }, { value: null, n: 0 }, { value: 75, n: 3 }]);
    const outlet = measureMysteryKpis(db, ctx, { dim: 'outlet', key: '1' }, periods, ['mystery_score_avg']).get('mystery_score_avg');
    expect(outlet?.map((m) => m.value)).toEqual([100, 50, null, 75]);
    const team = measureMysteryKpis(db, ctx, { dim: 'team', key: '1' }, periods, ['mystery_score_avg']).get('mystery_score_avg');
    expect(team).toEqual(periods.map(() => ({ value: null, n: 0 })));
    expect(measureMysteryKpis(db, ctx, { dim: 'org', key: '' }, periods, ['csat_avg']).size).toBe(0);
  });
});
