import { spawn } from 'node:child_process';
import path from 'node:path';

export interface KillOutcome {
  /** The progress line on stderr after which the process was killed, or 'timer' / 'exited'. */
  at: string;
  /** Whether the child was really killed by SIGKILL (false: it finished first). */
  killed: boolean;
}

/**
 * Run `qm` in a child process and SIGKILL it as soon as `when` accepts a line of its progress output on stderr (or
 * after `afterMs`, whichever comes first). No chance to clean up: exactly what a crash or power loss leaves behind.
 */
export function runQmAndKill(args: string[], when: (line: string, seen: string[]) => boolean, afterMs = 120_000): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const seen: string[] = [];
    let at = 'exited';
    let buffer = '';
    const kill = (reason: string) => {
      if (child.exitCode !== null || child.signalCode !== null || at !== 'exited') return;
      at = reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill('timer'), afterMs);
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.trim();
        if (!line) continue;
        seen.push(line);
        if (when(line, seen)) kill(line);
      }
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ at, killed: signal === 'SIGKILL' });
    });
  });
}

/** 'read: 1,234 / 5,678' → phase and fraction done. */
export function progress(line: string): { phase: string; fraction: number } | null {
  const m = /^([a-z]+): ([\d,]+) \/ ([\d,]+)$/.exec(line);
  if (!m) return null;
  const done = Number(m[2]!.replaceAll(',', ''));
  const total = Number(m[3]!.replaceAll(',', ''));
  return { phase: m[1]!, fraction: total > 0 ? done / total : 0 };
}
