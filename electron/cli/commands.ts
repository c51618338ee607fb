import crypto from 'node:crypto';
import fs from 'node:fs';
import type { EventPayload, MethodInput, MethodName, MethodOutput } from '../../shared/api.ts';
import type { Session } from '../core/session.ts';
import { options, required } from './args.ts';
import { BACKUP_COMMANDS, BACKUP_USAGE } from './backup-commands.ts';
import { CliError } from './cli-error.ts';
import { mystery, MYSTERY_USAGE } from './mystery.ts';
import { training, TRAINING_USAGE } from './training.ts';

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
  qm import --workspace FILE --file DATA --mapping MAPPING.json|NAME [--dry-run] [--all-or-nothing]
      Import tickets from a CSV or XLSX file with a mapping file or a preset/saved mapping name (generic, zendesk,
      freshdesk). Prints inserted/updated/rejected counts; rejected rows go to DATA's folder as NAME.errors.csv.
      --all-or-nothing writes nothing when any row is rejected.
  qm kpi --workspace FILE --period YYYY-MM|YYYY|YYYY-Qn|YYYY-Www|YYYY-MM-DD|FROM..TO [--scope DIM=ID] [--kpis ID,…] [--json]
      Ticket KPIs of a period (workspace time zone) against their targets. DIM: outlet, team, agent, channel,
      category or segment (default: the whole organisation).
${BACKUP_USAGE}${TRAINING_USAGE}  qm report --workspace FILE --kind monthly|halfyear --period YYYY-MM|YYYY-H1|YYYY-H2 --out DIR
            [--format html,pdf,xlsx] [--lang zh-CN|en] [--scope DIM=ID] [--mask]
      Write the monthly or half-year service-quality report (default: all three formats, the workspace's report
      language) and print the files' paths. PDF needs a Chromium (CHROMIUM_PATH, else /usr/bin/chromium…).
  qm audits sample --workspace FILE --month YYYY-MM [--per-agent N | --percent P] [--template CODE]
                   [--stratify none|channel|category] [--seed S] [--json]
      Draw the month's QA sample (default 5 per agent, stratified by channel, with the first active audit
      scorecard), queue the audits in the workspace and print the list with the seed that reproduces it.
