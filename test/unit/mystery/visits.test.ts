import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canMove } from '../../../electron/core/mystery/visits.ts';
import { mysteryWorkspace, PERFECT, smallMystery, visitFields } from './workspace.ts';

describe('mystery-shop visits', () => {
  it('are scored on their questionnaire version like audits: N/A out, bonus capped, auto-fail zeroes the form', async () => {
    const { ok, q1, template } = await mysteryWorkspace();
    const save = (answers: Record<string, number | 'na'>) => ok('mystery.visits.save', { fields: visitFields(q1.id, 1, answers, '2026-02-01') });
    // clean N/A → environment = greeted only = 100; service: knows 4 → 0.75 + tea bonus 1 → capped at 100.
    expect((await save({ clean: 'na', greeted: 1, knows: 4, bonus_tea: 1 })).score).toBe(100);
    // knows 4 without tea: service 75 → (100 + 75) / 2.
    expect((await save({ clean: 1, greeted: 1, knows: 4, bonus_tea: 0 })).score).toBe(87.5);
    const failed = await save({ ...PERFECT, greeted: 0 });
    expect([failed.score, failed.autoFail, failed.result.failedItems]).toEqual([0, 'form', ['greeted', 'bonus_tea']]);
    expect(failed.templateId).toBe(template.id);
    // Editing the questionnaire now versions it; the visit keeps version 1 and its score.
    const edited = smallMystery();
    edited.sections[0]!.items[0]!.weight = 5;
    const v2 = await ok('audits.templates.save', { id: template.id, fields: edited });
    expect(v2.version).toBe(2);
    const again = await ok('mystery.visits.get', { id: failed.id });
    expect([again.templateVersion, again.score]).toEqual([1, 0]);
    expect((await save(PERFECT)).templateVersion).toBe(2);
  });

  it('check the place and the answers: outlet in the wave, day in the wave, values on the scale', async () => {
    const { reason, ok, q1, programme } = await mysteryWorkspace();
    await ok('mystery.waves.save', { id: q1.id, fields: { programmeId: programme.id, name: '2026 Q1', startsOn: '2026-01-01', endsOn: '2026-03-31', outletIds: [1, 2] } });
    expect(await reason('mystery.visits.save', { fields: visitFields(q1.id, 3, PERFECT, '2026-02-01') })).toBe('outlet_not_in_wave');
    expect(await reason('mystery.visits.save', { fields: visitFields(q1.id, 1, PERFECT, '2026-04-01') })).toBe('outside_wave');
    expect(await reason('mystery.visits.save', { fields: visitFields(q1.id, 1, { knows: 7 }, '2026-02-01') })).toBe('bad_answers');
    expect(await reason('mystery.visits.save', { fields: visitFields(q1.id, 1, { nothing: 1 }, '2026-02-01') })).toBe('bad_answers');
    const visit = await ok('mystery.visits.save', { fields: { ...visitFields(q1.id, 1, PERFECT, '2026-02-01'), visitTime: '23:45' } });
    // 23:45 in Shanghai is 15:45 UTC the same day; the local day is kept as entered.
    expect([visit.visitedAt, visit.visitDay, visit.visitTime]).toEqual([Date.UTC(2026, 1, 1, 15, 45), '2026-02-01', '23:45']);
    expect(await reason('mystery.waves.save', { id: q1.id, fields: { programmeId: programme.id, name: '2026 Q1', startsOn: '2026-01-01', endsOn: '2026-03-31', outletIds: [2] } })).toBe('outlet_visited');
  });

  it('go draft → reviewed → published; only a complete draft is reviewed, only a draft is edited, published is final', async () => {
    expect([canMove('draft', 'reviewed'), canMove('draft', 'published'), canMove('reviewed', 'draft'), canMove('published', 'draft')]).toEqual([true, false, true, false]);
    const { ok, reason, q1 } = await mysteryWorkspace();
    const draft = await ok('mystery.visits.save', { fields: visitFields(q1.id, 1, { clean: 1 }, '2026-02-01') });
    expect(draft.status).toBe('draft');
    expect(await reason('mystery.visits.move', { id: draft.id, to: 'reviewed' })).toBe('incomplete');
    expect(await reason('mystery.visits.move', { id: draft.id, to: 'published' })).toBe('bad_move');
    await ok('mystery.visits.save', { id: draft.id, fields: visitFields(q1.id, 1, PERFECT, '2026-02-01') });
    const reviewed = await ok('mystery.visits.move', { id: draft.id, to: 'reviewed' });
    expect([reviewed.status, reviewed.reviewedBy]).toEqual(['reviewed', 'tester']);
    expect(await reason('mystery.visits.save', { id: draft.id, fields: visitFields(q1.id, 1, PERFECT, '2026-02-02') })).toBe('not_draft');
    expect((await ok('mystery.visits.move', { id: draft.id, to: 'draft' })).reviewedBy).toBeNull();
    await ok('mystery.visits.move', { id: draft.id, to: 'reviewed' });
    expect((await ok('mystery.league', { waveId: q1.id })).rows[0]!.score).toBeNull();
    const published = await ok('mystery.visits.move', { id: draft.id, to: 'published' });
    expect(published.status).toBe('published');
    expect((await ok('mystery.league', { waveId: q1.id })).rows[0]).toMatchObject({ outletId: 1, score: 100, rank: 1 });
    expect(await reason('mystery.visits.move', { id: draft.id, to: 'draft' })).toBe('bad_move');
    expect((await ok('audit.list', { entity: 'mystery_visit' })).map((e) => e.action)).toEqual(['update', 'update', 'update', 'update', 'update', 'create']);
  });
});

