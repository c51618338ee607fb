/**
 * The contract: every method the renderer, the CLI and the hosts may call, with its zod input schema and result
 * schema, and every event a host may push. Read this file to learn the whole API.
 *
 * Rules: input is validated by core's dispatch before any service runs; results are typed from `output`
 * (z.infer) so there is one source of truth; names are `area.verb`.
 */
import { z } from 'zod';
import { LANGUAGES, TICKET_STATUSES } from './domain/enums.ts';
import {
  Category,
  Epoch,
  FollowUp,
  Id,
  REF_KINDS,
  RefOption,
  SlaPolicy,
  SlaTierTargets,
  TICKET_GRID_COLUMNS,
  TicketDetail,
  TicketFields,
  TicketQuery,
  TicketRow,
} from './schemas/tickets.ts';

import type { QmError } from './errors.ts';

// ---------- building blocks ----------

const Empty = z.object({}).strict();

/** A workspace file path as the user typed or picked it. Core resolves and checks it. */
const FilePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL character');

/** Ids chosen by the caller to follow and cancel a long job (demo generation, import, report). */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);

export const Language = z.enum(LANGUAGES);

const IanaTimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/** Working hours of one day as intervals, e.g. 09:00–12:00 and 13:30–18:00 (a lunch break between them). */
const WorkingInterval = z
  .object({ start: ClockTime, end: ClockTime })
  .strict()
  .refine((i) => i.start < i.end, 'an interval must end after it starts');

export const WorkingCalendar = z
  .object({
    /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
    workdays: z.array(z.number().int().min(1).max(7)).max(7),
    hours: z.array(WorkingInterval).min(1).max(6),
  })
  .strict();

