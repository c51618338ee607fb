import crypto from 'node:crypto';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { EventPayload, MethodInput, MethodName, MethodOutput } from '../../shared/api.ts';
import type { Session } from '../core/session.ts';
import { CliError } from './cli-error.ts';

export interface CliContext {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  session: Session;
  out(line: string): void;
}

type Command = (args: string[], ctx: CliContext) => Promise<void>;

export const USAGE = `qm — service-quality console, headless

Usage:
  qm demo --workspace FILE [--tickets N] [--seed S] [--until YYYY-MM] [--force]
      Generate a demo workspace (default 100000 tickets over the 12 months up to --until).
  qm info --workspace FILE [--json]
      Schema version, size, integrity check and row counts per table.
  qm help
`;

function options<T extends ParseArgsOptionsConfig>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${USAGE}`, 2);
  }
}

function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`--${flag} is required\n\n${USAGE}`, 2);
  return value;
}

function integer(value: string | boolean | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n)) throw new CliError(`--${flag} must be a whole number`, 2);
  return n;
}

/** Prints progress on stderr (once per 10%) and turns Ctrl+C into a cancel of the running job. */
function followJob(ctx: CliContext, jobId: string): () => void {
  let lastDecile = -1;
  const off = ctx.session.on((event, payload) => {
    if (event !== 'job.progress') return;
    const p = payload as EventPayload<'job.progress'>;
    if (p.jobId !== jobId || p.total <= 0) return;
    const decile = Math.floor((p.done / p.total) * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      process.stderr.write(`  ${p.phase}: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')}\n`);
    }
  });
  const onSigint = (): void => {
    process.stderr.write('  cancelling…\n');
    void ctx.call('jobs.cancel', { jobId });
  };
  process.on('SIGINT', onSigint);
  return () => {
    off();
    process.off('SIGINT', onSigint);
  };
}

const demo: Command = async (args, ctx) => {
  const v = options(args, {
    workspace: { type: 'string' },
    tickets: { type: 'string' },
    seed: { type: 'string' },
    until: { type: 'string' },
    force: { type: 'boolean' },
  });
  const jobId = `cli-${crypto.randomUUID()}`;
  const stop = followJob(ctx, jobId);
  try {
    const tickets = integer(v.tickets, 'tickets');
    const seed = integer(v.seed, 'seed');
    const result = await ctx.call('demo.generate', {
      jobId,
      path: required(v.workspace, 'workspace'),
      ...(tickets === undefined ? {} : { tickets }),
      ...(seed === undefined ? {} : { seed }),
      ...(typeof v.until === 'string' ? { until: v.until } : {}),
      replace: v.force === true,
    });
    ctx.out(`Demo workspace written: ${result.path}`);
    for (const [table, rows] of Object.entries(result.counts)) ctx.out(`  ${table.padEnd(16)} ${rows}`);
    ctx.out(`  in ${result.seconds.toFixed(1)} s`);
  } finally {
    stop();
  }
};

const info: Command = async (args, ctx) => {
  const v = options(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const result = await ctx.call('workspace.info', {});
  if (v.json) {
    ctx.out(JSON.stringify(result, null, 2));
    return;
  }
  ctx.out(`Workspace:      ${result.path}`);
  ctx.out(`Schema version: ${result.schemaVersion}`);
  ctx.out(`Size:           ${(result.sizeBytes / 1024 / 1024).toFixed(1)} MiB`);
  ctx.out(`Integrity:      ${result.integrity}`);
  ctx.out('Rows:');
  for (const t of result.tables) ctx.out(`  ${t.table.padEnd(16)} ${t.rows}`);
};

export const COMMANDS: Record<string, Command> = { demo, info };
