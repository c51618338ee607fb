import { parseArgs } from 'node:util';
import type { EffectMetric } from '../../shared/schemas/training-effect.ts';
import { CliError } from './cli-error.ts';
import type { CliContext } from './commands.ts';

export const TRAINING_USAGE = `  qm training matrix --workspace FILE [--outlet ID] [--team ID] [--role ROLE] [--json]
      Competency matrix: active staff × the courses their role requires → not_trained, valid, expiring, expired.
  qm training effect --workspace FILE (--session ID | --course ID) [--months 3-6] [--json]
      The trainees' own CSAT, first response, first-contact resolution and repeat complaints in the months before
      vs after the training, with sample sizes, difference, 95 % interval and significance.
`;

function flags(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        workspace: { type: 'string' },
        session: { type: 'string' },
        course: { type: 'string' },
        months: { type: 'string' },
        outlet: { type: 'string' },
        team: { type: 'string' },
        role: { type: 'string' },
        json: { type: 'boolean' },
      },
    }).values;
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${TRAINING_USAGE}`, 2);
  }
}

/** A whole-number flag; the contract checks its range. */
function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`--${flag} must be a whole number`, 2);
  return n;
}

async function open(ctx: CliContext, workspace: string | undefined): Promise<void> {
  if (!workspace) throw new CliError(`--workspace is required\n\n${TRAINING_USAGE}`, 2);
  await ctx.call('workspace.open', { path: workspace });
}

async function matrix(args: string[], ctx: CliContext): Promise<void> {
  const v = flags(args);
  await open(ctx, v.workspace);
  const outletId = whole(v.outlet, 'outlet');
  const teamId = whole(v.team, 'team');
  const m = await ctx.call('training.matrix', {
    ...(outletId === undefined ? {} : { outletId }),
    ...(teamId === undefined ? {} : { teamId }),
    ...(v.role === undefined ? {} : { role: v.role as 'agent' }),
    limit: 10_000,
  });
  if (v.json) {
    ctx.out(JSON.stringify(m, null, 2));
    return;
  }
  ctx.out(`${m.rows.length} staff × ${m.courses.length} required courses`);
  for (const course of m.courses) {
    const counts = { not_trained: 0, valid: 0, expiring: 0, expired: 0 };
    for (const row of m.rows) {
      const cell = row.cells[String(course.id)];
      if (cell) counts[cell.state]++;
    }
    const line = Object.entries(counts).map(([state, n]) => `${state} ${n}`).join('  ');
    ctx.out(`  ${`${course.code} ${course.name}`.padEnd(28)} ${line}`);
  }
}

const figure = (m: EffectMetric, v: number | null): string =>
  v === null ? '—' : m.kind === 'rate' ? `${(v * 100).toFixed(1)}%` : v.toFixed(2);

async function effect(args: string[], ctx: CliContext): Promise<void> {
  const v = flags(args);
  await open(ctx, v.workspace);
  const sessionId = whole(v.session, 'session');
  const courseId = whole(v.course, 'course');
  const months = whole(v.months, 'months');
  if ((sessionId === undefined) === (courseId === undefined)) {
    throw new CliError(`give either --session or --course\n\n${TRAINING_USAGE}`, 2);
  }
  const r = await ctx.call('training.effect', {
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(courseId === undefined ? {} : { courseId }),
    ...(months === undefined ? {} : { months }),
  });
  if (v.json) {
    ctx.out(JSON.stringify(r, null, 2));
    return;
  }
  ctx.out(`${r.scope.kind} ${r.scope.id} ${r.scope.name}: ${r.trainees} trainees, ${r.months} months each side`);
  ctx.out(`  before ${r.before.from} … ${r.before.to}   after ${r.after.from} … ${r.after.to}${r.afterComplete ? '' : ' (still running)'}`);
  for (const m of r.metrics) {
    const ci = m.ciLow === null || m.ciHigh === null ? '' : ` [${figure(m, m.ciLow)}, ${figure(m, m.ciHigh)}]`;
    const p = m.p === null ? '' : m.p < 0.0001 ? ' p<0.0001' : ` p=${m.p.toFixed(4)}`;
    ctx.out(
      `  ${m.id.padEnd(18)} ${figure(m, m.before.value).padStart(8)} (n=${m.before.n})  →  ${figure(m, m.after.value).padStart(8)} (n=${m.after.n})` +
        `  diff ${figure(m, m.diff)}${ci}${p}  ${m.verdict}`,
    );
  }
}

/** `qm training matrix|effect …` */
export async function training(args: string[], ctx: CliContext): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'matrix') return matrix(rest, ctx);
  if (sub === 'effect') return effect(rest, ctx);
  throw new CliError(`qm training: expected "matrix" or "effect"\n\n${TRAINING_USAGE}`, 2);
}
