import { describe, expect, it } from 'vitest';
import { KPI_CATALOG, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import type { KpiReport, KpiScope } from '../../../shared/schemas/kpi.ts';
import { computeKpis } from '../../../electron/core/kpi/compute.ts';
import { kpiSeries } from '../../../electron/core/kpi/series.ts';
import { trainingKpis } from '../../../electron/core/training/kpis.ts';
import { auditsWorkspace } from '../audits/workspace.ts';
import { questionnaire, surveyWorkspace } from '../surveys/workspace.ts';
import { at } from '../tickets/workspace.ts';
import { courseFields, trainingWorkspace } from '../training/workspace.ts';

const TZ = 'Asia/Shanghai';
const ORG: KpiScope = { dim: 'org', key: '' };
const byId = (r: KpiReport) =>
  Object.fromEntries(r.kpis.map((k) => [k.id, k])) as Record<KpiId, KpiReport['kpis'][number]>;

/**
 * Five audits of the audits fixture (agents 1 and 2 in outlet 1, agent 3 in outlet 2, all in team 1): three
 * submitted in November (local days), one a minute into December local time (still 30 November in UTC), one pending.
 */
async function auditedWorkspace() {
  const ws = await auditsWorkspace();
  const template = ws.db
    .prepare(
      `INSERT INTO scorecard_templates (code, version, kind, name_zh, name_en, sections, created_at, updated_at)
       VALUES ('KPI-QA', 1, 'audit', '质检表', 'QA form', '[]', 0, 0)`,
    )
    .run().lastInsertRowid;
  const ticket = (externalId: string) =>
    ws.db.prepare('SELECT id FROM tickets WHERE external_id = ?').pluck().get(externalId) as number;
  const insert = ws.db.prepare(
    `INSERT INTO audits (template_id, ticket_id, agent_id, month, status, score, auto_fail, submitted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  insert.run(template, ticket('T1-0'), 1, '2026-11', 'submitted', 90, null, at('2026-11-03', '10:00'));
  insert.run(template, ticket('T2-1'), 2, '2026-11', 'submitted', 70, 'section', at('2026-11-10', '15:00'));
  insert.run(template, ticket('T3-2'), 3, '2026-11', 'submitted', 50, 'form', at('2026-11-30', '23:30'));
  insert.run(template, ticket('T1-3'), 1, '2026-11', 'submitted', 100, null, at('2026-12-01', '00:01'));
  insert.run(template, ticket('T1-4'), 1, '2026-11', 'pending', null, null, null);
  return ws;
}

describe('audit KPIs', () => {
  const ctx = { timeZone: TZ, now: at('2026-12-15') };
  const qa = (db: Parameters<typeof computeKpis>[0], period: string, scope: KpiScope) =>
    byId(computeKpis(db, ctx, { period, scope, kpis: ['qa_score_avg', 'qa_autofail_rate'] }));

  it('average the scores and count the auto-fails of the audits submitted on the period’s local days', async () => {
    const { db } = await auditedWorkspace();
    const nov = qa(db, '2026-11', ORG);
    expect(nov.qa_score_avg).toMatchObject({ value: 70, n: 3 }); // (90 + 70 + 50) / 3
    expect(nov.qa_autofail_rate.n).toBe(3);
    expect(nov.qa_autofail_rate.value).toBeCloseTo(200 / 3, 9);
    const dec = qa(db, '2026-12', ORG);
    expect(dec.qa_score_avg).toMatchObject({ value: 100, n: 1, previous: 70 });
    expect(dec.qa_autofail_rate).toMatchObject({ value: 0, n: 1 });
  });

  it('reach outlet, team and agent through the audited agent, channel and category through the ticket', async () => {
    const { db } = await auditedWorkspace();
    expect(qa(db, '2026-11', { dim: 'outlet', key: '1' }).qa_score_avg).toMatchObject({ value: 80, n: 2 });
    expect(qa(db, '2026-11', { dim: 'outlet', key: '1' }).qa_autofail_rate).toMatchObject({
      value: 50,
      n: 2,
    });
    expect(qa(db, '2026-11', { dim: 'outlet', key: '2' }).qa_autofail_rate).toMatchObject({
      value: 100,
      n: 1,
    });
    expect(qa(db, '2026-11', { dim: 'team', key: '1' }).qa_score_avg).toMatchObject({ value: 70, n: 3 });
    expect(qa(db, '2026-11', { dim: 'agent', key: '1' }).qa_score_avg).toMatchObject({ value: 90, n: 1 });
    // T2-1 was a chat, T3-2 on site
    expect(qa(db, '2026-11', { dim: 'channel', key: 'chat' }).qa_score_avg).toMatchObject({
      value: 70,
      n: 1,
    });
    expect(qa(db, '2026-11', { dim: 'channel', key: 'onsite' }).qa_autofail_rate).toMatchObject({
      value: 100,
      n: 1,
    });
  });

  it('give null with n 0 for a period without submitted audits, never 0 or NaN', async () => {
    const { db } = await auditedWorkspace();
    const oct = qa(db, '2026-10', ORG);
    expect(oct.qa_score_avg).toMatchObject({ value: null, n: 0, status: 'none', change: null });
    expect(oct.qa_autofail_rate).toMatchObject({ value: null, n: 0 });
    expect(qa(db, '2026-11', { dim: 'outlet', key: '99' }).qa_score_avg).toMatchObject({ value: null, n: 0 });
  });

  it('split into days for a trend series', async () => {
    const { db } = await auditedWorkspace();
    const series = kpiSeries(db, ctx, {
      period: '2026-11-28..2026-12-01',
      scope: ORG,
      kpis: ['qa_score_avg'],
      grain: 'day',
    });
    expect(series.buckets.map((b) => b.values.qa_score_avg)).toEqual([null, null, 50, 100]);
  });
});

const NOW = at('2026-11-20', '12:00');

/** The training fixture of the training area's KPI test: product-knowledge and induction sessions with scores. */
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
        { role: 'technician', courseId: product.id },
      ],
    },
  });
  const sheet = async (
    course: typeof product,
    startOn: string,
    endOn: string,
    rows: Record<string, string[]>,
  ) => {
    const session = await ws.ok('training.sessions.save', {
      fields: { courseId: course.id, startOn, endOn, hours: 8, trainerId: 4, location: '' },
    });
    await ws.ok('training.enrolment.add', { sessionId: session.id, staffIds: [1, 2, 3, 5] });
    await ws.ok('training.scores.save', {
      sessionId: session.id,
      rows: Object.entries(rows).map(([trainee, scores]) => ({
        trainee,
        cells: Object.fromEntries(course.parts.map((p, i) => [String(p.id), scores[i] ?? ''])),
      })),
    });
  };
  // 李娜's certificate runs out 2026-11-09, 王强's 2026-12-09.
  await sheet(product, '2025-11-10', '2025-11-10', { E001: ['80', '40'] });
  await sheet(product, '2025-12-10', '2025-12-10', { E002: ['75', '35'] });
  // October: 张伟 passes, 陈静 fails product knowledge and passes induction (all Hangzhou, outlet 2, team 2).
  await sheet(product, '2026-10-12', '2026-10-12', { E003: ['90', '45'], E005: ['40', '20'] });
  await sheet(induction, '2026-10-12', '2026-10-16', { E005: ['85'] });
  return ws;
}

describe('training KPIs', () => {
  const ctx = { timeZone: TZ, now: NOW };
  const ids = ['training_coverage', 'training_pass_rate', 'cert_expiring_30d'] as const;
  const tk = (db: Parameters<typeof computeKpis>[0], period: string, scope: KpiScope) =>
    byId(computeKpis(db, ctx, { period, scope, kpis: [...ids] }));

  it('compute coverage and pass rate of the sessions ending in the period, per organisation, outlet and team', async () => {
    const { db } = await trainedWorkspace();
    const org = tk(db, '2026-10', ORG);
    // must be assessed: 李娜, 王强 (Shanghai agents), 张伟, 陈静 (Hangzhou); assessed in October: 张伟, 陈静
    expect(org.training_coverage).toMatchObject({ value: 50, n: 4, target: 100, status: 'bad' });
    // decided results: 张伟 pass, 陈静 fail, 陈静 induction pass
    expect(org.training_pass_rate.n).toBe(3);
    expect(org.training_pass_rate.value).toBeCloseTo(200 / 3, 9);
    expect(tk(db, '2026-10', { dim: 'outlet', key: '2' }).training_coverage).toMatchObject({
      value: 100,
      n: 2,
    });
    const shanghai = tk(db, '2026-10', { dim: 'outlet', key: '1' });
    expect(shanghai.training_coverage).toMatchObject({ value: 0, n: 2 });
    expect(shanghai.training_pass_rate).toMatchObject({ value: null, n: 0 });
    expect(tk(db, '2026-10', { dim: 'team', key: '2' }).training_pass_rate.n).toBe(3);
  });

  it('agree with the training page’s own figures for the same span', async () => {
    const { db } = await trainedWorkspace();
    const page = trainingKpis(db, { groupBy: 'outlet', from: '2025-11-01', to: '2026-10-31' }, NOW).total;
    const k = byId(computeKpis(db, ctx, { period: '2025-11-01..2026-10-31', scope: ORG, kpis: [...ids] }));
    expect(k.training_coverage.value).toBeCloseTo((100 * page.assessed) / page.mustAssess, 9);
    expect(k.training_pass_rate.value).toBeCloseTo((100 * page.passed) / page.results, 9);
  });

  it('count certificates running out within 30 days of the period’s end, or of today while it runs', async () => {
    const { db } = await trainedWorkspace();
    // at 31 October 李娜's runs out in 9 days; at today (20 November) hers is gone and 王强's is 19 days away
    expect(tk(db, '2026-10', ORG).cert_expiring_30d).toMatchObject({ value: 1, n: 5 });
    expect(tk(db, '2026-10', { dim: 'outlet', key: '2' }).cert_expiring_30d).toMatchObject({
      value: 0,
      n: 2,
    });
    expect(tk(db, '2026-11', { dim: 'outlet', key: '1' }).cert_expiring_30d).toMatchObject({
      value: 1,
      n: 3,
    });
    expect(tk(db, '2026-09', ORG).cert_expiring_30d.value).toBe(0);
  });

  it('are not measured for agents, channels, categories or segments: null with n 0', async () => {
    const { db } = await trainedWorkspace();
    for (const scope of [
      { dim: 'agent', key: '1' },
      { dim: 'channel', key: 'phone' },
    ] as const) {
      const k = tk(db, '2026-10', scope);
      for (const id of ids)
        expect(k[id], `${id} ${scope.dim}`).toMatchObject({
          value: null,
          n: 0,
          sparkline: Array(12).fill(null),
        });
    }
    expect(KPI_CATALOG.training_coverage.scopes).toEqual(['org', 'outlet', 'team']);
  });
});

describe('SERVQUAL gap KPIs', () => {
  const ctx = { timeZone: TZ, now: NOW };
  const gaps = (db: Parameters<typeof computeKpis>[0], period: string, scope: KpiScope) =>
    byId(
      computeKpis(db, ctx, {
        period,
        scope,
        kpis: ['servqual_gap_tangibles', 'servqual_gap_reliability', 'servqual_gap_empathy'],
      }),
    );

  it('give perception − expectation per dimension over the questionnaires of the period and outlet', async () => {
    const ws = await surveyWorkspace();
    // outlet 1: expects 6, perceives 5 on tangibles (items 1–4) and 6 elsewhere
    await ws.ok('surveys.servqual.save', { fields: questionnaire(6, (i) => (i <= 4 ? 5 : 6)) });
    // outlet 2: expects 5, perceives 7 on tangibles and 4 elsewhere
    await ws.ok('surveys.servqual.save', {
      fields: questionnaire(5, (i) => (i <= 4 ? 7 : 4), { outletId: 2, respondedOn: '2026-03-20' }),
    });
    const org = gaps(ws.db, '2026-03', ORG);
    expect(org.servqual_gap_tangibles).toMatchObject({ value: 0.5, n: 2 }); // (5 + 7) / 2 − (6 + 5) / 2
    expect(org.servqual_gap_reliability).toMatchObject({ value: -0.5, n: 2 }); // (6 + 4) / 2 − 5.5
    const sh = gaps(ws.db, '2026-03', { dim: 'outlet', key: '1' });
    expect(sh.servqual_gap_tangibles).toMatchObject({ value: -1, n: 1 });
    expect(sh.servqual_gap_empathy).toMatchObject({ value: 0, n: 1 });
    const april = gaps(ws.db, '2026-04', ORG);
    expect(april.servqual_gap_tangibles).toMatchObject({ value: null, n: 0, previous: 0.5, change: null });
    const team = gaps(ws.db, '2026-03', { dim: 'team', key: '1' });
    expect(team.servqual_gap_tangibles).toMatchObject({ value: null, n: 0 });
  });
});
