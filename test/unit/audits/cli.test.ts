import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditsWorkspace } from './workspace.ts';

const qm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { encoding: 'utf8' });

describe('qm audits sample', () => {
  it('draws and prints the month sample; the printed seed reproduces the list on the same records', async () => {
    const lists: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const { session, file } = await auditsWorkspace();
      session.close();
      const run = qm('audits', 'sample', '--workspace', file, '--month', '2026-11', '--per-agent', '2', '--seed', '11', '--json');
      expect(run.stderr).not.toMatch(/qm audits:/);
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as { sample: { drawn: number; seed: number }; template: { code: string }; audits: { ticket: string }[] };
      expect([out.sample.drawn, out.sample.seed, out.template.code]).toEqual([6, 11, 'QA-CALL']);
      lists.push(out.audits.map((a) => a.ticket));
      const text = qm('audits', 'sample', '--workspace', file, '--month', '2026-11', '--percent', '10');
      expect(text.stdout).toMatch(/^Sample #2 for 2026-11 on QA-CALL v1: 6 records, 3 agents, seed \d+/);
    }
    expect(lists[0]).toEqual(lists[1]);
    expect(qm('audits', 'pick').status).toBe(2);
  });
});