describe('outlet appeals', () => {
  it('an upheld item appeal changes the answer and the score with the reason; the league follows', async () => {
    const { ok, reason, q1, publish } = await mysteryWorkspace();
    const visit = await publish(q1.id, 1, { ...PERFECT, knows: 3 }, '2026-02-01');
    expect(visit.score).toBe(75);
    const draft = await ok('mystery.visits.save', { fields: visitFields(q1.id, 2, PERFECT, '2026-02-01') });
    expect(await reason('mystery.appeals.raise', { visitId: draft.id, itemKey: null, reason: 'x', raisedBy: 'y' })).toBe('not_published');

    const raised = await ok('mystery.appeals.raise', { visitId: visit.id, itemKey: 'knows', reason: '店员已讲解全部功能，录音为证', raisedBy: '徐汇店长' });
    const appeal = raised.appealList[0]!;
    expect([appeal.status, appeal.itemKey, raised.openAppeals]).toEqual(['open', 'knows', 1]);
    expect(await reason('mystery.appeals.raise', { visitId: visit.id, itemKey: 'knows', reason: 'x', raisedBy: 'y' })).toBe('appeal_open');
    expect(await reason('mystery.appeals.decide', { id: appeal.id, outcome: 'upheld', answers: { clean: 0 }, decision: 'x' })).toBe('no_change');
    expect(await reason('mystery.appeals.decide', { id: appeal.id, outcome: 'upheld', answers: {}, decision: 'x' })).toBe('no_change');

    const decided = await ok('mystery.appeals.decide', { id: appeal.id, outcome: 'upheld', answers: { knows: 5 }, decision: '复核录音属实' });
    expect(decided.score).toBe(100);
    expect(decided.appealList[0]).toMatchObject({ status: 'upheld', changes: { knows: [3, 5] }, scoreBefore: 75, scoreAfter: 100, decision: '复核录音属实', decidedBy: 'tester' });
    expect((await ok('mystery.league', { waveId: q1.id })).rows[0]).toMatchObject({ outletId: 1, score: 100 });
    expect(await reason('mystery.appeals.decide', { id: appeal.id, outcome: 'rejected', decision: 'x' })).toBe('appeal_decided');
  });

  it('a whole-visit appeal may change several answers; a rejected one leaves the score', async () => {
    const { ok, q1, publish } = await mysteryWorkspace();
    const visit = await publish(q1.id, 1, { ...PERFECT, greeted: 0 }, '2026-02-01');
    expect(visit.score).toBe(0);
    const first = (await ok('mystery.appeals.raise', { visitId: visit.id, itemKey: null, reason: '访员到访时门店停电', raisedBy: '徐汇店长' })).appealList[0]!;
    const rejected = await ok('mystery.appeals.decide', { id: first.id, outcome: 'rejected', decision: '停电不影响问候' });
    expect([rejected.score, rejected.appealList[0]!.scoreAfter, rejected.appealList[0]!.changes]).toEqual([0, 0, {}]);
    const second = (await ok('mystery.appeals.raise', { visitId: visit.id, itemKey: null, reason: '监控显示有问候', raisedBy: '徐汇店长' })).appealList[1]!;
    const upheld = await ok('mystery.appeals.decide', { id: second.id, outcome: 'upheld', answers: { greeted: 1, clean: 'na' }, decision: '监控属实' });
    expect([upheld.score, upheld.autoFail, upheld.appeals, upheld.openAppeals]).toEqual([100, null, 2, 0]);
    expect(upheld.appealList[1]!.changes).toEqual({ greeted: [0, 1], clean: [1, 'na'] });
  });
});

describe('a visit’s evidence', () => {
  it('is a file attached to the visit and read back byte for byte', async () => {
    const { ok, q1, dir } = await mysteryWorkspace();
    const visit = await ok('mystery.visits.save', { fields: visitFields(q1.id, 1, PERFECT, '2026-02-01') });
    const receipt = path.join(dir, '小票 2026-02-01.png');
    const bytes = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    fs.writeFileSync(receipt, bytes);
    await ok('attachments.add', { owner: { kind: 'mystery_visit', id: visit.id }, path: receipt });
    const [listed] = await ok('attachments.list', { owner: { kind: 'mystery_visit', id: visit.id } });
    expect([listed?.fileName, listed?.size, listed?.previewable]).toEqual(['小票 2026-02-01.png', bytes.length, true]);
    const copy = path.join(dir, 'copy.png');
    await ok('attachments.saveCopy', { id: listed!.id, path: copy });
    expect(fs.readFileSync(copy)).toEqual(bytes);
  });
});
