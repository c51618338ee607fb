import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import type { CycleFields, FishboneCause, WhyNode } from '../../../shared/schemas/improvement.ts';
import { newSession } from '../helpers/session.ts';

/** A fresh workspace with two staff members and an outlet, and the dispatch to drive it as the renderer does. */
export async function improvementWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东');
    INSERT INTO teams (id, code, name, department, outlet_id) VALUES (1, 'SH-CS', '上海客服组', 'customer_service', 1);
    INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, hire_date) VALUES
      (1, 'E001', '李娜', 'quality_inspector', 1, 1, '2024-03-01'), (2, 'E002', '王强', 'technician', 1, 1, '2023-07-15');
  `);
  /** Call a method and return its value, or fail the test with the error. */
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { ...ctx, db, ok };
}

export function cycleFields(overrides: Partial<CycleFields> = {}): CycleFields {
  return {
    title: '提升一次解决率',
    problem: '一次解决率 78%，低于 85% 目标',
    scopeKind: 'outlet',
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
    ...overrides,
  };
}

export const cause = (
  id: string,
  text: string,
  children: FishboneCause[] = [],
  extra: Partial<FishboneCause> = {},
): FishboneCause => ({
  id,
  text,
  rootCause: false,
  verification: 'unverified',
  evidence: '',
  votes: 0,
  children,
  ...extra,
});

export const why = (
  id: string,
  because: string,
  children: WhyNode[] = [],
  extra: Partial<WhyNode> = {},
): WhyNode => ({
  id,
  because,
  rootCause: false,
  countermeasures: [],
  children,
  ...extra,
});
