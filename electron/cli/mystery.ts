import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';
import type { CliContext } from './commands.ts';

export const MYSTERY_USAGE = `  qm mystery league --workspace FILE --wave ID [--json]
      The outlet league of a mystery-shop wave: rank by mean published visit score (equal scores share a rank),
      visits, and the rank and score change since the programme's previous wave.
`;

function flags(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { workspace: { type: 'string' }, wave: { type: 'string' }, json: { type: 'boolean' } },
    }).values;
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${MYSTERY_USAGE}`, 2);
  }
}

const signed = (n: number | null, digits = 0): string => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(digits)}`);

async function league(args: string[], ctx: CliContext): Promise<void> {
  const v = flags(args);
  if (!v.workspace) throw new CliError(`--workspace is required\n\n${MYSTERY_USAGE}`, 2);
  const waveId = Number(v.wave);
  if (v.wave === undefined || !Number.isInteger(waveId)) throw new CliError(`--wave must be a wave id\n\n${MYSTERY_USAGE}`, 2);
  await ctx.call('workspace.open', { path: v.workspace });
  const table = await ctx.call('mystery.league', { waveId });
  if (v.json) {
    ctx.out(JSON.stringify(table, null, 2));
    return;
  }
  ctx.out(`${table.waveName}${table.previousWaveName ? ` (vs ${table.previousWaveName})` : ''}: ${table.rows.length} outlets`);
  for (const r of table.rows) {
    const score = r.score === null ? '—' : r.score.toFixed(2);
    ctx.out(`  ${String(r.rank ?? '—').padStart(3)}  ${r.outletName.padEnd(12)} ${score.padStart(7)}  visits ${r.visits}  rank ${signed(r.rankChange)}  score ${signed(r.scoreChange, 2)}`);
  }
}

/** `qm mystery league …` */
export async function mystery(args: string[], ctx: CliContext): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'league') return league(rest, ctx);
  throw new CliError(`qm mystery: expected "league"\n\n${MYSTERY_USAGE}`, 2);
}