/** Workspace settings; each key is one row of the `settings` table. Later areas add keys here. */
export const Settings = z
  .object({
    timeZone: IanaTimeZone,
    /** Default language of reports produced from this workspace. */
    language: Language,
    workingCalendar: WorkingCalendar,
    /** A complaint from the same customer and category within this many days of a closure is a repeat. */
    repeatWindowDays: z.number().int().min(1).max(365),
    /** Public holidays and the weekend days worked in their place (调休), per date, editable per year. */
    holidays: z
      .array(
        z
          .object({
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
            kind: z.enum(['holiday', 'workday']),
            name: z.string().max(40),
          })
          .strict(),
      )
      .max(2000),
    /** Statuses during which SLA clocks stand still. */
    pauseStatuses: z.array(z.enum(TICKET_STATUSES)).max(TICKET_STATUSES.length),
    /** Share of a target after which a running clock is flagged for escalation. */
    escalationThreshold: z.number().min(0.1).max(1),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const WorkspaceSummary = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  isDemo: z.boolean(),
  openedAt: z.number().int(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export const RecentFile = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.number().int(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFile>;

export const AppInfo = z.object({
  version: z.string(),
  /** Schema version this build writes; a workspace above it is refused. */
  schemaVersion: z.number().int(),
  host: z.enum(['electron', 'web', 'cli']),
  /** True when the host can show native file dialogs (Electron); otherwise the renderer asks for a path. */
  nativeDialogs: z.boolean(),
  /** Remembered UI language, or null before the user chose one (the renderer then follows the OS). */
  language: Language.nullable(),
  recent: z.array(RecentFile),
  workspace: WorkspaceSummary.nullable(),
  /** Folder suggested for new workspaces. */
  defaultDir: z.string(),
  user: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const TableCount = z.object({ table: z.string(), rows: z.number().int() });

export const WorkspaceInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  integrity: z.string(),
  tables: z.array(TableCount),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.number().int(),
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

// ---------- methods ----------

export const api = {
  /** Build, host and start-screen facts: recent files, remembered language, the open workspace. */
  'app.info': method(Empty, AppInfo),
  /** Remember the UI language for this user (kept outside any workspace so the start screen uses it too). */
  'app.setLanguage': method(z.object({ language: Language }).strict(), z.object({ language: Language })),
  /**
   * Ask the host for a file with its native dialog. Answered by the Electron host only; elsewhere it fails with
   * NOT_SUPPORTED and the renderer asks for a path in its own dialog.
   */
  'app.pickPath': method(
    z.object({ purpose: z.enum(['open', 'create']) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),

  /** Create a new, empty workspace file (refuses to overwrite) and make it the open workspace. */
  'workspace.create': method(z.object({ path: FilePath }).strict(), WorkspaceSummary),
  /** Open an existing workspace file, migrating it forward; a file from a newer version is refused. */
  'workspace.open': method(z.object({ path: FilePath }).strict(), WorkspaceSummary),
  /**
   * Open the demo workspace, generating it first when it does not exist yet. Long: emits `job.progress` under
   * `jobId` and stops with CANCELLED after `jobs.cancel`. The file appears only when complete.
   */
  'workspace.openDemo': method(
    z
      .object({
        jobId: JobId,
        tickets: z.number().int().min(100).max(2_000_000).optional(),
        regenerate: z.boolean().optional(),
      })
      .strict(),
    WorkspaceSummary,
  ),
  'workspace.close': method(Empty, z.null()),
  /**
   * Generate a demo workspace at `path` (deterministic by seed, tickets and last month). Long, like openDemo;
   * the file appears only when complete. Does not open it.
   */
  'demo.generate': method(
    z
      .object({
        jobId: JobId,
        path: FilePath,
        tickets: z.number().int().min(100).max(2_000_000).default(100_000),
        seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
        until: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
          .optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    z.object({ path: z.string(), counts: z.record(z.string(), z.number()), seconds: z.number() }),
  ),
  /** Schema version, file size, integrity check and row counts of the open workspace. */
  'workspace.info': method(Empty, WorkspaceInfo),
  'workspace.forgetRecent': method(z.object({ path: FilePath }).strict(), z.array(RecentFile)),

  'settings.get': method(Empty, Settings),
  /** Change some settings; written with an audit-log entry in one transaction. */
  'settings.update': method(z.object({ patch: Settings.partial() }).strict(), Settings),

  /** Newest first; filter by entity and id to show one record's history. */
  'audit.list': method(
    z
      .object({
        entity: z.string().max(64).optional(),
        entityId: z.string().max(128).optional(),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.array(AuditEntry),
  ),

  // ---------- reference data ----------

  /** Options for pickers and filters: id, code and display label; `search` matches code or name. */
  'ref.options': method(
    z
      .object({
        kind: z.enum(REF_KINDS),
        search: z.string().trim().max(100).optional(),
        ids: z.array(Id).max(500).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    z.array(RefOption),
  ),
  /** The editable two-level category tree with the number of tickets in each. */
  'categories.tree': method(Empty, z.array(Category.required({ id: true }).extend({ tickets: z.number() }))),
  'categories.save': method(Category, Category.required({ id: true })),
  /** Refused with CONFLICT while tickets or child categories use it. */
  'categories.delete': method(z.object({ id: Id }).strict(), z.null()),

  // ---------- tickets ----------

  /**
   * One block of the ticket grid (AG Grid infinite row model): filter, sort and page in SQLite. `language` picks the
   * category labels of the rows. Reference columns (category, outlet, team, assignee, customer, product) sort by
   * the referenced record's id (their code order), not by the display name.
   */
  'tickets.query': method(
    z
      .object({
        query: TicketQuery,
        startRow: z.number().int().min(0),
        endRow: z.number().int().min(1),
        language: Language.default('zh-CN'),
      })
      .strict()
      .refine((q) => q.endRow > q.startRow && q.endRow - q.startRow <= 1000, 'a block is 1–1000 rows'),
    z.object({ rows: z.array(TicketRow), total: z.number().int() }),
  ),
  'tickets.get': method(z.object({ id: Id }).strict(), TicketDetail),
  'tickets.create': method(z.object({ fields: TicketFields }).strict(), TicketDetail),
  /** Refused with CONFLICT when the ticket changed since `expectedUpdatedAt` (someone else saved first). */
  'tickets.update': method(
    z.object({ id: Id, patch: TicketFields.partial(), expectedUpdatedAt: z.number().int() }).strict(),
    TicketDetail,
  ),
  /** Write the grid's current view (filter, sort, chosen columns) to a CSV or XLSX file. Long: job progress. */
  'tickets.export': method(
    z
      .object({
        jobId: JobId,
        query: TicketQuery,
        columns: z.array(z.enum(TICKET_GRID_COLUMNS)).min(1),
        format: z.enum(['csv', 'xlsx']),
        path: FilePath,
        language: Language,
      })
      .strict(),
    z.object({ path: z.string(), rows: z.number().int() }),
  ),
  /** Most frequent words and phrases in complaint texts of a period, optionally of one category. */
  'tickets.keywords': method(
    z
      .object({
        from: Epoch,
        to: Epoch,
        categoryId: Id.optional(),
        type: z.enum(['complaint', 'all']).default('complaint'),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.array(z.object({ term: z.string(), count: z.number().int(), tickets: z.number().int() })),
  ),
  /** Problem resolution archive: closed cases whose description, solution or feedback match the text. */
  'tickets.archive': method(
    z
      .object({
        text: z.string().trim().min(1).max(200),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.array(
      z.object({
        id: z.number(),
        externalId: z.string().nullable(),
        subject: z.string(),
        description: z.string(),
        resolution: z.string().nullable(),
        callbackResult: z.string().nullable(),
        csat: z.number().nullable(),
        closedAt: z.number().nullable(),
      }),
    ),
  ),
  /** Assign or complete a second follow-up (unresolved or unsatisfied cases). */
  'followUps.update': method(
    z
      .object({ ticketId: Id, ownerId: Id.nullable(), status: z.enum(['open', 'done']), note: z.string().max(2000) })
      .strict(),
    FollowUp,
  ),

  // ---------- SLA ----------

  'sla.policy.get': method(Empty, SlaPolicy),
  /** Save targets as a new policy version; tickets keep the version they were measured under. */
  'sla.policy.save': method(
    z.object({ targets: z.array(SlaTierTargets).length(4), note: z.string().max(500).default('') }).strict(),
    SlaPolicy,
  ),
  /**
   * Bring every ticket's derived data up to date: SLA clocks under the current policy and calendar ('all') or only
   * for tickets never measured ('unmeasured', e.g. after an import), then repeat-complaint links, second follow-ups
   * and the text index of the whole workspace. Run it after an import or a change of policy, calendar or repeat
   * window. Long: job progress, cancellable between batches (measured batches stay measured).
   */
  'sla.recompute': method(
    z.object({ jobId: JobId, scope: z.enum(['all', 'unmeasured']) }).strict(),
    z.object({ tickets: z.number().int(), seconds: z.number() }),
  ),

  // ---------- saved grid views ----------

  'views.list': method(
    z.object({ area: z.enum(['tickets']) }).strict(),
    z.array(z.object({ id: z.number(), name: z.string(), state: z.unknown() })),
  ),
  /** Save under a name; a view of the same name in the area is replaced. */
  'views.save': method(
    z
      .object({ area: z.enum(['tickets']), name: z.string().trim().min(1).max(80), state: z.record(z.string(), z.unknown()) })
      .strict(),
    z.object({ id: z.number(), name: z.string(), state: z.unknown() }),
  ),
  'views.delete': method(z.object({ id: Id }).strict(), z.null()),

  /** Ask a running job to stop; `cancelled` is false when no such job runs. */
  'jobs.cancel': method(z.object({ jobId: JobId }).strict(), z.object({ cancelled: z.boolean() })),
} as const;

// ---------- events pushed by the hosts (window.qm.on) ----------

export const events = {
  'job.progress': z.object({
    jobId: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  'workspace.changed': z.object({ workspace: WorkspaceSummary.nullable() }),
} as const;

// ---------- derived types ----------

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a service receives (validated, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Api[M]['output']>;
export type MethodResult<M extends MethodName> =
  | { ok: true; value: MethodOutput<M> }
  | { ok: false; error: QmError };

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);

/** The bridge the preload (Electron) or the web client puts on `window.qm`. */
export interface QmBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
