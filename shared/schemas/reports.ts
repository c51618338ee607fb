/** Schemas of the reports area (report files for executives); the methods that use them are in shared/api.ts. */
import { z } from 'zod';
import { monthPeriod, parsePeriod, type Period } from '../domain/kpi-period.ts';
import { FilePath, JobId, Language } from './workspace.ts';
import { KpiScope, PeriodText } from './kpi.ts';

export const REPORT_KINDS = ['monthly', 'halfyear', 'custom'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['html', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Sections in the order a report shows them; monthly and half-year reports have them all. */
export const REPORT_SECTIONS = [
  'summary',
  'trends',
  'complaints',
  'sla',
  'outlets',
  'quality',
  'training',
  'improvement',
  'alerts',
  'definitions',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const HALF = /^(\d{4})-H([12])$/;

/**
 * The KPI period a report covers: a month (YYYY-MM), a half year (YYYY-H1, YYYY-H2) as its six months, or for a
 * custom report any period the KPI engine takes. Null when the text does not fit the kind.
 */
export function reportPeriod(kind: ReportKind, text: string): Period | null {
  if (kind === 'monthly') {
    const p = parsePeriod(text);
    return p && p.kind === 'month' ? p : null;
  }
  if (kind === 'halfyear') {
    const m = HALF.exec(text.trim());
    if (!m) return null;
    const year = Number(m[1]);
    const first = m[2] === '1' ? 1 : 7;
    if (year < 2000 || year > 2099) return null;
    const from = monthPeriod(year, first).from;
    const to = monthPeriod(year, first + 5).to;
    return { kind: 'custom', from, to, text: `${from}..${to}` };
  }
  return parsePeriod(text);
}

export const ReportRequest = z
  .object({
    kind: z.enum(REPORT_KINDS),
    /** YYYY-MM (monthly), YYYY-H1 / YYYY-H2 (half-year) or any KPI period (custom). */
    period: PeriodText.or(z.string().trim().regex(HALF)),
    scope: KpiScope.default({ dim: 'org', key: '' }),
    language: Language,
    formats: z
      .array(z.enum(REPORT_FORMATS))
      .min(1)
      .max(3)
      .refine((f) => new Set(f).size === f.length, 'each format once'),
    /** Custom reports choose their sections; monthly and half-year reports have every section. */
    sections: z
      .array(z.enum(REPORT_SECTIONS))
      .min(1)
      .max(REPORT_SECTIONS.length)
      .refine((s) => new Set(s).size === s.length, 'each section once')
      .optional(),
    /** Staff names become employee numbers and phone numbers in texts are masked. */
    mask: z.boolean().default(false),
    /** Folder the files are written to (created when missing). */
    outDir: FilePath,
  })
  .strict()
  .refine((r) => reportPeriod(r.kind, r.period) !== null, {
    message: 'monthly takes YYYY-MM, half-year YYYY-H1 or YYYY-H2',
    path: ['period'],
  });
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportExportInput = z.object({ jobId: JobId, request: ReportRequest }).strict();

export const ReportFile = z.object({
  format: z.enum(REPORT_FORMATS),
  path: z.string(),
  bytes: z.number().int(),
});

/** One generated report as the list of generated reports shows it. */
export const ReportRun = z.object({
  id: z.number(),
  kind: z.enum(REPORT_KINDS),
  period: z.string(),
  scope: z.object({ dim: z.string(), key: z.string() }),
  language: Language,
  mask: z.boolean(),
  files: z.array(ReportFile),
  seconds: z.number(),
  actor: z.string(),
  createdAt: z.number(),
});
export type ReportRun = z.infer<typeof ReportRun>;

/** What the reports screen starts from: the default folder, the last complete month and half year with data. */
export const ReportDefaults = z.object({
  outDir: z.string(),
  /** Tickets in the workspace: none means a report would be empty. */
  tickets: z.number().int(),
  month: z.string().nullable(),
  halfYear: z.string().nullable(),
  language: Language,
  /** Whether this host can print PDFs, and with what (Electron, or the Chromium it found). */
  pdf: z.object({ available: z.boolean(), engine: z.string().nullable() }),
});
export type ReportDefaults = z.infer<typeof ReportDefaults>;
