/** Schemas of the ticket import (methods `import.*` in shared/api.ts); the mapping file format is in README.md. */
import { z } from 'zod';

/** How one ticket field is read from an import file. */
export const FieldMapping = z
  .object({
    /** Header of the source column; matched exactly, else ignoring case, spaces, `_` and `-`. */
    column: z.string().trim().min(1).max(200),
    /** Source value → stored value, e.g. "High" → "1" for tier, "电话" → "phone" for channel; "" maps empty cells. */
    valueMap: z.record(z.string().max(200), z.string().max(200)).optional(),
    /** Date-time fields: 'auto' (default), 'iso', 'epoch_ms', 'epoch_s', 'excel' or a pattern like 'DD/MM/YYYY HH:mm'. */
    format: z.string().trim().min(1).max(40).optional(),
    /** Skip the field when the file has no such column (presets set it on every optional field), instead of failing. */
    optional: z.boolean().optional(),
  })
  .strict();
export type FieldMapping = z.infer<typeof FieldMapping>;

/**
 * Ticket fields an import can fill. References (category, outlet, team, assignee, product) match a record's code,
 * then its name; `customer` is the customer's code (created when unknown, with customerName and customerSegment).
 */
export const IMPORT_FIELDS = [
  'externalId',
  'channel',
  'type',
  'category',
  'tier',
  'outlet',
  'team',
  'assignee',
  'customer',
  'customerName',
  'customerSegment',
  'product',
  'subject',
  'description',
  'status',
  'createdAt',
  'firstResponseAt',
  'escalatedAt',
  'resolvedAt',
  'closedAt',
  'resolution',
  'reopenCount',
  'fcr',
  'compensationType',
  'compensationAmount',
  'callbackAt',
  'callbackResult',
  'csat',
  'nps',
  'ces',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Fields a mapping must map: TicketFields requires them and they have no sensible default. */
export const REQUIRED_IMPORT_FIELDS = [
  'channel',
  'type',
  'tier',
  'subject',
  'status',
  'createdAt',
] as const satisfies readonly ImportField[];

export const MappingName = z.string().trim().min(1).max(80);

export const ImportMapping = z
  .object({
    name: MappingName,
    /** IANA zone in which the file's local date-times are read (default: the workspace's). */
    timeZone: z.string().trim().min(1).max(64).optional(),
    fields: z.partialRecord(z.enum(IMPORT_FIELDS), FieldMapping),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

export const SavedMapping = z.object({
  name: z.string(),
  /** Presets ship with the app (resources/import-presets) and cannot be changed or deleted. */
  builtIn: z.boolean(),
  mapping: ImportMapping,
  updatedAt: z.number().nullable(),
});
export type SavedMapping = z.infer<typeof SavedMapping>;

/**
 * Why a row was rejected, stable across languages: the UI and the CSV report word it from the catalog
 * (`ticketImport.rowErrors.<code>`, filled with `params`); `reason` stays the English sentence for the CLI and logs.
 */
export const ROW_ERROR_CODES = [
  'required',
  'notRealDate',
  'notDateTime',
  'notDateInFormat',
  'notExcelSerial',
  'notEpochMs',
  'notEpochS',
  'dateOutOfRange',
  'formula',
  'notNumber',
  'notInteger',
  'unknownValue',
  'unknownReference',
  'ambiguousReference',
  'tooLong',
  'tooShort',
  'tooSmall',
  'tooBig',
  'notAllowed',
  'wrongType',
  'invalid',
  'timeOrder',
  'timeOrderMerged',
  'duplicateExternalId',
  'duplicateInFile',
  'absentWithScores',
  'cellInvalidDate',
  'formulaNoValue',
  'cellError',
  'unsupportedCell',
  'cellTooLong',
  'fieldCount',
  'unclosedQuote',
  'badQuotes',
] as const;
export const RowErrorCode = z.enum(ROW_ERROR_CODES);
export type RowErrorCode = z.infer<typeof RowErrorCode>;
/** Values for the catalog text; `field` and `after` name import fields and are shown with their catalog label. */
export const RowErrorParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type RowErrorParams = z.infer<typeof RowErrorParams>;

export const ImportRowError = z.object({
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: z.number(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  /** English wording, for the CLI and logs. */
  reason: z.string(),
  code: RowErrorCode,
  params: RowErrorParams,
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const PreviewRow = z.object({
  row: z.number(),
  /** The source cells as text, in the order of `columns`. */
  cells: z.array(z.string()),
  /** Converted values by import field (ids of references, epoch ms of date-times); absent when not mapped. */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  errors: z.array(ImportRowError),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  path: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** 'utf-8', 'gb18030', 'utf-16le'… for CSV; 'xlsx' for workbooks. */
  encoding: z.string(),
  /** CSV delimiter found; null for XLSX. */
  delimiter: z.string().nullable(),
  columns: z.array(z.string()),
  /** Mapping suggested from the header (the best preset, completed by matching column names). */
  suggested: ImportMapping,
  /** Name of the preset the suggestion started from, or null. */
  suggestedPreset: z.string().nullable(),
  /** The mapping the rows were converted with: the one given, else the suggestion. */
  mapping: ImportMapping,
  /** Why the mapping cannot be used with this file (missing columns, bad format…); rows then carry no values. */
  mappingProblem: z.string().nullable(),
  rows: z.array(PreviewRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportSummary = z.object({
  total: z.number(),
  inserted: z.number(),
  /** Existing tickets (same external id) whose fields changed. */
  updated: z.number(),
  /** Existing tickets the file holds with exactly the same values. */
  unchanged: z.number(),
  rejected: z.number(),
  customersCreated: z.number(),
  dryRun: z.boolean(),
  /** The first errors; the full list is in the CSV report. */
  errors: z.array(ImportRowError),
  errorReportPath: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  seconds: z.number(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** What a fixed-layout import (surveys, training score sheets) answers; areas extend it with their own counts. */
export const FixedImportSummary = z.object({
  total: z.number(),
  inserted: z.number(),
  rejected: z.number(),
  dryRun: z.boolean(),
  /** The first errors; the full list is in the CSV report. */
  errors: z.array(ImportRowError),
  errorReportPath: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
});
export type FixedImportSummary = z.infer<typeof FixedImportSummary>;
