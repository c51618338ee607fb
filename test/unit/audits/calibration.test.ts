import { describe, expect, it } from 'vitest';
import { calibrationFigures, fleissKappa, leniencyFlag } from '../../../shared/domain/calibration.ts';
import { createCalibration, revealCalibration, saveCalibrationEntry } from '../../../electron/core/audits/calibration.ts';
import { auditsWorkspace, smallTemplate } from './workspace.ts';

/*
 * The small template: attitude (weight 1) = greeting (yes/no), no_rudeness (yes/no, critical for the form);
 * skill (weight 1) = diagnosis (1–5), advice (yes/no, bonus).
 */
const A = { greeting: 1, no_rudeness: 1, diagnosis: 5, advice: 0 } as const;
const B = { greeting: 0, no_rudeness: 1, diagnosis: 4, advice: 0 } as const;
const C = { greeting: 1, no_rudeness: 1, diagnosis: 3, advice: 'na' } as const;

describe('calibration figures, by hand', () => {
  it('gives each auditor a deviation from the mean score and each item the share giving the modal answer', () => {
    const sections = smallTemplate().sections;
    const f = calibrationFigures(sections, [
      { auditor: '甲', answers: { ...A } },
      { auditor: '乙', answers: { ...B } },
      { auditor: '丙', answers: { ...C } },
    ]);
    // 甲: attitude (1+1)/2 = 100, skill (1·1 + bonus 0)/1 = 100 → 100.
    // 乙: attitude (0+1)/2 = 50, skill (4−1)/4 = 0.75 → 75 → (50+75)/2 = 62.5.
    // 丙: attitude 100, skill (3−1)/4 = 0.5 → 50 (bonus N/A) → 75.
    // Consensus = (100 + 62.5 + 75) / 3 = 79.1667 → 79.17; deviations 20.83, −16.67, −4.17.
    expect(f.consensusScore).toBe(79.17);
    expect(f.auditors.map((a) => [a.auditor, a.score, a.deviation])).toEqual([
      ['甲', 100, 20.83],
      ['乙', 62.5, -16.67],
      ['丙', 75, -4.17],
    ]);
    // greeting 1,0,1 → "1", 2/3; no_rudeness 1,1,1 → "1", 3/3; diagnosis 5,4,3 → split, 1/3; advice 0,0,na → "0", 2/3.
    // Lowest agreement first; ties keep template order (greeting before advice).
    expect(f.items.map((i) => [i.key, i.consensus, i.agreement])).toEqual([
      ['diagnosis', null, 0.3333],
      ['greeting', '1', 0.6667],
      ['advice', '0', 0.6667],
      ['no_rudeness', '1', 1],
    ]);
    expect(f.items[2]!.answers).toEqual({ 甲: '0', 乙: '0', 丙: 'na' });
    // Mean agreement (0.3333 + 0.6667 + 0.6667 + 1) / 4 = 0.666675 → 0.6667.
    expect(f.meanAgreement).toBe(0.6667);
    // Consensus answers on greeting, no_rudeness, advice: 甲 matches all 3, 乙 misses greeting, 丙 misses advice.
    expect(f.auditors.map((a) => [a.matches, a.comparable])).toEqual([[3, 3], [2, 3], [2, 3]]);
    // Fleiss' kappa over pass/fail/N-A, n = 3 raters, N = 4 items:
    //   greeting pass 2 fail 1; no_rudeness pass 3; diagnosis 5,4,3 → ratios 1, .75, .5 → pass 3; advice fail 2 na 1.
    //   P_i = (Σ n² − 3)/6 → 2/6, 1, 1, 2/6; P̄ = 2/3.
    //   p = pass 8/12, fail 3/12, na 1/12; P̄e = (64 + 9 + 1)/144 = 74/144.
    //   κ = (96/144 − 74/144) / (70/144) = 22/70 = 0.3143.
    expect(f.kappa).toBe(0.3143);
  });

  it('leaves kappa undefined when every answer falls in one category, and unanimity is agreement 1', () => {
    const sections = smallTemplate().sections;
    const same = [{ answers: { ...A, advice: 1 } }, { answers: { ...A, advice: 1 } }];
    expect(fleissKappa(sections, same)).toBeNull();
    const f = calibrationFigures(sections, same.map((e, i) => ({ auditor: `a${i}`, ...e })));
    expect(f.items.every((i) => i.agreement === 1)).toBe(true);
    expect(f.auditors.map((a) => a.deviation)).toEqual([0, 0]);
  });

  it('flags lenient and strict only past ±5 points over at least 5 audits', () => {
    expect([leniencyFlag(5, 5), leniencyFlag(-5, 5), leniencyFlag(4.99, 50), leniencyFlag(20, 4)]).toEqual(['lenient', 'strict', 'none', 'none']);
  });
});

