import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mysteryWorkspace, PERFECT } from './workspace.ts';

const qm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { encoding: 'utf8' });

describe('qm mystery league', () => {
  it('prints the wave league as JSON and as text, with the change since the previous wave', async () => {
    const ws = await mysteryWorkspace();
    await ws.publish(ws.q1.id, 1, PERFECT, '2026-02-01');
    await ws.publish(ws.q1.id, 2, { ...PERFECT, knows: 3 }, '2026-02-01');
    await ws.publish(ws.q2.id, 2, PERFECT, '2026-05-01');
    await ws.publish(ws.q2.id, 1, { ...PERFECT, knows: 3 }, '2026-05-01');
    ws.session.close();
    const run = qm('mystery', 'league', '--workspace', ws.file, '--wave', String(ws.q2.id), '--json');
    expect(run.stderr).not.toMatch(/qm mystery:/);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { waveName: string; previousWaveName: string; rows: { outletId: number; rank: number | null; rankChange: number | null }[] };
    expect([out.waveName, out.previousWaveName]).toEqual(['2026 Q2', '2026 Q1']);
    expect(out.rows.map((r) => [r.outletId, r.rank, r.rankChange])).toEqual([[2, 1, 1], [1, 2, -1], [3, null, null], [4, null, null]]);
    const text = qm('mystery', 'league', '--workspace', ws.file, '--wave', String(ws.q2.id));
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      '2026 Q2 (vs 2026 Q1): 4 outlets',
      '    1  杭州西湖网点        100.00  visits 1  rank +1  score +25.00',
    ]);
    expect(qm('mystery', 'league', '--workspace', ws.file).status).toBe(2);
    expect(qm('mystery', 'table').status).toBe(2);
  });
});
