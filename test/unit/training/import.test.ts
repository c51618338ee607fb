import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { courseFields, trainingWorkspace } from './workspace.ts';

/** A session of the two-part course (理论 /100 pass 60, 实操 /50 pass 30) with team 1 (E001, E002, E004) enrolled. */
async function sheetWorkspace() {
  const ws = await trainingWorkspace();
  const course = await ws.ok('training.courses.save', { fields: courseFields() });
  const session = await ws.ok('training.sessions.save', {
    fields: { courseId: course.id, startOn: '2026-11-02', endOn: '2026-11-02', hours: 6, trainerId: 4, location: '上海培训室' },
  });
  await ws.ok('training.enrolment.add', { sessionId: session.id, teamId: 1 });
  const write = (name: string, lines: string[]): string => {
    const file = path.join(ws.dir, name);
    fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
    return file;
  };
  const scores = () => ws.db.prepare('SELECT staff_id, part_id, attempt, score FROM training_scores ORDER BY staff_id, part_id, attempt').raw().all();
  return { ...ws, course, session, write, scores };
}

describe('training score-sheet import', () => {
  it('writes attendance and scores, enrols staff missing from the roster, and issues certificates on a pass', async () => {
    const ws = await sheetWorkspace();
    const [theory, practice] = ws.course.parts.map((p) => p.id) as [number, number];
    const file = ws.write('scores.csv', ['工号,姓名,出勤,理论,实操', 'E001,李娜,是,88,45', 'E002,王强,否,,', ',张伟,1,59,40', 'E004,刘洋,出勤,"72,5",30']);
    const summary = await ws.ok('training.import.run', { jobId: 'training-import-1', sessionId: ws.session.id, path: file });
    expect(summary).toMatchObject({ total: 4, inserted: 4, rejected: 0, enrolled: 1, attempts: 6, errorReportPath: null, format: 'csv' });
    expect(ws.scores()).toEqual([
      [1, theory, 1, 88],
      [1, practice, 1, 45],
      [3, theory, 1, 59],
      [3, practice, 1, 40],
      [4, theory, 1, 72.5],
      [4, practice, 1, 30],
    ]);
    const detail = await ws.ok('training.sessions.get', { id: ws.session.id });
    const byNo = new Map(detail.trainees.map((t) => [t.employeeNo, t]));
    expect([...byNo.keys()].sort()).toEqual(['E001', 'E002', 'E003', 'E004']);
    expect(byNo.get('E002')).toMatchObject({ attended: false, outcome: 'pending' });
    // 张伟 was not on the roster: enrolled, scored (so attended) and failed on theory (59 < 60).
    expect(byNo.get('E003')).toMatchObject({ attended: true, outcome: 'fail', certificate: null });
    expect(byNo.get('E001')).toMatchObject({ attended: true, outcome: 'pass' });
    expect(byNo.get('E001')!.certificate).not.toBeNull();
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'training_import'").pluck().get()).toBe(1);

    // The same sheet again adds nothing; a changed score is a retake.
    const again = ws.write('retake.csv', ['工号,理论', 'E003,75']);
    expect(await ws.ok('training.import.run', { jobId: 'training-import-2', sessionId: ws.session.id, path: again })).toMatchObject({ attempts: 1, enrolled: 0 });
    expect(ws.scores()).toContainEqual([3, theory, 2, 75]);
    const after = await ws.ok('training.sessions.get', { id: ws.session.id });
    expect(after.trainees.find((t) => t.employeeNo === 'E003')).toMatchObject({ outcome: 'pass' });
  });

  it('writes nothing when any row is rejected, and words every bad cell', async () => {
    const ws = await sheetWorkspace();
    const file = ws.write('bad.csv', ['工号,出勤,理论,实操', 'E001,是,88,45', 'E999,是,70,40', 'E002,maybe,101,abc', 'E001,是,80,40', 'E004,否,70,', ',是,60,30']);
    const summary = await ws.ok('training.import.run', { jobId: 'training-import-3', sessionId: ws.session.id, path: file, language: 'en' });
    expect(summary).toMatchObject({ total: 6, inserted: 0, rejected: 5, attempts: 0, enrolled: 0 });
    expect(summary.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '工号', 'unknownReference'],
      [4, '出勤', 'notAllowed'],
      [4, '理论', 'tooBig'],
      [4, '实操', 'notNumber'],
      [5, '工号', 'duplicateInFile'],
      [6, '出勤', 'absentWithScores'],
      [7, '工号', 'required'],
    ]);
    expect(ws.scores()).toEqual([]);
    const report = fs.readFileSync(summary.errorReportPath!, 'utf8');
    expect(report).toContain('the same Trainee as row 2 of this file');
    expect(report).toContain('marked absent but has scores');
    const roster = await ws.ok('training.sessions.get', { id: ws.session.id });
    expect(roster.trainees.map((t) => t.attended)).toEqual([null, null, null]);
  });

  it('reads an XLSX sheet by name column alone; a dry run only checks', async () => {
    const ws = await sheetWorkspace();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('成绩');
    sheet.addRow(['学员', '理论', '实操']);
    sheet.addRow(['李娜', 90, 48]);
    sheet.addRow(['王强', 61, 31]);
    const file = path.join(ws.dir, 'scores.xlsx');
    await wb.xlsx.writeFile(file);
    const dry = await ws.ok('training.import.run', { jobId: 'training-import-4', sessionId: ws.session.id, path: file, dryRun: true });
    expect(dry).toMatchObject({ format: 'xlsx', total: 2, inserted: 0, rejected: 0, dryRun: true });
    expect(ws.scores()).toEqual([]);
    const real = await ws.ok('training.import.run', { jobId: 'training-import-5', sessionId: ws.session.id, path: file });
    expect(real).toMatchObject({ inserted: 2, attempts: 4 });
  });

  it('refuses a sheet without a trainee column or without anything to record, naming what is missing', async () => {
    const ws = await sheetWorkspace();
    const noTrainee = await ws.dispatch('training.import.run', { jobId: 'training-import-6', sessionId: ws.session.id, path: ws.write('a.csv', ['理论', '80']) });
    expect(noTrainee.ok ? null : noTrainee.error.details?.['missing']).toEqual(['工号 / 姓名 (employeeNo / name)']);
    const nothing = await ws.dispatch('training.import.run', { jobId: 'training-import-7', sessionId: ws.session.id, path: ws.write('b.csv', ['工号,备注', 'E001,ok']) });
    expect(nothing.ok ? null : nothing.error.details?.['missing']).toEqual(['出勤 (attended) / 理论 / 实操']);
    const gone = await ws.dispatch('training.import.run', { jobId: 'training-import-8', sessionId: 999, path: ws.write('c.csv', ['工号,理论', 'E001,80']) });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });
});