${MYSTERY_USAGE}  qm help
`;

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
  const result = await ctx.call('workspace.info', { integrity: 'full' });
  if (v.json) {
    ctx.out(JSON.stringify(result, null, 2));
    return;
  }
  ctx.out(`Workspace:      ${result.path}`);
  ctx.out(`Schema version: ${result.schemaVersion}`);
  ctx.out(`Size:           ${(result.sizeBytes / 1024 / 1024).toFixed(1)} MiB`);
  ctx.out(`Integrity:      ${result.integrity}`);
  ctx.out('Rows:');
  const width = Math.max(16, ...result.tables.map((t) => t.table.length));
  for (const t of result.tables) ctx.out(`  ${t.table.padEnd(width)} ${String(t.rows).padStart(12)}`);
};

/** A mapping argument is a JSON file when it names one (or ends in .json), else a preset or saved mapping name. */
async function resolveMapping(ctx: CliContext, arg: string): Promise<MethodInput<'import.run'>['mapping']> {
  if (arg.toLowerCase().endsWith('.json') || fs.existsSync(arg)) return ctx.call('import.mappings.read', { path: arg });
  const all = await ctx.call('import.mappings.list', {});
  const found = all.find((m) => m.name === arg);
  if (!found) throw new CliError(`no mapping named "${arg}"; known: ${all.map((m) => m.name).join(', ')}`, 2);
  return found.mapping;
}

const importTickets: Command = async (args, ctx) => {
  const v = options(args, {
    workspace: { type: 'string' },
    file: { type: 'string' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'all-or-nothing': { type: 'boolean' },
  });
  const data = required(v.file, 'file');
  const mappingArg = required(v.mapping, 'mapping');
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const mapping = await resolveMapping(ctx, mappingArg);
  const jobId = `cli-${crypto.randomUUID()}`;
  const stop = followJob(ctx, jobId);
  try {
    const r = await ctx.call('import.run', { jobId, path: data, mapping, dryRun: v['dry-run'] === true, skipInvalid: v['all-or-nothing'] !== true });
    const written = r.dryRun ? ' (dry run: nothing written)' : r.rejected > 0 && v['all-or-nothing'] === true ? ' (nothing written)' : '';
    ctx.out(`Import of ${r.total} rows (${r.format}, ${r.encoding}) in ${r.seconds.toFixed(1)} s${written}`);
    ctx.out(`  inserted   ${r.inserted}`);
    ctx.out(`  updated    ${r.updated}`);
    ctx.out(`  unchanged  ${r.unchanged}`);
    ctx.out(`  rejected   ${r.rejected}`);
    if (r.customersCreated > 0) ctx.out(`  new customers ${r.customersCreated}`);
    for (const e of r.errors.slice(0, 10)) ctx.out(`  row ${e.row}${e.column ? ` [${e.column}]` : ''}: ${e.reason}`);
    if (r.errorReportPath) ctx.out(`Error report: ${r.errorReportPath}`);
  } finally {
    stop();
  }
};

/** `outlet=12` → a KPI scope; the dimension and key are checked again by the contract. */
function kpiScope(text: string | boolean | undefined): MethodInput<'kpi.compute'>['scope'] {
  if (typeof text !== 'string') return { dim: 'org', key: '' };
  const m = /^(outlet|team|agent|channel|category|segment)=(.+)$/.exec(text.trim());
  if (!m) throw new CliError('--scope must be DIM=ID with DIM one of outlet, team, agent, channel, category, segment', 2);
  return { dim: m[1] as 'outlet', key: m[2] as string };
}

const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 10_000);

const kpi: Command = async (args, ctx) => {
  const v = options(args, {
    workspace: { type: 'string' },
    period: { type: 'string' },
    scope: { type: 'string' },
    kpis: { type: 'string' },
    json: { type: 'boolean' },
  });
  const period = required(v.period, 'period');
  const scope = kpiScope(v.scope);
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const ids = typeof v.kpis === 'string' ? (v.kpis.split(',').map((id) => id.trim()) as MethodInput<'kpi.compute'>['kpis']) : undefined;
  // A workspace from an older version gets its rollup built first, with progress on stderr and Ctrl+C to cancel.
  const jobId = `cli-${crypto.randomUUID()}`;
  const stop = followJob(ctx, jobId);
  try {
    await ctx.call('kpi.rollup.build', { jobId });
  } finally {
    stop();
  }
  const r = await ctx.call('kpi.compute', { period, scope, ...(ids ? { kpis: ids } : {}) });
  const rows = r.kpis.map((k) => ({ id: k.id, value: round(k.value), target: k.target, status: k.status, n: k.n }));
  if (v.json) {
    ctx.out(JSON.stringify({ period: r.period, scope: r.scope, kpis: rows }, null, 2));
    return;
  }
  ctx.out(`Period ${r.period.text} (${r.period.from} … ${r.period.to}), scope ${r.scope.dim}${r.scope.key ? `=${r.scope.key}` : ''}`);
  for (const k of rows) {
    const value = k.value === null ? '—' : String(k.value);
    ctx.out(`  ${k.id.padEnd(28)} ${value.padStart(12)}  target ${String(k.target ?? '—').padStart(6)}  ${k.status.padEnd(5)} n=${k.n}`);
  }
};

const report: Command = async (args, ctx) => {
  const v = options(args, {
    workspace: { type: 'string' },
    kind: { type: 'string' },
    period: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    scope: { type: 'string' },
    mask: { type: 'boolean' },
  });
  const kind = required(v.kind, 'kind');
  if (kind !== 'monthly' && kind !== 'halfyear') throw new CliError('--kind must be monthly or halfyear', 2);
  const period = required(v.period, 'period');
  const outDir = required(v.out, 'out');
  const scope = kpiScope(v.scope);
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const language = typeof v.lang === 'string' ? v.lang : (await ctx.call('settings.get', {})).language;
  const formats = (typeof v.format === 'string' ? v.format : 'html,pdf,xlsx').split(',').map((f) => f.trim());
  const jobId = `cli-${crypto.randomUUID()}`;
  const stop = followJob(ctx, jobId);
  try {
    const run = await ctx.call('reports.export', {
      jobId,
      request: { kind, period, scope, outDir, mask: v.mask === true, language: language as 'en', formats: formats as ['html'] },
    });
    for (const f of run.files) ctx.out(f.path);
  } finally {
    stop();
  }
};

const audits: Command = async (args, ctx) => {
  const [sub, ...rest] = args;
  if (sub !== 'sample') throw new CliError(`unknown audits command "${sub ?? ''}"\n\n${USAGE}`, 2);
  const v = options(rest, {
    workspace: { type: 'string' },
    month: { type: 'string' },
    'per-agent': { type: 'string' },
    percent: { type: 'string' },
    template: { type: 'string' },
    stratify: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
  });
  const month = required(v.month, 'month');
  const stratify = v.stratify ?? 'channel';
  if (stratify !== 'none' && stratify !== 'channel' && stratify !== 'category') throw new CliError('--stratify must be none, channel or category', 2);
  const percent = typeof v.percent === 'string' ? Number(v.percent) : undefined;
  const perAgent = integer(v['per-agent'], 'per-agent') ?? (percent === undefined ? 5 : undefined);
  const seed = integer(v.seed, 'seed');
  await ctx.call('workspace.open', { path: required(v.workspace, 'workspace') });
  const templates = (await ctx.call('audits.templates.list', { kind: 'audit' })).filter((t) => t.active);
  const template = typeof v.template === 'string' ? templates.find((t) => t.code === v.template) : templates[0];
  if (!template) throw new CliError(`no active audit scorecard${typeof v.template === 'string' ? ` with the code ${v.template}` : ''}`);
  const sample = await ctx.call('audits.samples.draw', {
    month,
    templateId: template.id,
    stratify,
    ...(perAgent !== undefined ? { perAgent } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(seed !== undefined ? { seed } : {}),
  });
  const rows = await ctx.call('audits.list', { sampleId: sample.id });
  const list = rows.map((r) => ({ auditId: r.id, ticket: r.ticketRef, agent: r.agentName, channel: r.channel, subject: r.subject }));
  if (v.json) {
    ctx.out(JSON.stringify({ sample, template: { code: template.code, version: template.version }, audits: list }, null, 2));
    return;
  }
  ctx.out(`Sample #${sample.id} for ${month} on ${template.code} v${template.version}: ${sample.drawn} records, ${sample.agents} agents, seed ${sample.seed}`);
  for (const r of list) ctx.out(`  ${r.ticket.padEnd(18)} ${(r.agent ?? '—').padEnd(8)} ${r.channel.padEnd(8)} ${r.subject}`);
};

export const COMMANDS: Record<string, Command> = {
  demo,
  info,
  import: importTickets,
  kpi,
  audits,
  mystery,
  report,
  training,
  ...BACKUP_COMMANDS,
};
