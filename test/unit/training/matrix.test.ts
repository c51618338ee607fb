import { describe, expect, it } from 'vitest';
import { trainingKpis } from '../../../electron/core/training/kpis.ts';
import { competencyMatrix } from '../../../electron/core/training/matrix.ts';
import { courseFields, trainingWorkspace } from './workspace.ts';

const NOW = Date.UTC(2026, 10, 20, 4); // 2026-11-20 in Shanghai

async function trainedWorkspace() {
  const ws = await trainingWorkspace();
  const product = await ws.ok('training.courses.save', { fields: courseFields() });
  const induction = await ws.ok('training.courses.save', {
    fields: courseFields({
      code: 'NH-01',
      name: '新员工岗前培训',
      type: 'new_hire',
      durationDays: 5,
      validityMonths: null,
      parts: [{ name: '综合', maxScore: 100, passMark: 70 }],
    }),
  });
  await ws.ok('training.settings.save', {
    patch: {
      requirements: [
        { role: 'agent', courseId: product.id },
        { role: 'agent', courseId: induction.id },
        { role: 'technician', courseId: product.id },
      ],
    },
  });
  const sheet = async (courseId: number, startOn: string, endOn: string, rows: Record<string, string[]>) => {
    const session = await ws.ok('training.sessions.save', {
      fields: { courseId, startOn, endOn, hours: 8, trainerId: 4, location: '' },
    });
    const course = courseId === product.id ? product : induction;
    await ws.ok('training.enrolment.add', { sessionId: session.id, staffIds: [1, 2, 3, 5] });
    await ws.ok('training.scores.save', {
      sessionId: session.id,
      rows: Object.entries(rows).map(([trainee, scores]) => ({
        trainee,
        cells: Object.fromEntries(course.parts.map((p, i) => [String(p.id), scores[i] ?? ''])),
      })),
    });
    return session;
  };
  // Product knowledge a year ago: 李娜 passed (runs out 2026-11-09 → expired), 王强 passed (→ 2026-12-09, expiring).
  await sheet(product.id, '2025-11-10', '2025-11-10', { E001: ['80', '40'] });
  await sheet(product.id, '2025-12-10', '2025-12-10', { E002: ['75', '35'] });
  // This autumn: 张伟 passes, 陈静 fails; induction for the two new hires, 陈静 for five days.
  await sheet(product.id, '2026-10-12', '2026-10-12', { E003: ['90', '45'], E005: ['40', '20'] });
  await sheet(induction.id, '2026-10-12', '2026-10-16', { E005: ['85'] });
  await sheet(induction.id, '2026-09-01', '2026-09-03', { E003: ['88'] });
  return { ...ws, product, induction };
}

describe('competency matrix', () => {
  it('shows each person the courses their role requires, with the state of their best certificate', async () => {
    const { db, product, induction } = await trainedWorkspace();
    const matrix = competencyMatrix(db, {}, 100, NOW);
    expect(matrix.courses.map((c) => c.code)).toEqual(['NH-01', 'PK-01']);
    const state = (no: string, courseId: number) =>
      matrix.rows.find((r) => r.employeeNo === no)!.cells[String(courseId)]?.state;
    expect(state('E001', product.id)).toBe('expired');
    expect(state('E002', product.id)).toBe('expiring');
    expect(state('E003', product.id)).toBe('valid');
    expect(state('E005', product.id)).toBe('not_trained');
    expect(state('E001', induction.id)).toBe('not_trained');
    expect(state('E005', induction.id)).toBe('valid');
    expect(state('E003', induction.id)).toBeUndefined(); // technicians do not need it
    expect(state('E004', product.id)).toBeUndefined(); // nor trainers

    const filtered = competencyMatrix(db, { outletId: 2, role: 'agent' }, 100, NOW);
    expect(filtered.rows.map((r) => r.employeeNo)).toEqual(['E005']);
    expect(competencyMatrix(db, { teamId: 1 }, 100, NOW).rows.map((r) => r.employeeNo)).toEqual(['E001', 'E002', 'E004']);
  });
});

describe('training KPIs', () => {
  it('count coverage, pass rate, new-hire days and expiring certificates per outlet', async () => {
    const { db } = await trainedWorkspace();
    const kpis = trainingKpis(db, { groupBy: 'outlet' }, NOW);
    expect(kpis.from).toBe('2025-11-21');
    expect(kpis.to).toBe('2026-11-20');
    const [hangzhou, shanghai] = kpis.groups;
    expect(shanghai).toMatchObject({ name: '上海徐汇网点', staff: 3, mustAssess: 2, assessed: 1, results: 1, passed: 1, newHires: 0, expiring30: 1 });
    // Hangzhou: both assessed in product knowledge; results 张伟 pass, 陈静 fail, and both inductions passed.
    expect(hangzhou).toMatchObject({ name: '杭州西湖网点', staff: 2, mustAssess: 2, assessed: 2, results: 4, passed: 3, newHires: 2, newHiresTrained: 1 });
    expect(kpis.total).toMatchObject({ staff: 5, mustAssess: 4, assessed: 3, results: 5, passed: 4, expiring30: 1, expiring60: 1, expiring90: 1 });
  });
});
