/**
 * The contract: every method the renderer, the CLI and the hosts may call, with its zod input schema and result
 * schema, and every event a host may push. Read this file to learn the whole API.
 *
 * Rules: input is validated by core's dispatch before any service runs; results are typed from `output`
 * (z.infer) so there is one source of truth; names are `area.verb`.
 */
import { z } from 'zod';
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
import {
  Action,
  ActionFields,
  ActionSourceLink,
  CycleDetail,
  CycleFields,
  CycleSummary,
  LocalDate,
  NodeId,
  PDCA_PHASES,
  RCA_KINDS,
  Worksheet,
  WorksheetContent,
  WorksheetHead,
  WorksheetSummary,
} from './schemas/improvement.ts';
import { FmeaFields, FmeaItem } from './schemas/fmea.ts';
import { Need, NeedFields } from './schemas/needs.ts';
import {
  ImportMapping,
  ImportPreview,
  ImportSummary,
  MappingName,
  SavedMapping,
} from './schemas/importers.ts';
import {
  CERTIFICATE_STATUSES,
  Certificate,
  Course,
  CourseFields,
  Matrix,
  MatrixFilter,
  ScoreSheetRow,
  SessionDetail,
  SessionFields,
  SessionSummary,
  TrainingDate,
  TrainingKpis,
  TrainingImportSummary,
  TrainingSettings,
} from './schemas/training.ts';
import { EffectQuery, TrainingEffect } from './schemas/training-effect.ts';
import { PlanCheckin, PlanDetail, PlanFields, PlanReview, PlanSummary } from './schemas/training-plans.ts';
import {
  ControlChart,
  ControlChartInput,
  HeatmapChart,
  KpiDef,
  KpiId,
  KpiReport,
  KpiScope,
  KpiSeries,
  KpiTarget,
  KpiTargetInput,
  ParetoChart,
  PeriodText,
  SlaTierChart,
} from './schemas/kpi.ts';
import { LeagueInput, LeagueTable, LeagueWeights, LeagueWeightsInput } from './schemas/kpi-league.ts';
import { SERIES_GRAINS } from './domain/kpi-period.ts';
import {
  Alert,
  AlertFollowUpInput,
  AlertListInput,
  AlertRule,
  AlertRuleFields,
  AlertSummary,
} from './schemas/alerts.ts';
import { CheckInput, CheckOptions } from './schemas/action-checks.ts';
import { Attachment, AttachmentOwner, AttachmentPreview } from './schemas/attachments.ts';
import { BackupCreated, BackupList, BackupRetention, RestoreResult } from './schemas/backup.ts';
import {
  SURVEY_GROUPS,
  SURVEY_IMPORT_KINDS,
  SURVEY_SORT_COLUMNS,
  ServqualDetail,
  ServqualFields,
  ServqualHead,
  ServqualSummary,
  SurveyCoverage,
  SurveyFilter,
  SurveyImportSummary,
  SurveyPage,
  SurveyResponse,
  SurveyResponseFields,
  SurveySummary,
} from './schemas/surveys.ts';
import { ReportDefaults, ReportExportInput, ReportRun } from './schemas/reports.ts';
import {
  AUDIT_STATUSES,
  AgentScoreRow,
  AnswerValue,
  Answers,
  AuditDetail,
  AuditRow,
  Findings,
  ItemFailure,
  MonthText,
  SamplePlan,
  SampleSummary,
  TEMPLATE_KINDS,
  Template,
  TemplateFields,
  TemplateSummary,
} from './schemas/audits.ts';
import {
  AppealDecide,
  AppealRaise,
  ItemStanding,
  League,
  MysteryImportSummary,
  OutletTrend,
  Programme,
  ProgrammeFields,
  Scenario,
  SectionHeat,
  VISIT_STATUSES,
  VisitDetail,
  VisitFields,
  VisitRow,
  Wave,
  WaveFields,
} from './schemas/mystery.ts';
import {
  AuditorMonthRow,
  AuditorName,
  CalibrationCreate,
  CalibrationEntry,
  CalibrationResults,
  CalibrationSummary,
} from './schemas/audit-calibration.ts';

import {
  AppInfo,
  AuditEntry,
  Empty,
  FilePath,
  JobId,
  Language,
  RecentFile,
  Settings,
  WorkspaceInfo,
  WorkspaceSummary,
} from './schemas/workspace.ts';

