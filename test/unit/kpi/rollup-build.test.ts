import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import type { Db } from '../../../electron/core/db/open.ts';
import type { JobControl } from '../../../electron/core/jobs/registry.ts';
import { SYNC_BUILD_LIMIT, updateRollup } from '../../../electron/core/kpi/rollup-build.ts';
import { refreshRollup, rollupPlan } from '../../../electron/core/kpi/rollup.ts';
import { deriveAll } from '../../../electron/core/tickets/derive.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { newSession } from '../helpers/session.ts';
import { at } from '../tickets/workspace.ts';
import { octoberWorkspace, TZ } from './fixture.ts';

const rollupRows = (db: Db) =>
  db.prepare('SELECT * FROM kpi_rollup ORDER BY dim, key, day, tier').raw(true).all();
const built = (db: Db) => db.prepare('SELECT built FROM kpi_rollup_state').pluck().get();

/** A job that records its progress and, when asked, is cancelled after `cancelAfter` checkpoints. */
function recordingJob(cancelAfter = Infinity) {
  const progress: [string, number, number][] = [];
  let checkpoints = 0;
  const job: JobControl = {
    jobId: 'test-rollup',
    checkpoint: () => {
      if (++checkpoints > cancelAfter) throw new QmFailure('CANCELLED', 'Cancelled by the user.');
    },
    progress: (phase, done, total) => progress.push([phase, done, total]),
  };
  return { job, progress };
}

describe('KPI rollup build as a job', () => {
  it('builds chunk by chunk with progress, to the same rows as the one-pass build', async () => {
    const ws = await octoberWorkspace();
    refreshRollup(ws.db, TZ);
    const onePass = rollupRows(ws.db);
    ws.db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
    const { job, progress } = recordingJob();
    expect(await updateRollup(ws.db, TZ, job, 2)).toMatchObject({ mode: 'full' });
    expect(rollupRows(ws.db)).toEqual(onePass);
    expect(rollupPlan(ws.db, TZ)).toEqual({ mode: 'none' });
    // six tickets in chunks of two: 0, 2, 4, 6 of 6
    expect(progress).toEqual([
      ['kpi', 0, 6],
      ['kpi', 2, 6],
      ['kpi', 4, 6],
      ['kpi', 6, 6],
    ]);
  });

  it('leaves the rollup as it was when cancelled between chunks', async () => {
    const ws = await octoberWorkspace();
    ws.db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
    const before = rollupRows(ws.db);
    const { job } = recordingJob(1);
    await expect(updateRollup(ws.db, TZ, job, 2)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(rollupRows(ws.db)).toEqual(before);
    expect(built(ws.db)).toBe(0);
    // and the next attempt builds it
    expect(await updateRollup(ws.db, TZ)).toMatchObject({ mode: 'full' });
    expect(built(ws.db)).toBe(1);
  });

  it('keeps changes written while the chunks were read for the next refresh', async () => {
    const ws = await octoberWorkspace();
    ws.db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
    let added = false;
    const job: JobControl = {
      jobId: 'test-rollup',
      checkpoint: () => {
        // an edit arriving between two chunks
        if (!added) ws.add({ createdAt: at('2026-10-12', '08:00') });
        added = true;
      },
      progress: () => undefined,
    };
    await updateRollup(ws.db, TZ, job, 2);
    expect(rollupPlan(ws.db, TZ)).toMatchObject({ mode: 'days' });
    refreshRollup(ws.db, TZ);
    const incremental = rollupRows(ws.db);
    ws.db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
    refreshRollup(ws.db, TZ);
    expect(incremental).toEqual(rollupRows(ws.db));
  });

  it('is brought up to date where tickets are written in bulk (import, SLA recompute)', async () => {
    const ws = await octoberWorkspace();
    refreshRollup(ws.db, TZ);
    ws.add({ createdAt: at('2026-10-14', '09:00') });
    expect(rollupPlan(ws.db, TZ)).toMatchObject({ mode: 'days' });
    await deriveAll(ws.db, 'tester', 'unmeasured');
    expect(rollupPlan(ws.db, TZ)).toEqual({ mode: 'none' });
  });

  it('ships with the demo; a large workspace without it refuses KPIs until the build job ran', async () => {
    const ctx = newSession();
    await generateDemoWorkspace(ctx.file, { tickets: SYNC_BUILD_LIMIT + 1_000, seed: 3, until: '2026-09' });
    expect((await ctx.dispatch('workspace.open', { path: ctx.file })).ok).toBe(true);
    const db = ctx.session.db();
    expect(rollupPlan(db, 'Asia/Shanghai')).toEqual({ mode: 'none' });
    const coverage = async () => {
      const r = await ctx.dispatch('kpi.coverage', {});
      if (!r.ok) throw new Error(r.error.message);
      return r.value.rollupReady;
    };
    expect(await coverage()).toBe(true);

    // as a workspace written before the rollup existed
    db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
    expect(await coverage()).toBe(false);
    for (const [method, input] of [
      ['kpi.compute', { period: '2026-09' }],
      ['kpi.series', { period: '2026-09', kpis: ['nps'] }],
      ['kpi.chart.slaTiers', { period: '2026-09' }],
    ] as const) {
      const refused = await ctx.dispatch(method, input);
      expect(refused.ok, method).toBe(false);
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'kpi_rollup' } });
    }

    const build = await ctx.dispatch('kpi.rollup.build', { jobId: 'rollup-1' });
    expect(build.ok && build.value.mode).toBe('full');
    expect(await coverage()).toBe(true);
    const tiles = await ctx.dispatch('kpi.compute', { period: '2026-09', kpis: ['tickets_total'] });
    expect(tiles.ok && tiles.value.kpis[0]?.value).toBeGreaterThan(0);
  }, 60_000);
});
