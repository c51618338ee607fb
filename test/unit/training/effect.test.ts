import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meanSample, welchTTest } from '../../../shared/domain/effect-stats.ts';
import { courseFields, trainingWorkspace } from './workspace.ts';

/** Noon in Shanghai (the workspace's default zone) of a local day. */
const noon = (date: string) => Date.parse(`${date}T04:00:00Z`);

/**
 * A one-day session on 2026-06-01 for E001 and E002 (attended) and E005 (absent). Before it (March–May) the two
 * trainees' tickets are rated 3 or 4 and answered in 20–40 minutes; after it (2–31 June onwards) 4 or 5 and
 * 10–20 minutes. E005's tickets, and the trainees' tickets outside the windows, must not count.
 */
async function effectWorkspace(perWindow: number) {
  const ws = await trainingWorkspace();
  const course = await ws.ok('training.courses.save', { fields: courseFields() });
  const session = await ws.ok('training.sessions.save', {
    fields: { courseId: course.id, startOn: '2026-06-01', endOn: '2026-06-01', hours: 6, trainerId: 4, location: '' },
  });
  await ws.ok('training.enrolment.add', { sessionId: session.id, staffIds: [1, 2, 5] });
  await ws.ok('training.attendance.set', {
    sessionId: session.id,
    attendance: [{ staffId: 1, attended: true }, { staffId: 2, attended: true }, { staffId: 5, attended: false }],
  });
  const insert = ws.db.prepare(
    `INSERT INTO tickets (channel, type, tier, assignee_id, subject, status, created_at, first_response_at, fcr, csat, updated_at)
     VALUES ('phone', @type, 3, @assignee, '测试工单', 'closed', @created, @created + @frMin * 60000, @fcr, @csat, @created)`,
  );
  const beforeCsat: number[] = [];
  const afterCsat: number[] = [];
  ws.db.transaction(() => {
    for (let i = 0; i < perWindow; i++) {
      const assignee = 1 + (i % 2);
      const type = i % 4 === 0 ? 'complaint' : 'repair';
      const csatBefore = 3 + (i % 2);
      const csatAfter = 4 + (i % 3 === 0 ? 0 : 1);
      beforeCsat.push(csatBefore);
      afterCsat.push(csatAfter);
      insert.run({ type, assignee, created: noon('2026-03-05') + i * 3_600_000, frMin: 20 + (i % 21), fcr: i % 3 === 0 ? 0 : 1, csat: csatBefore });
      insert.run({ type, assignee, created: noon('2026-06-02') + i * 3_600_000, frMin: 10 + (i % 11), fcr: i % 5 === 0 ? 0 : 1, csat: csatAfter });
    }
    // Outside the windows or by someone who was absent: ignored.
    insert.run({ type: 'repair', assignee: 1, created: noon('2026-02-27'), frMin: 500, fcr: 0, csat: 1 });
    insert.run({ type: 'repair', assignee: 1, created: noon('2026-06-01'), frMin: 500, fcr: 0, csat: 1 });
    insert.run({ type: 'repair', assignee: 1, created: noon('2026-09-02'), frMin: 500, fcr: 0, csat: 1 });
    insert.run({ type: 'repair', assignee: 5, created: noon('2026-04-01'), frMin: 500, fcr: 0, csat: 1 });
  })();
  return { ...ws, course, session, beforeCsat, afterCsat };
}

const sampleOf = (xs: number[]) =>
  meanSample(xs.length, xs.reduce((a, b) => a + b, 0), xs.reduce((a, b) => a + b * b, 0));