import type { QmError } from './errors.ts';

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
    z
      .object({
        purpose: z.enum(['open', 'create']),
        /**
         * What the file is for, so the dialog filters by it: a workspace (.sqlite), a ticket import (CSV/XLSX) or an
         * evidence attachment (any file; `fileName` suggests the name of a copy being saved).
         */
        kind: z.enum(['workspace', 'import', 'attachment']).default('workspace'),
        fileName: z.string().max(255).optional(),
      })
      .strict(),
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
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .optional(),
        until: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
          .optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    z.object({ path: z.string(), counts: z.record(z.string(), z.number()), seconds: z.number() }),
  ),
  /**
   * Schema version, file size, integrity and row counts of the open workspace. `integrity: 'full'` runs SQLite's
   * integrity_check (tens of seconds on a million tickets; the CLI's `qm info`); the default reports the quick check
   * the file passed when it was opened.
   */
  'workspace.info': method(
    z.object({ integrity: z.enum(['full', 'quick']).default('quick') }).strict(),
    WorkspaceInfo,
  ),
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
      .object({
        ticketId: Id,
        ownerId: Id.nullable(),
        status: z.enum(['open', 'done']),
        note: z.string().max(2000),
      })
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

  // ---------- ticket import ----------

  /**
   * Read the head of a CSV or XLSX file: encoding, delimiter, columns, a suggested mapping, and the first rows
   * converted with `mapping` (or the suggestion) with their row errors. A mapping that does not fit the file is
   * reported in `mappingProblem`, not thrown; an unreadable file fails (INVALID_INPUT, details.importError).
   */
  'import.preview': method(
    z
      .object({
        path: FilePath,
        mapping: ImportMapping.optional(),
        rows: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
    ImportPreview,
  ),
  /**
   * Import the valid rows of a file in one transaction (tickets with a known external id are updated), then bring
   * SLA clocks, repeat links, follow-ups and the text index up to date. Rejected rows go to a CSV error report
   * (`errorReportPath`, default `<data>.errors.csv` beside the file). `skipInvalid: false` writes nothing when any
   * row is rejected; `dryRun` checks everything and writes no ticket. Long: job progress (phases read, indexes,
   * derive), cancellable; a cancel or crash leaves no ticket of the file written.
   */
  'import.run': method(
    z
      .object({
        jobId: JobId,
        path: FilePath,
        mapping: ImportMapping,
        dryRun: z.boolean().default(false),
        skipInvalid: z.boolean().default(true),
        errorReportPath: FilePath.optional(),
        /** Language of the error report; default: the workspace's report language. */
        language: Language.optional(),
      })
      .strict(),
    ImportSummary,
  ),
  /** Built-in presets first, then the workspace's saved mappings, by name. */
  'import.mappings.list': method(Empty, z.array(SavedMapping)),
  /** Save under `mapping.name`, replacing a saved mapping of that name; a preset's name is refused (CONFLICT). */
  'import.mappings.save': method(z.object({ mapping: ImportMapping }).strict(), SavedMapping),
  'import.mappings.delete': method(z.object({ name: MappingName }).strict(), z.null()),
  /** Write a mapping (saved or preset) as a JSON file, the format documented in README.md. */
  'import.mappings.export': method(
    z.object({ name: MappingName, path: FilePath }).strict(),
    z.object({ path: z.string() }),
  ),
  /** Read and check a mapping JSON file (does not save it). */
  'import.mappings.read': method(z.object({ path: FilePath }).strict(), ImportMapping),

  // ---------- saved grid views ----------

  'views.list': method(
    z.object({ area: z.enum(['tickets']) }).strict(),
    z.array(z.object({ id: z.number(), name: z.string(), state: z.unknown() })),
  ),
  /** Save under a name; a view of the same name in the area is replaced. */
  'views.save': method(
    z
      .object({
        area: z.enum(['tickets']),
        name: z.string().trim().min(1).max(80),
        state: z.record(z.string(), z.unknown()),
      })
      .strict(),
    z.object({ id: z.number(), name: z.string(), state: z.unknown() }),
  ),
  'views.delete': method(z.object({ id: Id }).strict(), z.null()),

  // ---------- improvement: actions, PDCA cycles, root-cause worksheets ----------

  /**
   * The shared actions list, most overdue first; filter by cycle, by the record an action came from, or to the
   * overdue ones only (the dashboard card).
   */
  'actions.list': method(
    z
      .object({
        cycleId: Id.optional(),
        source: ActionSourceLink.pick({ kind: true, id: true }).optional(),
        overdue: z.boolean().optional(),
      })
      .strict(),
    z.array(Action),
  ),
  /** Create (no id; `source` says where it came from, default manual) or update an action. */
  'actions.save': method(
    z.object({ id: Id.optional(), fields: ActionFields, source: ActionSourceLink.optional() }).strict(),
    Action,
  ),
  'actions.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** For the effectiveness check: the audit that raised the action and later submitted audits of the same agent. */
  'actions.check.options': method(z.object({ id: Id }).strict(), CheckOptions),
  /**
   * Record (or replace) the effectiveness check. Saving status 'closed' is refused with CONFLICT
   * (`details.reason` 'checkMissing' / 'checkNotEffective') until an effective check is recorded.
   */
  'actions.check.save': method(CheckInput, Action),

  // ---------- attachments: evidence files inside the workspace ----------

  /** Copy a file into the workspace for its owner; empty, oversized or non-regular files are refused. */
  'attachments.add': method(z.object({ owner: AttachmentOwner, path: FilePath }).strict(), Attachment),
  'attachments.list': method(z.object({ owner: AttachmentOwner }).strict(), z.array(Attachment)),
  /** An image's bytes for the screen; other types and large images are refused with NOT_SUPPORTED. */
  'attachments.preview': method(z.object({ id: Id }).strict(), AttachmentPreview),
  /** Write a copy to `path` (never over an existing file); answers the path written. */
  'attachments.saveCopy': method(z.object({ id: Id, path: FilePath }).strict(), z.object({ path: z.string() })),
  'attachments.delete': method(z.object({ id: Id }).strict(), z.null()),

  'pdca.list': method(Empty, z.array(CycleSummary)),
  'pdca.get': method(z.object({ id: Id }).strict(), CycleDetail),
  /** Create (no id) or update a cycle; refused with CONFLICT when it changed since `expectedUpdatedAt`. */
  'pdca.save': method(
    z
      .object({ id: Id.optional(), fields: CycleFields, expectedUpdatedAt: z.number().int().optional() })
      .strict(),
    CycleDetail,
  ),
  /** Move to another phase. Forward moves pass the phase gate (CONFLICT with `details.problems` otherwise). */
  'pdca.move': method(z.object({ id: Id, to: z.enum(PDCA_PHASES) }).strict(), CycleDetail),
  /** Act: start the next cycle, linked to this one, with its problem, scope and KPI carried over. */
  'pdca.startNext': method(z.object({ id: Id }).strict(), CycleDetail),
  /** Refused with CONFLICT (`details.links`) while actions, worksheets or other cycles link to it. */
  'pdca.delete': method(z.object({ id: Id }).strict(), z.null()),
  'pdca.log.add': method(
    z.object({ cycleId: Id, onDate: LocalDate, note: z.string().trim().min(1).max(4000) }).strict(),
    CycleDetail,
  ),
  'pdca.log.delete': method(z.object({ id: Id }).strict(), CycleDetail),

  'rca.list': method(z.object({ cycleId: Id.optional() }).strict(), z.array(WorksheetSummary)),
  'rca.get': method(z.object({ id: Id }).strict(), Worksheet),
  'rca.create': method(
    z.object({ kind: z.enum(RCA_KINDS), head: WorksheetHead, content: WorksheetContent }).strict(),
    Worksheet,
  ),
  /**
   * Save the whole worksheet; `revision` is the one the editor started from (CONFLICT when someone saved since).
   * A countermeasure that became an action cannot be removed while the action exists.
   */
  'rca.save': method(
    z.object({ id: Id, revision: z.number().int(), head: WorksheetHead, content: WorksheetContent }).strict(),
    Worksheet,
  ),
  /** Turn a saved 5-Why countermeasure into an action (owner and due from the countermeasure). */
  'rca.makeAction': method(z.object({ worksheetId: Id, countermeasureId: NodeId }).strict(), Worksheet),
  /** Refused with CONFLICT (`details.links`) while actions came from it or a cycle uses it. */
  'rca.delete': method(z.object({ id: Id }).strict(), z.null()),

  /** FMEA register of service failure modes, highest RPN first; RPN and risk band are computed, never stored. */
  'fmea.list': method(Empty, z.array(FmeaItem)),
  /** Create (no id) or update a failure mode; `rescored` holds the scores after the recommended action. */
  'fmea.save': method(z.object({ id: Id.optional(), fields: FmeaFields }).strict(), FmeaItem),
  'fmea.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** KANO needs pool in priority order (category weight × impact ÷ cost). */
  'needs.list': method(Empty, z.array(Need)),
  'needs.save': method(z.object({ id: Id.optional(), fields: NeedFields }).strict(), Need),
  'needs.delete': method(z.object({ id: Id }).strict(), z.null()),

  // ---------- KPIs (electron/core/kpi) ----------

  /** Every KPI: stable id, unit, direction, default target and texts (definition, formula, denominator) in zh/en. */
  'kpi.catalog': method(Empty, z.array(KpiDef)),
  /** Number of tickets and the local days of the first and the last one (the dashboard's default period, empty state). */
  'kpi.coverage': method(
    Empty,
    z.object({
      tickets: z.number().int(),
      firstDay: z.string().nullable(),
      lastDay: z.string().nullable(),
      /** False while the KPI rollup of a large workspace must be built (kpi.rollup.build) before KPIs answer. */
      rollupReady: z.boolean(),
    }),
  ),
  /**
   * Bring the KPI rollup up to date; for a workspace that lacks it (written by an older version) a full build.
   * Long: job progress (phase 'kpi'), cancellable between chunks; a second call joins a build already running.
   * Until it is done, kpi.compute, kpi.series and the charts refuse with CONFLICT (`details.reason` 'kpi_rollup').
   */
  'kpi.rollup.build': method(
    z.object({ jobId: JobId }).strict(),
    z.object({ mode: z.enum(['none', 'days', 'full']), days: z.number().int() }),
  ),
  /**
   * KPI tiles of a period (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or FROM..TO, in the workspace's zone) and
   * scope: value, denominator size, target and status, previous period, same period last year, sparkline. All KPIs
   * when `kpis` is left out. Values with a zero denominator are null.
   */
  'kpi.compute': method(
    z
      .object({
        period: PeriodText,
        scope: KpiScope.default({ dim: 'org', key: '' }),
        kpis: z.array(KpiId).max(100).optional(),
      })
      .strict(),
    KpiReport,
  ),
  /** KPI values per day, week, month or quarter of a period (trend charts); the grain follows the period's length by default. */
  'kpi.series': method(
    z
      .object({
        period: PeriodText,
        scope: KpiScope.default({ dim: 'org', key: '' }),
        kpis: z.array(KpiId).min(1).max(100),
        grain: z.enum(SERIES_GRAINS).optional(),
      })
      .strict(),
    KpiSeries,
  ),
  /** Targets set by the user (organisation-wide or per scope); KPIs without one use the catalog default. */
  'kpi.targets.list': method(Empty, z.array(KpiTarget)),
  /** Set a KPI's target for a scope, or remove it with null (the scope then falls back to the organisation's). */
  'kpi.targets.set': method(KpiTargetInput, KpiTarget.nullable()),
  /** Complaints of a period and scope by category, most frequent first, with the total (Pareto chart). */
  'kpi.chart.pareto': method(
    z
      .object({
        period: PeriodText,
        scope: KpiScope.default({ dim: 'org', key: '' }),
        limit: z.number().int().min(1).max(100).default(15),
      })
      .strict(),
    ParetoChart,
  ),
  /** Response and resolution SLA met per severity tier. */
  'kpi.chart.slaTiers': method(
    z.object({ period: PeriodText, scope: KpiScope.default({ dim: 'org', key: '' }) }).strict(),
    SlaTierChart,
  ),
  /** One KPI for every active outlet by month of the period (at most the last 36 months). */
  'kpi.chart.heatmap': method(z.object({ period: PeriodText, kpi: KpiId }).strict(), HeatmapChart),
  /**
   * A control chart of one KPI over the local days of a period (at most 400): p-chart for rates, X̄-R of the first
   * `subgroupSize` tickets of each day or I-MR of daily values for times, I-MR for scores; limits from the
   * baseline days; points breaking the chosen rule set (Western Electric or Nelson). A chart that does not suit
   * the KPI is refused with INVALID_INPUT.
   */
  'kpi.chart.control': method(ControlChartInput, ControlChart),
  /**
   * Outlet league table: active outlets ranked by a weighted score of the league KPIs (each scaled 0–100 by min–max
   * across outlets, direction aware; a missing KPI's weight spread over the others), with the rank change vs the
   * previous period.
   */
  'kpi.league': method(LeagueInput, LeagueTable),
  /** Save the league weights: every component once, each 0–100, not all zero. */
  'kpi.league.weights.set': method(LeagueWeightsInput, LeagueWeights),
  /** Back to the default league weights. */
  'kpi.league.weights.reset': method(Empty, LeagueWeights),

  // ---------- alerts: rules over the KPI catalog and the inbox (electron/core/alerts) ----------

  /** Every rule with its open alerts (evaluating first like alerts.summary). */
  'alerts.rules.list': method(Empty, z.array(AlertRule)),
  /** Create (no id) or update a rule; its alerts follow at the next evaluation. */
  'alerts.rules.save': method(z.object({ id: Id.optional(), fields: AlertRuleFields }).strict(), AlertRule),
  /** Resolves the rule's open alerts; every alert keeps a copy of the rule, so the history stays readable. */
  'alerts.rules.delete': method(z.object({ id: Id }).strict(), z.null()),
  /**
   * The badge. Evaluates the rules first when data was written since the last evaluation (or it is a few minutes
   * old): the first call after a workspace opens, and the first after an import or edit, raise and resolve alerts.
   */
  'alerts.summary': method(Empty, AlertSummary),
  /** The inbox (evaluating first like alerts.summary): open alerts first, newest first, with their figures. */
  'alerts.list': method(AlertListInput, z.array(Alert)),
  'alerts.acknowledge': method(z.object({ id: Id }).strict(), Alert),
  /** One click: a fishbone, 5-Why, PDCA cycle or action pre-filled from the alert and linked to it. */
  'alerts.followUp': method(AlertFollowUpInput, Alert),

  // ---------- training ----------

  'training.courses.list': method(Empty, z.array(Course)),
  /** Create (no id) or update a course; a scored part cannot be removed; certificates follow new pass marks. */
  'training.courses.save': method(
    z
      .object({ id: Id.optional(), fields: CourseFields, expectedUpdatedAt: z.number().int().optional() })
      .strict(),
    Course,
  ),
  /** Refused with CONFLICT while the course has sessions (set it inactive instead). */
  'training.courses.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** Newest first; sessions overlapping [from, to]. */
  'training.sessions.list': method(
    z
      .object({
        courseId: Id.optional(),
        from: TrainingDate.optional(),
        to: TrainingDate.optional(),
        limit: z.number().int().min(1).max(5000).default(1000),
      })
      .strict(),
    z.array(SessionSummary),
  ),
  /** The session with its roster, every attempt per part, outcomes and certificates. */
  'training.sessions.get': method(z.object({ id: Id }).strict(), SessionDetail),
  'training.sessions.save': method(
    z.object({ id: Id.optional(), fields: SessionFields }).strict(),
    SessionDetail,
  ),
  /** Removes its roster, scores and certificates too (each certificate is logged). */
  'training.sessions.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** Enrol staff by id and, or, every active member of a team or an outlet. */
  'training.enrolment.add': method(
    z
      .object({
        sessionId: Id,
        staffIds: z.array(Id).max(500).optional(),
        teamId: Id.optional(),
        outletId: Id.optional(),
      })
      .strict(),
    SessionDetail,
  ),
  /** Refused with CONFLICT when the trainee has scores. */
  'training.enrolment.remove': method(z.object({ sessionId: Id, staffId: Id }).strict(), SessionDetail),
  'training.attendance.set': method(
    z
      .object({
        sessionId: Id,
        attendance: z.array(z.object({ staffId: Id, attended: z.boolean().nullable() }).strict()).max(1000),
      })
      .strict(),
    SessionDetail,
  ),
  /**
   * Save the trainer's score sheet as one: trainees by employee number, part id → cell text. Any unknown trainee,
   * non-number or out-of-range cell refuses the whole sheet (INVALID_INPUT, details.cells lists every one). A
   * changed score is a new attempt (retake; the latest counts); certificates are issued or withdrawn to match.
   */
  'training.scores.save': method(
    z.object({ sessionId: Id, rows: z.array(ScoreSheetRow).max(1000) }).strict(),
    SessionDetail,
  ),
  /**
   * Import a session's attendance and scores from a CSV or XLSX sheet (layout in README.md "Training score import"):
   * the trainee by employee number or name, 出勤/attended, one column per assessment part named as the part. The
   * sheet is one unit: any rejected row writes nothing (row errors listed and in a CSV report); staff not on the
   * roster are enrolled; scores follow training.scores.save. `dryRun` writes nothing. Long: job progress, cancellable.
   */
  'training.import.run': method(
    z
      .object({
        jobId: JobId,
        sessionId: Id,
        path: FilePath,
        dryRun: z.boolean().default(false),
        errorReportPath: FilePath.optional(),
        language: Language.optional(),
      })
      .strict(),
    TrainingImportSummary,
  ),
  /** Certificates with today's status; by default only each person's newest per course. */
  'training.certificates.list': method(
    z
      .object({
        status: z.enum(CERTIFICATE_STATUSES).optional(),
        courseId: Id.optional(),
        staffId: Id.optional(),
        currentOnly: z.boolean().default(true),
        limit: z.number().int().min(1).max(20_000).default(5000),
      })
      .strict(),
    z.array(Certificate),
  ),
  'training.settings.get': method(Empty, TrainingSettings),
  /** Expiring window and the courses each role requires; logged. */
  'training.settings.save': method(
    z.object({ patch: TrainingSettings.partial() }).strict(),
    TrainingSettings,
  ),
  /** Competency matrix: active staff × courses their role requires → Not trained / Valid / Expiring / Expired. */
  'training.matrix': method(
    MatrixFilter.extend({ limit: z.number().int().min(1).max(10_000).default(2000) }).strict(),
    Matrix,
  ),
  /** Coverage, pass rate, new-hire training days and expiring certificates per outlet or team. */
  'training.kpis': method(
    z
      .object({
        groupBy: z.enum(['outlet', 'team']),
        from: TrainingDate.optional(),
        to: TrainingDate.optional(),
      })
      .strict(),
    TrainingKpis,
  ),
  /**
   * Did the training move the trainees' own ticket KPIs: CSAT, first response, first-contact resolution and repeat
   * complaints in the months before vs after (Welch's t-test, two-proportion z-test, 95 % intervals).
   */
  'training.effect': method(EffectQuery, TrainingEffect),
  /** Improvement plans of low performers, running ones first. */
  'training.plans.list': method(
    z.object({ staffId: Id.optional(), limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
    z.array(PlanSummary),
  ),
  'training.plans.get': method(z.object({ id: Id }).strict(), PlanDetail),
  /** Create (no id) or update a plan: trainee, mentor, reason, start and the 30/60/90-day goals; logged. */
  'training.plans.save': method(z.object({ id: Id.optional(), fields: PlanFields }).strict(), PlanDetail),
  /** Milestone reviews (goal met or not) and the outcome that closes the plan; logged. */
  'training.plans.review': method(PlanReview, PlanDetail),
  /** A dated check-in note by the mentor or trainer; logged. */
  'training.plans.checkin': method(PlanCheckin, PlanDetail),

  // ---------- backups, restore and the audit-log export (electron/core/backup, electron/core/audit-log) ----------

  /** Backups of a workspace (default: the open one) in `backups/` beside it, newest first. */
  'backup.list': method(z.object({ path: FilePath.optional() }).strict(), BackupList),
  /** "Back up now": a consistent copy with SQLite's online backup API; rotation runs afterwards. */
  'backup.create': method(z.object({ path: FilePath.optional() }).strict(), BackupCreated),
  /**
   * Replace a workspace (default: the open one) with a backup and open it. The current file is first copied to
   * backups/ (or moved aside when damaged). A damaged or foreign backup is refused and changes nothing. For a
   * workspace that is not open, only its own backups are accepted. Without `backupPath`: its newest good backup.
   */
  'backup.restore': method(
    z.object({ workspacePath: FilePath.optional(), backupPath: FilePath.optional() }).strict(),
    RestoreResult.extend({ workspace: WorkspaceSummary }),
  ),
  /** How many daily, weekly and monthly automatic backups rotation keeps (stored in the workspace, logged). */
  'backup.retention.get': method(Empty, BackupRetention),
  'backup.retention.set': method(z.object({ retention: BackupRetention }).strict(), BackupRetention),
  /** Write the audit entries of [from, to) to a CSV file. The log itself has no method that edits or deletes it. */
  'audit.export': method(
    z.object({ from: z.number().int().min(0), to: z.number().int().min(0), path: FilePath }).strict(),
    z.object({ path: z.string(), rows: z.number().int() }),
  ),

  // ---------- surveys (electron/core/surveys) ----------

  /** How many CSAT/NPS/CES and SERVQUAL answers the workspace holds and the days they span. */
  'surveys.coverage': method(Empty, SurveyCoverage),
  /** One page of CSAT/NPS/CES responses (sorted by a whitelisted column) and the filtered total. */
  'surveys.responses.list': method(
    z
      .object({
        filter: SurveyFilter.default({}),
        sort: z
          .object({ column: z.enum(SURVEY_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) })
          .strict()
          .default({ column: 'respondedOn', dir: 'desc' }),
        offset: z.number().int().min(0).max(100_000_000).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    SurveyPage,
  ),
  'surveys.responses.get': method(z.object({ id: Id }).strict(), SurveyResponse),
  /** Create (no id) or correct a response; `ticketRef` links it to a ticket by external id or number (NOT_FOUND otherwise). */
  'surveys.responses.save': method(
    z.object({ id: Id.optional(), fields: SurveyResponseFields }).strict(),
    SurveyResponse,
  ),
  'surveys.responses.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** CSAT average and share 4–5, NPS and CES average of the filtered responses, in total and per outlet, month or channel. */
  'surveys.summary': method(
    z.object({ filter: SurveyFilter.default({}), groupBy: z.enum(SURVEY_GROUPS).default('outlet') }).strict(),
    SurveySummary,
  ),
  /** SERVQUAL questionnaires of a period and outlet, newest first, each with its overall gap. */
  'surveys.servqual.list': method(
    z
      .object({
        filter: SurveyFilter.pick({ period: true, outletId: true }).strict().default({}),
        limit: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
    z.array(ServqualHead),
  ),
  'surveys.servqual.get': method(z.object({ id: Id }).strict(), ServqualDetail),
  /** Create (no id) or correct a questionnaire: all 22 items, expectation and perception 1–7 each. */
  'surveys.servqual.save': method(z.object({ id: Id.optional(), fields: ServqualFields }).strict(), ServqualDetail),
  'surveys.servqual.delete': method(z.object({ id: Id }).strict(), z.null()),
  /** Mean expectation, perception and gap (P − E) per item and per dimension, and the overall gap. */
  'surveys.servqual.summary': method(
    z.object({ filter: SurveyFilter.pick({ period: true, outletId: true }).strict().default({}) }).strict(),
    ServqualSummary,
  ),
  /**
   * Import CSAT/NPS/CES responses or SERVQUAL questionnaires from a CSV or XLSX file (layout in README.md) in one
   * transaction; rejected rows go to a CSV error report. Nothing is written when any row is rejected unless
   * `skipInvalid`; `dryRun` writes nothing. Long: job progress, cancellable.
   */
  'surveys.import.run': method(
    z
      .object({
        jobId: JobId,
        kind: z.enum(SURVEY_IMPORT_KINDS),
        path: FilePath,
        dryRun: z.boolean().default(false),
        skipInvalid: z.boolean().default(false),
        errorReportPath: FilePath.optional(),
        language: Language.optional(),
      })
      .strict(),
    SurveyImportSummary,
  ),

  // ---------- reports (electron/core/reports) ----------

  /** Default folder (beside the workspace), the newest month and half year with tickets, and whether PDF can be made. */
  'reports.defaults': method(Empty, ReportDefaults),
  /** Reports generated from this workspace, newest first. */
  'reports.list': method(Empty, z.array(ReportRun)),
  /**
   * Write a monthly, half-year or custom report as HTML, PDF and/or XLSX into `request.outDir`. Long: job progress
   * (gather, html, xlsx, pdf, save) and cancel; files appear only when all are complete. PDF without a printer
   * (no Electron, no Chromium found) is refused with NOT_SUPPORTED before any work.
   */
  'reports.export': method(ReportExportInput, ReportRun),
  /** Show a report file in the system's file manager (Electron host only; elsewhere NOT_SUPPORTED). */
  'reports.reveal': method(z.object({ path: FilePath }).strict(), z.null()),

  // ---------- quality audits and scorecard templates ----------

  /** Current version of every template (all versions with `withOld`), audit and mystery-shop kinds together. */
  'audits.templates.list': method(
    z.object({ kind: z.enum(TEMPLATE_KINDS).optional(), withOld: z.boolean().default(false) }).strict(),
    z.array(TemplateSummary),
  ),
  'audits.templates.get': method(z.object({ id: Id }).strict(), Template),
  /**
   * Create (no id) or edit the current version. A version with results is never changed: the edit is saved as the
   * next version (a new id), and the results keep the version they were scored on.
   */
  'audits.templates.save': method(
    z.object({ id: Id.optional(), fields: TemplateFields, expectedUpdatedAt: z.number().int().optional() }).strict(),
    Template,
  ),
  /**
   * Draw a month's sample with a plan (N per agent or a percentage, stratified, seeded) and queue a pending audit
   * per record; records already audited are skipped. CONFLICT `nothing_to_sample` when nothing is left to draw.
   */
  'audits.samples.draw': method(SamplePlan, SampleSummary),
  'audits.samples.list': method(z.object({ month: MonthText.optional() }).strict(), z.array(SampleSummary)),
  /** Newest month first, pending before submitted. */
  'audits.list': method(
    z
      .object({
        month: MonthText.optional(),
        status: z.enum(AUDIT_STATUSES).optional(),
        agentId: Id.optional(),
        sampleId: Id.optional(),
        limit: z.number().int().min(1).max(20_000).default(5000),
      })
      .strict(),
    z.array(AuditRow),
  ),
  /** The audit with its template version, the record audited and the score of its answers. */
  'audits.get': method(z.object({ id: Id }).strict(), AuditDetail),
  /** Save answers and findings; `submit` needs every item answered. The score is computed by core. */
  'audits.save': method(
    z
      .object({ id: Id, answers: Answers, findings: Findings, submit: z.boolean(), expectedUpdatedAt: z.number().int().optional() })
      .strict(),
    AuditDetail,
  ),
  /** Record the audited agent's dispute of one item of a submitted audit (one open dispute per item). */
  'audits.disputes.raise': method(
    z
      .object({
        auditId: Id,
        itemKey: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        reason: z.string().trim().min(1).max(2000),
        raisedBy: z.string().trim().min(1).max(100),
      })
      .strict(),
    AuditDetail,
  ),
  /** Arbitrate: upheld sets `newValue` and rescores (score before and after kept); rejected leaves the score. */
  'audits.disputes.decide': method(
    z
      .object({
        id: Id,
        outcome: z.enum(['upheld', 'rejected']),
        newValue: AnswerValue.optional(),
        decision: z.string().trim().min(1).max(2000),
      })
      .strict(),
    AuditDetail,
  ),
  /** Average submitted score per agent and month, months from–to inclusive. */
  'audits.report.agents': method(z.object({ from: MonthText, to: MonthText }).strict(), z.array(AgentScoreRow)),
  /** Failures per item over every version of the template, most failed first (for the Pareto). */
  'audits.report.items': method(
    z.object({ templateId: Id, from: MonthText, to: MonthText }).strict(),
    z.array(ItemFailure),
  ),
  /**
   * Calibration: several auditors score one record blind. `entry` and `saveEntry` show and take one auditor's own
   * answers only; `results` is refused (CONFLICT `calibration_blind`) until `reveal`, which needs two submissions.
   * Calibration scores are kept apart and never count in agent scores, samples, the Pareto or KPIs.
   */
  'audits.calibration.list': method(Empty, z.array(CalibrationSummary)),
  'audits.calibration.get': method(z.object({ id: Id }).strict(), CalibrationSummary),
  'audits.calibration.create': method(CalibrationCreate, CalibrationSummary),
  'audits.calibration.entry': method(z.object({ sessionId: Id, auditor: AuditorName }).strict(), CalibrationEntry),
  'audits.calibration.saveEntry': method(
    z.object({ sessionId: Id, auditor: AuditorName, answers: Answers, submit: z.boolean() }).strict(),
    CalibrationEntry,
  ),
  'audits.calibration.reveal': method(z.object({ id: Id }).strict(), CalibrationResults),
  'audits.calibration.results': method(z.object({ id: Id }).strict(), CalibrationResults),
  /** Per auditor and month: audits, average given, difference from all auditors on the same template and month. */
  'audits.report.auditors': method(z.object({ from: MonthText, to: MonthText }).strict(), z.array(AuditorMonthRow)),

  // ---------- mystery shopper (electron/core/mystery) ----------

  /** Programmes with their waves (date order), scenarios and the questionnaire version new visits take. */
  'mystery.programmes.list': method(Empty, z.array(Programme)),
  /** Create (no id) or rename a programme; `templateCode` names a mystery-shop scorecard. */
  'mystery.programmes.save': method(z.object({ id: Id.optional(), fields: ProgrammeFields }).strict(), Programme),
  /** Create (no id) or edit a wave and its outlets; an outlet with visits stays in the wave. */
  'mystery.waves.save': method(z.object({ id: Id.optional(), fields: WaveFields }).strict(), Wave),
  'mystery.scenarios.save': method(
    z.object({ programmeId: Id, name: z.string().trim().min(1).max(100), description: z.string().max(2000).default('') }).strict(),
    Scenario,
  ),
  /** Newest visit first. */
  'mystery.visits.list': method(
    z
      .object({
        waveId: Id.optional(),
        status: z.enum(VISIT_STATUSES).optional(),
        outletId: Id.optional(),
        limit: z.number().int().min(1).max(20_000).default(5000),
      })
      .strict(),
    z.array(VisitRow),
  ),
  'mystery.visits.get': method(z.object({ id: Id }).strict(), VisitDetail),
  /** Create (no id) or edit a draft visit; the score is computed by core on the visit's questionnaire version. */
  'mystery.visits.save': method(
    z.object({ id: Id.optional(), fields: VisitFields, expectedUpdatedAt: z.number().int().optional() }).strict(),
    VisitDetail,
  ),
  /** Review: draft → reviewed (every item answered) → published; reviewed → draft sends it back. Only published visits count. */
  'mystery.visits.move': method(z.object({ id: Id, to: z.enum(VISIT_STATUSES) }).strict(), VisitDetail),
  /** The outlet's appeal of one item (itemKey) or the whole visit (itemKey null) of a published visit. */
  'mystery.appeals.raise': method(AppealRaise, VisitDetail),
  /** Upheld changes the given answers and rescores (changes, score before and after kept); rejected leaves the score. */
  'mystery.appeals.decide': method(AppealDecide, VisitDetail),
  /** Outlets of a wave ranked by mean published score (ties share a rank), with the change since the previous wave. */
  'mystery.league': method(z.object({ waveId: Id }).strict(), League),
  /** Mean section score per outlet and section over a wave's published visits. */
  'mystery.heat': method(z.object({ waveId: Id }).strict(), SectionHeat),
  /** Mean published score of each outlet in each wave of a programme. */
  'mystery.trend': method(z.object({ programmeId: Id }).strict(), OutletTrend),
  /** Items of a wave's published visits, best mean first (the worst are at the end). */
  'mystery.items': method(z.object({ waveId: Id }).strict(), z.array(ItemStanding)),
  /**
   * Import a wave's visit results (CSV/XLSX: outlet, shopper, visitedAt, durationMin, optional scenario and
   * comments, one column per item key or label) in ONE transaction: any rejected row writes nothing; `dryRun`
   * writes nothing; `publish` publishes complete visits at once, else they arrive as drafts. Long, cancellable.
   */
  'mystery.import.run': method(
    z
      .object({
        jobId: JobId,
        waveId: Id,
        path: FilePath,
        dryRun: z.boolean().default(false),
        publish: z.boolean().default(false),
        errorReportPath: FilePath.optional(),
        language: Language.optional(),
      })
      .strict(),
    MysteryImportSummary,
  ),

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
  { ok: true; value: MethodOutput<M> } | { ok: false; error: QmError };

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
