import { describe, expect, it } from 'vitest';
import { listCertificates } from '../../../electron/core/training/certificates.ts';
import { courseFields, trainingWorkspace } from './workspace.ts';

async function sessionWithTrainees() {
  const ws = await trainingWorkspace();
  const course = await ws.ok('training.courses.save', { fields: courseFields() });
  const session = await ws.ok('training.sessions.save', {
    fields: { courseId: course.id, startOn: '2026-11-02', endOn: '2026-11-02', hours: 6, trainerId: 4, location: '上海培训室' },
  });
  await ws.ok('training.enrolment.add', { sessionId: session.id, teamId: 1 });
  const [theory, practice] = course.parts as [(typeof course.parts)[0], (typeof course.parts)[0]];
  return { ...ws, course, session, theory, practice };
}

describe('courses and sessions', () => {
  it('keep part ids across saves and refuse removing a scored part', async () => {
    const { ok, dispatch, course, session, theory, practice } = await sessionWithTrainees();
    await ok('training.scores.save', { sessionId: session.id, rows: [{ trainee: 'E001', cells: { [theory.id]: '70' } }] });
    const renamed = await ok('training.courses.save', {
      id: course.id,
      fields: courseFields({ parts: [{ ...theory, name: '理论考试' }, practice] }),
    });
    expect(renamed.parts.map((p) => p.id)).toEqual([theory.id, practice.id]);
    const dropped = await dispatch('training.courses.save', { id: course.id, fields: courseFields({ parts: [practice] }) });
    expect(dropped.ok ? null : dropped.error.details?.['reason']).toBe('part_scored');
    const deleted = await dispatch('training.courses.delete', { id: course.id });
    expect(deleted.ok ? null : deleted.error.code).toBe('CONFLICT');
  });

  it('enrol a whole team, take attendance, and log every write', async () => {
    const { ok, session } = await sessionWithTrainees();
    const detail = await ok('training.attendance.set', { sessionId: session.id, attendance: [{ staffId: 1, attended: false }] });
    expect(detail.trainees.map((t) => [t.employeeNo, t.attended])).toEqual([
      ['E001', false],
      ['E002', null],
      ['E004', null],
    ]);
    const log = await ok('audit.list', { entity: 'training_enrolment' });
    expect(log.map((e) => e.action)).toEqual(['update', 'create', 'create', 'create']);
    expect(await ok('audit.list', { entity: 'training_session', entityId: String(session.id) })).toHaveLength(1);
  });
});

describe('scores, retakes and certificates', () => {
  it('keep every attempt, count the latest, and issue or withdraw the certificate to match', async () => {
    const { ok, db, session, theory, practice } = await sessionWithTrainees();
    const first = await ok('training.scores.save', {
      sessionId: session.id,
      rows: [{ trainee: 'E001', cells: { [theory.id]: '55', [practice.id]: '40' } }],
    });
    const lina = () => first.trainees.find((t) => t.employeeNo === 'E001')!;
    expect(lina().outcome).toBe('fail');
    expect(lina().attended).toBe(true);
    expect(lina().certificate).toBeNull();

    const retake = await ok('training.scores.save', {
      sessionId: session.id,
      rows: [{ trainee: 'E001', cells: { [theory.id]: '72', [practice.id]: '40' } }],
    });
    const after = retake.trainees.find((t) => t.employeeNo === 'E001')!;
    expect(after.attempts[String(theory.id)]!.map((a) => a.score)).toEqual([55, 72]);
    expect(after.attempts[String(practice.id)]!.map((a) => a.attempt)).toEqual([1]);
    expect(after.outcome).toBe('pass');
    expect(after.certificate).toEqual({ id: expect.any(Number), issuedOn: '2026-11-02', expiresOn: '2027-11-01' });

    const relapse = await ok('training.scores.save', {
      sessionId: session.id,
      rows: [{ trainee: 'E001', cells: { [theory.id]: '50' } }],
    });
    expect(relapse.trainees.find((t) => t.employeeNo === 'E001')!.certificate).toBeNull();
    const certLog = await ok('audit.list', { entity: 'training_certificate' });
    expect(certLog.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(listCertificates(db, {}, Date.UTC(2026, 10, 20))).toHaveLength(0);
  });

  it('save a sheet all or nothing, listing every bad cell and unknown trainee', async () => {
    const { ok, dispatch, db, session, theory, practice } = await sessionWithTrainees();
    const rows = [
      { trainee: 'E001', cells: { [theory.id]: '88', [practice.id]: '45' } },
      { trainee: 'E002', cells: { [theory.id]: '120', [practice.id]: 'abc' } },
      { trainee: 'E999', cells: { [theory.id]: '70', [practice.id]: '35' } },
      { trainee: '刘洋', cells: { [theory.id]: '90', [practice.id]: '' } },
    ];
    const refused = await dispatch('training.scores.save', { sessionId: session.id, rows });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.details?.['cells']).toEqual([
      { row: 1, trainee: 'E002', partId: theory.id, code: 'out_of_range' },
      { row: 1, trainee: 'E002', partId: practice.id, code: 'not_a_number' },
      { row: 2, trainee: 'E999', partId: null, code: 'unknown_trainee' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM training_scores').get()).toEqual({ n: 0 });
    expect(await ok('audit.list', { entity: 'training_result' })).toHaveLength(0);

    rows[1] = { trainee: 'E002', cells: { [theory.id]: '100', [practice.id]: '29.5' } };
    rows.splice(2, 1);
    const saved = await ok('training.scores.save', { sessionId: session.id, rows });
    expect(saved.trainees.map((t) => [t.employeeNo, t.outcome])).toEqual([
      ['E001', 'pass'],
      ['E002', 'fail'],
      ['E004', 'pending'],
    ]);
    expect(saved.passed).toBe(1);
    expect(saved.failed).toBe(1);
  });

  it('report certificate status by the workspace day and the configurable window', async () => {
    const { ok, db, session, theory, practice } = await sessionWithTrainees();
    await ok('training.scores.save', { sessionId: session.id, rows: [{ trainee: 'E001', cells: { [theory.id]: '90', [practice.id]: '45' } }] });
    // Last valid day 2027-11-01 in Shanghai (UTC+8).
    const at = (iso: string) => listCertificates(db, {}, Date.parse(iso))[0]!.status;
    expect(at('2027-10-01T15:59:00Z')).toBe('valid');
    expect(at('2027-10-01T16:00:00Z')).toBe('expiring');
    expect(at('2027-11-01T15:59:00Z')).toBe('expiring');
    expect(at('2027-11-01T16:00:00Z')).toBe('expired');
    await ok('training.settings.save', { patch: { expiringDays: 60 } });
    expect(at('2027-09-02T16:00:00Z')).toBe('expiring');
  });
});