describe('training effect', () => {
  it("compares the attended trainees' own tickets in the months before and after the session", async () => {
    const { ok, session, beforeCsat, afterCsat } = await effectWorkspace(60);
    const effect = await ok('training.effect', { sessionId: session.id, months: 3 });
    expect(effect.trainees).toBe(2);
    expect(effect.before).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(effect.after).toEqual({ from: '2026-06-02', to: '2026-09-01' });
    const csat = effect.metrics.find((m) => m.id === 'csat')!;
    expect([csat.before.n, csat.after.n, csat.before.tickets]).toEqual([60, 60, 60]);
    const expected = welchTTest(sampleOf(beforeCsat), sampleOf(afterCsat))!;
    expect(csat.diff).toBeCloseTo(expected.diff, 10);
    expect(csat.p).toBeCloseTo(expected.p, 10);
    expect(csat.ciLow).toBeCloseTo(expected.ciLow, 10);
    expect(csat.verdict).toBe('improved');
    const response = effect.metrics.find((m) => m.id === 'first_response')!;
    expect(response.before.value).toBeCloseTo(30, 0);
    expect(response.verdict).toBe('improved');
    const fcr = effect.metrics.find((m) => m.id === 'fcr')!;
    expect(fcr.before.value).toBeCloseTo(40 / 60, 10);
    expect(fcr.after.value).toBeCloseTo(48 / 60, 10);
    // Fifteen complaints a window and not one repeat: no rate to test.
    const repeats = effect.metrics.find((m) => m.id === 'repeat_complaints')!;
    expect([repeats.before.n, repeats.before.value, repeats.verdict]).toEqual([15, 0, 'not_enough_data']);
  });

  it('says "not enough data" for small samples, and widens the windows on request', async () => {
    const { ok, session, course } = await effectWorkspace(20);
    const small = await ok('training.effect', { sessionId: session.id, months: 3 });
    expect(small.metrics.map((m) => m.verdict)).toEqual(['not_enough_data', 'not_enough_data', 'not_enough_data', 'not_enough_data']);
    expect(small.metrics[0]!.diff).not.toBeNull();
    const wide = await ok('training.effect', { courseId: course.id, months: 6 });
    expect(wide.scope).toMatchObject({ kind: 'course', id: course.id });
    expect(wide.before).toEqual({ from: '2025-12-01', to: '2026-05-31' });
    // The earlier stray ticket (27 Feb) now falls inside the before-window.
    expect(wide.metrics[0]!.before.n).toBe(21);
  });

  it('refuses a missing session, both scopes at once and windows outside 3–6 months', async () => {
    const { dispatch, session, course } = await effectWorkspace(1);
    const missing = await dispatch('training.effect', { sessionId: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    for (const input of [{ sessionId: session.id, courseId: course.id }, {}, { sessionId: session.id, months: 7 }, { sessionId: session.id, months: 2 }]) {
      const refused = await dispatch('training.effect', input as never);
      expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    }
  });
});

const qm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { encoding: 'utf8' });

// Each qm run compiles the CLI through tsx: tens of seconds on a loaded two-core machine.
const CLI_TIMEOUT = 150_000;

describe('qm training', () => {
  it('prints the effect as JSON from the same core, and as a table', async () => {
    const { ok, session, file, course } = await effectWorkspace(60);
    const expected = await ok('training.effect', { sessionId: session.id, months: 4 });
    await ok('workspace.close', {});
    const effect = qm('training', 'effect', '--workspace', file, '--session', String(session.id), '--months', '4', '--json');
    expect(effect.stderr).not.toMatch(/qm training:/);
    expect(effect.status).toBe(0);
    expect(JSON.parse(effect.stdout)).toEqual(expected);
    const text = qm('training', 'effect', '--workspace', file, '--course', String(course.id));
    expect(text.stdout).toMatch(/csat +3\.50 \(n=60\) +→ +4\.67 \(n=60\).*improved/);
  }, CLI_TIMEOUT);

  it('prints the matrix as JSON, filtered by role, and refuses an effect without a scope', async () => {
    const { ok, file, course } = await effectWorkspace(1);
    await ok('training.settings.save', { patch: { requirements: [{ role: 'agent', courseId: course.id }] } });
    await ok('workspace.close', {});
    const matrix = qm('training', 'matrix', '--workspace', file, '--role', 'agent', '--json');
    expect(matrix.status).toBe(0);
    const rows = (JSON.parse(matrix.stdout) as { rows: { employeeNo: string; cells: Record<string, { state: string }> }[] }).rows;
    expect(rows.map((r) => [r.employeeNo, r.cells[String(course.id)]?.state])).toEqual([
      ['E001', 'not_trained'],
      ['E002', 'not_trained'],
      ['E005', 'not_trained'],
    ]);
    expect(qm('training', 'effect', '--workspace', file).status).toBe(2);
  }, CLI_TIMEOUT);
});