async function session() {
  const ws = await auditsWorkspace();
  const template = await ws.ok('audits.templates.save', { fields: smallTemplate() });
  const created = await ws.ok('audits.calibration.create', { title: '十一月校准', templateId: template.id, ticketRef: 'T1-3', auditors: ['甲', '乙', '丙'] });
  return { ...ws, template, created };
}

describe('a calibration session', () => {
  it('keeps each auditor blind: an entry carries only its own answers, and results are refused until the reveal', async () => {
    const { ok, dispatch, created } = await session();
    expect(created.auditors).toEqual([{ name: '甲', submitted: false }, { name: '乙', submitted: false }, { name: '丙', submitted: false }]);
    expect(created.subject).toBe('工单 1-3');
    await ok('audits.calibration.saveEntry', { sessionId: created.id, auditor: '甲', answers: { ...A }, submit: true });
    const other = await ok('audits.calibration.entry', { sessionId: created.id, auditor: '乙' });
    expect(other.answers).toEqual({});
    expect(other.session.auditors.find((a) => a.name === '甲')).toEqual({ name: '甲', submitted: true });
    // Nothing in 乙's view holds 甲's answers or score.
    expect(Object.keys(other).sort()).toEqual(['answers', 'auditor', 'channel', 'description', 'resolution', 'result', 'session', 'submittedAt', 'template', 'updatedAt']);
    expect(JSON.stringify(other.session)).not.toMatch(/"answers"|"score"|"greeting"/);
    const blind = await dispatch('audits.calibration.results', { id: created.id });
    expect(blind.ok ? null : [blind.error.code, blind.error.details?.['reason']]).toEqual(['CONFLICT', 'calibration_blind']);
    const early = await dispatch('audits.calibration.reveal', { id: created.id });
    expect(early.ok ? null : early.error.details?.['reason']).toBe('calibration_too_few');
    const stranger = await dispatch('audits.calibration.entry', { sessionId: created.id, auditor: '丁' });
    expect(stranger.ok ? null : stranger.error.details?.['reason']).toBe('calibration_not_auditor');
    // The audit log, readable by everyone, records progress only while the session is blind.
    const log = await ok('audit.list', { entity: 'calibration_entry' });
    expect(log.map((e) => e.after)).toEqual([{ auditor: '甲', answered: 4, submittedAt: expect.any(Number) as number }]);
    expect(JSON.stringify(log)).not.toMatch(/"greeting"|"score"/);
  });

  it('reveals deviation and agreement over the submitted entries, then refuses changes; agent scores stay untouched', async () => {
    const { ok, dispatch, created, template } = await session();
    const agentsBefore = await ok('audits.report.agents', { from: '2026-01', to: '2026-12' });
    await ok('audits.calibration.saveEntry', { sessionId: created.id, auditor: '甲', answers: { ...A }, submit: true });
    await ok('audits.calibration.saveEntry', { sessionId: created.id, auditor: '乙', answers: { ...B }, submit: true });
    // 丙 only saves a draft: left out of the results.
    await ok('audits.calibration.saveEntry', { sessionId: created.id, auditor: '丙', answers: { greeting: 1 }, submit: false });
    const results = await ok('audits.calibration.reveal', { id: created.id });
    // (100 + 62.5) / 2 = 81.25; deviations +18.75 and −18.75.
    expect([results.consensusScore, ...results.auditors.map((a) => a.deviation)]).toEqual([81.25, 18.75, -18.75]);
    expect(results.session.status).toBe('revealed');
    expect(results.items[0]!.agreement).toBe(0.5);
    const revealLog = (await ok('audit.list', { entity: 'calibration_session' }))[0]!;
    expect((revealLog.after as { entries: { auditor: string; score: number }[] }).entries.map((e) => [e.auditor, e.score])).toEqual([['甲', 100], ['乙', 62.5]]);
    const late = await dispatch('audits.calibration.saveEntry', { sessionId: created.id, auditor: '丙', answers: { ...C }, submit: true });
    expect(late.ok ? null : late.error.details?.['reason']).toBe('calibration_revealed');
    expect(await ok('audits.report.agents', { from: '2026-01', to: '2026-12' })).toEqual(agentsBefore);
    expect(await ok('audits.report.items', { templateId: template.id, from: '2026-01', to: '2026-12' })).toEqual([]);
    expect(await ok('audits.list', {})).toEqual([]);
    expect((await ok('audits.calibration.list', {})).map((s) => s.id)).toEqual([created.id]);
  });

  it('refuses an unknown record, a repeated auditor and a single auditor', async () => {
    const { dispatch, template } = await session();
    const none = await dispatch('audits.calibration.create', { title: 't', templateId: template.id, ticketRef: 'NOPE', auditors: ['甲', '乙'] });
    expect(none.ok ? null : none.error.details?.['reason']).toBe('calibration_no_ticket');
    const twice = await dispatch('audits.calibration.create', { title: 't', templateId: template.id, ticketRef: '#1', auditors: ['甲', '甲'] });
    expect(twice.ok ? null : twice.error.code).toBe('INVALID_INPUT');
    const one = await dispatch('audits.calibration.create', { title: 't', templateId: template.id, ticketRef: '1', auditors: ['甲'] });
    expect(one.ok ? null : one.error.code).toBe('INVALID_INPUT');
  });
});

