import type { z } from 'zod';
import { QmFailure } from '../../../../shared/errors.ts';
import type { RowErrorCode, RowErrorParams } from '../../../../shared/schemas/importers.ts';
import { TicketFields, timeOrderProblem } from '../../../../shared/schemas/tickets.ts';
import { fastCheck } from './fast-check.ts';

interface Wording {
  reason: string;
  code: RowErrorCode;
  params: RowErrorParams;
}

export interface FieldIssue extends Wording {
  field: keyof TicketFields;
}

/** Rows also checked by zod although the fast check passed them: the first ones, then one in SAMPLE_EVERY. */
const SAMPLE_FIRST = 200;
const SAMPLE_EVERY = 997;

const TIMESTAMPS = new Set<string>(['createdAt', 'firstResponseAt', 'escalatedAt', 'resolvedAt', 'closedAt', 'callbackAt']);

/**
 * TicketFields and timeOrderProblem for one converted row: [] when it may be written. zod decides whenever the fast
 * check says no, and on a sample when it says yes; if the two ever disagree on a passing row, the fast check is
 * out of date with the schema and the import stops (INTERNAL) rather than write a row the schema refuses.
 */
export class RowValidator {
  private seen = 0;

  check(t: TicketFields): FieldIssue[] {
    const n = this.seen++;
    if (fastCheck(t)) {
      if (n < SAMPLE_FIRST || n % SAMPLE_EVERY === 0) {
        const parsed = TicketFields.safeParse(t);
        if (!parsed.success) {
          throw new QmFailure('INTERNAL', `Import validation disagrees with TicketFields: ${parsed.error.issues[0]?.message ?? ''}`);
        }
      }
      return order(t);
    }
    const parsed = TicketFields.safeParse(t);
    if (parsed.success) return order(t); // the fast check is stricter than the schema here: the schema decides
    return parsed.error.issues.map((issue) => ({ field: issue.path[0] as keyof TicketFields, ...humanize(issue) }));
  }
}

const label = (field: string): string => field.replace(/At$/, ' at').replace(/([A-Z])/g, ' $1').toLowerCase();

const NONE: FieldIssue[] = [];

function order(t: TicketFields): FieldIssue[] {
  const problem = timeOrderProblem(t);
  if (!problem) return NONE;
  return [
    {
      field: problem.field,
      reason: `${label(problem.field)} is earlier than ${label(problem.after)}`,
      code: 'timeOrder',
      params: { field: problem.field, after: problem.after },
    },
  ];
}

const say = (reason: string, code: RowErrorCode, params: RowErrorParams = {}): Wording => ({ reason, code, params });

/** zod's issue in words a manager understands (the field's column is reported beside it), with its reason code. */
function humanize(issue: z.core.$ZodIssue): Wording {
  const field = String(issue.path[0] ?? '');
  if (TIMESTAMPS.has(field) && (issue.code === 'too_small' || issue.code === 'too_big')) {
    return say('the date is outside the accepted range (years 2000 to 2100)', 'dateOutOfRange');
  }
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin !== 'string') return say(`must be at least ${issue.minimum}`, 'tooSmall', { min });
      return min <= 1 ? say('a value is required', 'required') : say(`must be at least ${issue.minimum} characters`, 'tooShort', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string' ? say(`longer than ${issue.maximum} characters`, 'tooLong', { max }) : say(`must be at most ${issue.maximum}`, 'tooBig', { max });
    }
    case 'invalid_type':
      if (issue.expected === 'int') return say('must be a whole number', 'notInteger');
      if (issue.input === null || issue.input === undefined) return say('a value is required', 'required');
      return say(`expected a ${issue.expected}`, 'wrongType', { expected: issue.expected });
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return say(`must be one of: ${values}`, 'notAllowed', { values });
    }
    default:
      return say(issue.message, 'invalid');
  }
}
