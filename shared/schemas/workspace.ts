/**
 * Workspace and app building blocks of the contract: file paths, job ids, settings, the start screen's facts and
 * the audit trail. shared/api.ts composes them into methods.
 */
import { z } from 'zod';
import { LANGUAGES, TICKET_STATUSES } from '../domain/enums.ts';

export const Empty = z.object({}).strict();

/** A workspace file path as the user typed or picked it. Core resolves and checks it. */
export const FilePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL character');

/** Ids chosen by the caller to follow and cancel a long job (demo generation, import, report). */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);

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

const TableCount = z.object({ table: z.string(), rows: z.number().int() });

export const WorkspaceInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  integrity: z.string(),
  /** Which check `integrity` reports: SQLite's full integrity_check, or the quick_check passed at opening. */
  integrityCheck: z.enum(['full', 'quick']),
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
