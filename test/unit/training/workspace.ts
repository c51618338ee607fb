import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import type { CourseFields } from '../../../shared/schemas/training.ts';
import { newSession } from '../helpers/session.ts';

/** A fresh workspace with one outlet, two teams and five staff, driven through dispatch as the renderer does. */
export async function trainingWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'HZ01', '杭州西湖网点', '杭州', '华东');
    INSERT INTO teams (id, code, name, department, outlet_id) VALUES (1, 'SH-CS', '上海客服组', 'customer_service', 1), (2, 'HZ-RP', '杭州维修组', 'repair', 2);
    INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, hire_date) VALUES
      (1, 'E001', '李娜', 'agent', 1, 1, '2024-03-01'),
      (2, 'E002', '王强', 'agent', 1, 1, '2023-07-15'),
      (3, 'E003', '张伟', 'technician', 2, 2, '2026-09-01'),
      (4, 'E004', '刘洋', 'trainer', 1, 1, '2020-01-01'),
      (5, 'E005', '陈静', 'agent', 2, 2, '2026-10-10');
  `);
  /** Call a method and return its value, or fail the test with the error. */
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { ...ctx, db, ok };
}

export function courseFields(overrides: Partial<CourseFields> = {}): CourseFields {
  return {
    code: 'PK-01',
    name: '产品知识考核',
    type: 'product',
    tier: 'new_staff',
    durationDays: 1,
    validityMonths: 12,
    active: true,
    parts: [
      { name: '理论', maxScore: 100, passMark: 60 },
      { name: '实操', maxScore: 50, passMark: 30 },
    ],
    ...overrides,
  };
}
