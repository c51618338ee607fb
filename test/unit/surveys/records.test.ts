import { describe, expect, it } from 'vitest';
import { questionnaire, surveyWorkspace } from './workspace.ts';

const base = { ticketRef: null, outletId: 1, channel: 'phone', respondedOn: '2026-03-02', csat: 5, nps: 9, ces: 2, comment: '' } as const;
const auditCount = (db: { prepare: (s: string) => { pluck: () => { get: (...a: unknown[]) => unknown } } }, entity: string) =>
  db.prepare('SELECT count(*) FROM audit_log WHERE entity = ?').pluck().get(entity) as number;

describe('survey responses', () => {
  it('link to a ticket by external id or number and take its outlet and channel when left empty', async () => {
    const ws = await surveyWorkspace();
    const byExternal = await ws.ok('surveys.responses.save', { fields: { ...base, ticketRef: 'CRM-1001', outletId: null, channel: null } });
    expect(byExternal).toMatchObject({ ticketId: 1, ticketLabel: 'CRM-1001', outletId: 1, outletName: '上海徐汇网点', channel: 'phone', source: 'manual' });
    const byNumber = await ws.ok('surveys.responses.save', { fields: { ...base, ticketRef: '2', outletId: null, channel: null } });
    expect(byNumber).toMatchObject({ ticketId: 2, ticketLabel: '2', outletId: 2, channel: 'app' });
    const unknown = await ws.dispatch('surveys.responses.save', { fields: { ...base, ticketRef: 'NOPE' } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'unknown_ticket' } });
    expect(auditCount(ws.db, 'survey_response')).toBe(2);
  });

  it('refuse a response without any score, or scores out of range, and write nothing', async () => {
    const ws = await surveyWorkspace();
    for (const fields of [
      { ...base, csat: null, nps: null, ces: null },
      { ...base, csat: 6 },
      { ...base, nps: 11 },
      { ...base, ces: 0 },
      { ...base, csat: 4.5 },
      { ...base, respondedOn: '2026-02-30' },
    ]) {
      const result = await ws.dispatch('surveys.responses.save', { fields });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    expect(ws.db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0);
  });

  it('are corrected and deleted with before and after in the audit log', async () => {
    const ws = await surveyWorkspace();
    const saved = await ws.ok('surveys.responses.save', { fields: base });
    const corrected = await ws.ok('surveys.responses.save', { id: saved.id, fields: { ...base, csat: 2, comment: '等待太久' } });
    expect(corrected).toMatchObject({ csat: 2, comment: '等待太久' });
    await ws.ok('surveys.responses.delete', { id: saved.id });
    const log = ws.db.prepare("SELECT action, before, after FROM audit_log WHERE entity = 'survey_response' ORDER BY id").all() as { action: string; before: string | null; after: string | null }[];
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(log[1]!.before!).csat).toBe(5);
    expect(JSON.parse(log[1]!.after!).csat).toBe(2);
    const missing = await ws.dispatch('surveys.responses.get', { id: saved.id });
    expect(missing.ok).toBe(false);
  });

  it('page, sort and filter in SQL by period, outlet, channel and link', async () => {
    const ws = await surveyWorkspace();
    const days = ['2026-01-15', '2026-02-10', '2026-02-20', '2026-03-01'];
    for (const [i, day] of days.entries()) {
      await ws.ok('surveys.responses.save', { fields: { ...base, respondedOn: day, outletId: i % 2 === 0 ? 1 : 2, csat: i + 1 } });
    }
    await ws.ok('surveys.responses.save', { fields: { ...base, ticketRef: 'CRM-1001', respondedOn: '2026-02-11' } });
    const feb = await ws.ok('surveys.responses.list', { filter: { period: '2026-02' }, sort: { column: 'respondedOn', dir: 'asc' } });
    expect(feb.total).toBe(3);
    expect(feb.rows.map((r) => r.respondedOn)).toEqual(['2026-02-10', '2026-02-11', '2026-02-20']);
    const page = await ws.ok('surveys.responses.list', { sort: { column: 'csat', dir: 'desc' }, offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.csat)).toEqual([4, 3]);
    expect((await ws.ok('surveys.responses.list', { filter: { outletId: 2 } })).total).toBe(2);
    expect((await ws.ok('surveys.responses.list', { filter: { link: 'ticket' } })).total).toBe(1);
    expect((await ws.ok('surveys.responses.list', { filter: { link: 'standalone', channel: 'phone' } })).total).toBe(4);
    const bad = await ws.dispatch('surveys.responses.list', { sort: { column: 'comment; DROP TABLE x', dir: 'asc' } });
    expect(bad.ok).toBe(false);
  });

  it('summarise NPS, CSAT share and CES per outlet, month and channel with their own denominators', async () => {
    const ws = await surveyWorkspace();
    const answers = [
      { outletId: 1, respondedOn: '2026-01-05', csat: 5, nps: 10, ces: 2 },
      { outletId: 1, respondedOn: '2026-01-06', csat: 4, nps: 9, ces: null },
      { outletId: 1, respondedOn: '2026-02-01', csat: 2, nps: 3, ces: 6 },
      { outletId: 2, respondedOn: '2026-02-02', csat: null, nps: 7, ces: null },
      { outletId: 2, respondedOn: '2026-02-03', csat: 3, nps: null, ces: null },
    ];
    for (const a of answers) await ws.ok('surveys.responses.save', { fields: { ...base, ...a } });
    const { total, groups } = await ws.ok('surveys.summary', { filter: { period: '2026' }, groupBy: 'outlet' });
    expect(total).toMatchObject({ responses: 5, csatN: 4, csatShare: 50, csatAvg: 3.5, npsN: 4, promoters: 2, passives: 1, detractors: 1, nps: 25, cesN: 2, cesAvg: 4 });
    // Outlets in Chinese collation order (杭 hang before 上 shang).
    expect(groups.map((g) => [g.label, g.responses, g.nps])).toEqual([
      ['杭州西湖网点', 2, 0],
      ['上海徐汇网点', 3, 33.3],
    ]);
    const months = await ws.ok('surveys.summary', { filter: { period: '2026-Q1', outletId: 1 }, groupBy: 'month' });
    expect(months.groups.map((g) => [g.key, g.csatShare])).toEqual([['2026-01', 100], ['2026-02', 0]]);
    const empty = await ws.ok('surveys.summary', { filter: { period: '2025' }, groupBy: 'channel' });
    expect(empty.total).toMatchObject({ responses: 0, nps: null, csatShare: null, csatAvg: null, cesAvg: null });
    expect(empty.groups).toEqual([]);
  });
});