describe('auditor workload and leniency', () => {
  it('compares each auditor with all auditors on the same template and month, with the calibration deviation beside it', async () => {
    const ws = await auditsWorkspace();
    const template = await ws.ok('audits.templates.save', { fields: smallTemplate() });
    const sample = await ws.ok('audits.samples.draw', { month: '2026-11', templateId: template.id, perAgent: 4, stratify: 'none', seed: 3 });
    const audits = await ws.ok('audits.list', { sampleId: sample.id });
    expect(audits).toHaveLength(12);
    const full = { greeting: 1, no_rudeness: 1, diagnosis: 5, advice: 1 };
    const half = { greeting: 0, no_rudeness: 1, diagnosis: 3, advice: 0 };
    // X: 5 audits at 100; Y: 5 at (50 + 50)/2 = 50; Z: 2 at 100.
    const plan = [...Array<string>(5).fill('X'), ...Array<string>(5).fill('Y'), 'Z', 'Z'];
    for (const [i, a] of audits.entries()) {
      await ws.ok('audits.save', { id: a.id, answers: plan[i] === 'Y' ? half : full, findings: {}, submit: true });
      ws.db.prepare('UPDATE audits SET auditor = ? WHERE id = ?').run(plan[i], a.id);
    }
    // A revealed calibration in November: X 100, Y 62.5 (B's answers) → mean 81.25, X +18.75, Y −18.75.
    const november = Date.UTC(2026, 10, 10);
    const s = createCalibration(ws.db, 'tester', { title: 'c', templateId: template.id, ticketRef: 'T2-1', auditors: ['X', 'Y'] }, november);
    saveCalibrationEntry(ws.db, 'X', { sessionId: s.id, auditor: 'X', answers: { ...A }, submit: true }, november);
    saveCalibrationEntry(ws.db, 'Y', { sessionId: s.id, auditor: 'Y', answers: { ...B }, submit: true }, november);
    revealCalibration(ws.db, 'tester', s.id, november);

    const rows = await ws.ok('audits.report.auditors', { from: '2026-11', to: '2026-11' });
    // All auditors on QA-T in 2026-11: (5·100 + 5·50 + 2·100) / 12 = 950/12 = 79.1667.
    // X: 100 − 79.1667 = +20.83 → lenient; Y: 50 − 79.1667 = −29.17 → strict; Z: +20.83 but only 2 audits → none.
    expect(rows.map((r) => [r.auditor, r.audits, r.average, r.comparable, r.difference, r.calibration, r.flag])).toEqual([
      ['X', 5, 100, 79.17, 20.83, 18.75, 'lenient'],
      ['Y', 5, 50, 79.17, -29.17, -18.75, 'strict'],
      ['Z', 2, 100, 79.17, 20.83, null, 'none'],
    ]);
  });
});
