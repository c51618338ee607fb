import type { CliContext } from './commands.ts';
import { CliError } from './cli-error.ts';
import { options, required } from './args.ts';

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** `qm backup`: a backup now (from a read-only connection, so it works beside a running app), or the list. */
async function backup(args: string[], ctx: CliContext): Promise<void> {
  const v = options(args, { workspace: { type: 'string' }, list: { type: 'boolean' } });
  const workspace = required(v.workspace, 'workspace');
  if (v.list) {
    const { dir, backups } = await ctx.call('backup.list', { path: workspace });
    ctx.out(`Backups in ${dir}: ${backups.length}`);
    for (const b of backups) ctx.out(`  ${new Date(b.at).toISOString()}  ${b.reason.padEnd(9)} ${mib(b.sizeBytes).padStart(11)}  ${b.path}`);
    return;
  }
  const made = await ctx.call('backup.create', { path: workspace });
  ctx.out(`Backup written: ${made.backup.path} (${mib(made.backup.sizeBytes)}) in ${made.seconds.toFixed(1)} s`);
}

/**
 * `qm restore`: replace the workspace with a backup (default: its newest good one). A readable workspace is opened
 * first, so any backup file may be named and the current state is kept as a 'restore' backup; a damaged one can only
 * be restored from its own backups/ folder.
 */
async function restore(args: string[], ctx: CliContext): Promise<void> {
  const v = options(args, { workspace: { type: 'string' }, from: { type: 'string' } });
  const workspace = required(v.workspace, 'workspace');
  const backupPath = typeof v.from === 'string' && v.from !== '' ? v.from : undefined;
  let opened = true;
  try {
    await ctx.call('workspace.open', { path: workspace });
  } catch (err) {
    if (!(err instanceof CliError) || !/WORKSPACE_(DAMAGED|INVALID)|FILE_NOT_FOUND/.test(err.message)) throw err;
    ctx.out(`The workspace cannot be opened (${err.message}); restoring from its backups.`);
    opened = false;
  }
  const r = await ctx.call('backup.restore', {
    ...(opened ? {} : { workspacePath: workspace }),
    ...(backupPath ? { backupPath } : {}),
  });
  ctx.out(`Restored ${r.workspacePath} from ${r.restoredFrom} in ${r.seconds.toFixed(1)} s`);
  if (r.safetyBackup) ctx.out(`  the replaced state was kept as ${r.safetyBackup}`);
  if (r.setAside) ctx.out(`  the damaged file was moved to ${r.setAside}`);
}

/** A day YYYY-MM-DD at midnight UTC, for the audit export period. */
function day(text: string | boolean | undefined, flag: string): number {
  const value = required(text, flag);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const at = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!Number.isFinite(at) || new Date(at).toISOString().slice(0, 10) !== value) throw new CliError(`--${flag} must be a date YYYY-MM-DD`, 2);
  return at;
}

/** `qm audit-export`: the audit entries of whole UTC days FROM … TO (inclusive) as CSV. */
async function auditExport(args: string[], ctx: CliContext): Promise<void> {
  const v = options(args, { workspace: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } });
  const from = day(v.from, 'from');
  const to = day(v.to, 'to') + 86_400_000;
  const out = required(v.out, 'out');
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const r = await ctx.call('audit.export', { from, to, path: out });
  ctx.out(`Audit log entries written: ${r.rows} to ${r.path}`);
}

export const BACKUP_USAGE = `  qm backup --workspace FILE [--list]
      Back up the workspace now into backups/ beside it (SQLite online backup; safe while the app has it open),
      or list its backups.
  qm restore --workspace FILE [--from BACKUP]
      Replace the workspace with a backup (default: its newest good one); the replaced state is kept as a backup,
      a damaged file is moved aside.
  qm audit-export --workspace FILE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv
      Write the audit log entries of those days (UTC, inclusive) to a CSV file.
`;

export const BACKUP_COMMANDS = { backup, restore, 'audit-export': auditExport };
