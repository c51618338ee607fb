import { z } from 'zod';
import { STAFF_ROLES } from '../domain/enums.ts';
import { FixedImportSummary } from './importers.ts';
import { Id } from './tickets.ts';

export const TRAINING_COURSE_TYPES = [
  'new_hire',
  'product',
  'communication',
  'sop',
  'complaint',
  'competition',
] as const;
export const TRAINING_TIERS = ['new_staff', 'core_staff', 'manager'] as const;
export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired'] as const;
export const MATRIX_STATES = ['not_trained', 'valid', 'expiring', 'expired'] as const;
export const TRAINEE_OUTCOMES = ['pass', 'fail', 'pending'] as const;
export const SCORE_CELL_ERRORS = ['not_a_number', 'out_of_range', 'unknown_trainee'] as const;

export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export type MatrixState = (typeof MATRIX_STATES)[number];
export type TraineeOutcome = (typeof TRAINEE_OUTCOMES)[number];
export type ScoreCellError = (typeof SCORE_CELL_ERRORS)[number];

export const TrainingDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'no such day',
  );

const Score = z.number().finite().min(0).max(10_000);

export const CoursePart = z
  .object({
    /** Absent for a part added in this save. */
    id: Id.optional(),
    name: z.string().trim().min(1).max(40),
    maxScore: Score.positive(),
    passMark: Score,
  })
  .strict()
  .refine((p) => p.passMark <= p.maxScore, {
    message: 'the pass mark cannot exceed the maximum score',
    path: ['passMark'],
  });
export type CoursePart = z.infer<typeof CoursePart>;

export const CourseFields = z
  .object({
    code: z.string().trim().min(1).max(24),
    name: z.string().trim().min(1).max(80),
    type: z.enum(TRAINING_COURSE_TYPES),
    tier: z.enum(TRAINING_TIERS),
    durationDays: z.number().finite().min(0.5).max(365),
    /** null: the certificate never expires. */
    validityMonths: z.number().int().min(1).max(120).nullable(),
    active: z.boolean(),
    parts: z.array(CoursePart).min(1).max(6),
  })
  .strict()
  .refine((c) => new Set(c.parts.map((p) => p.name)).size === c.parts.length, {
    message: 'part names must differ',
    path: ['parts'],
  });
export type CourseFields = z.infer<typeof CourseFields>;

export const Course = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  type: z.enum(TRAINING_COURSE_TYPES),
  tier: z.enum(TRAINING_TIERS),
  durationDays: z.number(),
  validityMonths: z.number().nullable(),
  active: z.boolean(),
  parts: z.array(z.object({ id: z.number(), name: z.string(), maxScore: z.number(), passMark: z.number() })),
  sessions: z.number(),
  updatedAt: z.number(),
});
export type Course = z.infer<typeof Course>;

export const SessionFields = z
  .object({
    courseId: Id,
    startOn: TrainingDate,
    endOn: TrainingDate,
    hours: z.number().finite().min(0.5).max(2000),
    trainerId: Id.nullable(),
    location: z.string().trim().max(80),
  })
  .strict()
  .refine((s) => s.endOn >= s.startOn, {
    message: 'a session ends on or after its first day',
    path: ['endOn'],
  });
export type SessionFields = z.infer<typeof SessionFields>;