describe('SERVQUAL questionnaires', () => {
  it('store 22 expectation/perception pairs and summarise gaps per item and dimension', async () => {
    const ws = await surveyWorkspace();
    // Questionnaire A: E 6 everywhere, P 4 on tangibles (items 1–4), 6 elsewhere.
    const a = await ws.ok('surveys.servqual.save', { fields: questionnaire(6, (i) => (i <= 4 ? 4 : 6), { respondent: '王女士' }) });
    expect(a.answers).toHaveLength(22);
    expect(a.gap).toBe(-0.4); // (−2 + 0 + 0 + 0 + 0) / 5
    // Questionnaire B at the other outlet: E 7, P 7.
    await ws.ok('surveys.servqual.save', { fields: questionnaire(7, () => 7, { outletId: 2, respondedOn: '2026-03-20' }) });
    const all = await ws.ok('surveys.servqual.summary', { filter: { period: '2026-03' } });
    expect(all.responses).toBe(2);
    expect(all.items[0]).toEqual({ item: 1, dimension: 'tangibles', n: 2, expectation: 6.5, perception: 5.5, gap: -1 });
    expect(all.dimensions.map((d) => d.gap)).toEqual([-1, 0, 0, 0, 0]);
    expect(all.overall).toBe(-0.2);
    const sh = await ws.ok('surveys.servqual.summary', { filter: { outletId: 1 } });
    expect(sh.dimensions[0]).toEqual({ dimension: 'tangibles', expectation: 6, perception: 4, gap: -2 });
    const list = await ws.ok('surveys.servqual.list', {});
    expect(list.map((q) => q.respondedOn)).toEqual(['2026-03-20', '2026-03-05']);
    const none = await ws.ok('surveys.servqual.summary', { filter: { period: '2025' } });
    expect(none).toMatchObject({ responses: 0, overall: null });
    expect(none.dimensions.every((d) => d.gap === null)).toBe(true);
  });

  it('refuse a partial or doubled questionnaire and scores outside 1–7', async () => {
    const ws = await surveyWorkspace();
    const full = questionnaire(5, () => 5);
    const cases = [
      { ...full, answers: full.answers.slice(1) },
      { ...full, answers: [...full.answers.slice(1), full.answers[2]!] },
      questionnaire(8, () => 5),
      questionnaire(5, () => 0),
    ];
    for (const fields of cases) expect((await ws.dispatch('surveys.servqual.save', { fields })).ok).toBe(false);
    const unknownOutlet = await ws.dispatch('surveys.servqual.save', { fields: { ...full, outletId: 99 } });
    expect(unknownOutlet.ok).toBe(false);
    expect(ws.db.prepare('SELECT count(*) FROM servqual_responses').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM servqual_scores').pluck().get()).toBe(0);
  });

  it('replace the answers on correction and remove them with the questionnaire', async () => {
    const ws = await surveyWorkspace();
    const q = await ws.ok('surveys.servqual.save', { fields: questionnaire(5, () => 5) });
    const corrected = await ws.ok('surveys.servqual.save', { id: q.id, fields: questionnaire(5, () => 6) });
    expect(corrected.gap).toBe(1);
    await ws.ok('surveys.servqual.delete', { id: q.id });
    expect(ws.db.prepare('SELECT count(*) FROM servqual_scores').pluck().get()).toBe(0);
    expect(ws.db.prepare("SELECT group_concat(action) FROM audit_log WHERE entity = 'servqual_response'").pluck().get()).toBe('create,update,delete');
    const coverage = await ws.ok('surveys.coverage', {});
    expect(coverage).toEqual({ responses: 0, servqual: 0, firstDay: null, lastDay: null });
  });
});