export const SessionSummary = z.object({
  id: z.number(),
  courseId: z.number(),
  courseName: z.string(),
  courseType: z.enum(TRAINING_COURSE_TYPES),
  startOn: z.string(),
  endOn: z.string(),
  hours: z.number(),
  trainerId: z.number().nullable(),
  trainerName: z.string().nullable(),
  location: z.string(),
  enrolled: z.number(),
  attended: z.number(),
  passed: z.number(),
  failed: z.number(),
  updatedAt: z.number(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** One part's attempts, oldest first; the last one counts. */
export const Attempt = z.object({
  attempt: z.number(),
  score: z.number(),
  enteredAt: z.number(),
  enteredBy: z.string(),
});

export const Trainee = z.object({
  staffId: z.number(),
  employeeNo: z.string(),
  name: z.string(),
  outletName: z.string().nullable(),
  attended: z.boolean().nullable(),
  /** Part id → attempts. */
  attempts: z.record(z.string(), z.array(Attempt)),
  outcome: z.enum(TRAINEE_OUTCOMES),
  certificate: z
    .object({ id: z.number(), issuedOn: z.string(), expiresOn: z.string().nullable() })
    .nullable(),
});
export type Trainee = z.infer<typeof Trainee>;

export const SessionDetail = SessionSummary.extend({
  parts: Course.shape.parts,
  validityMonths: z.number().nullable(),
  trainees: z.array(Trainee),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

/** A grid row as typed or pasted: the trainee's employee number and each part's cell text ('' = leave as it is). */
export const ScoreSheetRow = z
  .object({
    trainee: z.string().max(64),
    cells: z.record(z.string().regex(/^\d{1,12}$/), z.string().max(32)),
  })
  .strict();
export type ScoreSheetRow = z.infer<typeof ScoreSheetRow>;

export const ScoreSheetError = z.object({
  row: z.number(),
  trainee: z.string(),
  /** null: the row's trainee is the problem. */
  partId: z.number().nullable(),
  code: z.enum(SCORE_CELL_ERRORS),
});
export type ScoreSheetError = z.infer<typeof ScoreSheetError>;

export const Certificate = z.object({
  id: z.number(),
  staffId: z.number(),
  employeeNo: z.string(),
  staffName: z.string(),
  outletName: z.string().nullable(),
  courseId: z.number(),
  courseName: z.string(),
  sessionId: z.number(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  status: z.enum(CERTIFICATE_STATUSES),
  /** Days from today to the last valid day (negative once expired); null when it never expires. */
  daysLeft: z.number().nullable(),
});
export type Certificate = z.infer<typeof Certificate>;

export const Requirement = z.object({ role: z.enum(STAFF_ROLES), courseId: Id }).strict();

export const TrainingSettings = z
  .object({
    /** A certificate is Expiring this many days before its last valid day. */
    expiringDays: z.number().int().min(1).max(365),
    requirements: z.array(Requirement).max(500),
  })
  .strict();
export type TrainingSettings = z.infer<typeof TrainingSettings>;

export const MatrixFilter = z
  .object({
    outletId: Id.optional(),
    teamId: Id.optional(),
    role: z.enum(STAFF_ROLES).optional(),
  })
  .strict();
export type MatrixFilter = z.infer<typeof MatrixFilter>;

export const Matrix = z.object({
  courses: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      staffId: z.number(),
      employeeNo: z.string(),
      name: z.string(),
      role: z.enum(STAFF_ROLES),
      outletName: z.string().nullable(),
      teamName: z.string().nullable(),
      /** Course id → state; courses the role does not require are absent. */
      cells: z.record(
        z.string(),
        z.object({ state: z.enum(MATRIX_STATES), expiresOn: z.string().nullable() }),
      ),
    }),
  ),
  /** Staff matching the filter before the row limit. */
  total: z.number(),
});
export type Matrix = z.infer<typeof Matrix>;

export const KpiGroup = z.object({
  id: z.number().nullable(),
  name: z.string().nullable(),
  staff: z.number(),
  /** Staff whose role requires a product-knowledge course (all staff when no role does), and those of them assessed in one in the period. */
  mustAssess: z.number(),
  assessed: z.number(),
  /** Trainee-sessions with every part scored, and those of them passed (latest attempts). */
  results: z.number(),
  passed: z.number(),
  newHires: z.number(),
  /** New hires with at least five attended new-hire training days. */
  newHiresTrained: z.number(),
  expiring30: z.number(),
  expiring60: z.number(),
  expiring90: z.number(),
});
export type KpiGroup = z.infer<typeof KpiGroup>;

export const TrainingKpis = z.object({
  from: z.string(),
  to: z.string(),
  groups: z.array(KpiGroup),
  total: KpiGroup,
});
export type TrainingKpis = z.infer<typeof TrainingKpis>;

/** A score sheet imported from a file: trainees written, staff newly enrolled, score attempts added. */
export const TrainingImportSummary = FixedImportSummary.extend({ enrolled: z.number(), attempts: z.number() });
export type TrainingImportSummary = z.infer<typeof TrainingImportSummary>;
