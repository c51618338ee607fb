/**
 * Training rules shared by core and the score grid, so the grid flags exactly what a save would refuse and shows
 * the outcome a save would record.
 */
import type { CertificateStatus, ScoreCellError, TraineeOutcome } from '../schemas/training.ts';

export interface PartRule {
  id: number;
  maxScore: number;
  passMark: number;
}

export type CellCheck =
  { kind: 'empty' } | { kind: 'score'; value: number } | { kind: 'error'; code: ScoreCellError };

/**
 * A typed or pasted cell: blank is "not entered"; a comma decimal (85,5) and a full-width digit are read as
 * spreadsheets in a Chinese locale write them; anything else must be a number from 0 to the part's maximum.
 */
export function checkScoreCell(text: string, part: PartRule): CellCheck {
  const normalised = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．,]/g, '.');
  if (normalised === '') return { kind: 'empty' };
  if (!/^[+]?\d+(\.\d+)?$/.test(normalised)) return { kind: 'error', code: 'not_a_number' };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { kind: 'error', code: 'not_a_number' };
  if (value < 0 || value > part.maxScore) return { kind: 'error', code: 'out_of_range' };
  return { kind: 'score', value };
}

/** Pass when every part's counting score reaches its pass mark; fail as soon as one scored part falls short. */
export function traineeOutcome(
  parts: readonly PartRule[],
  latest: ReadonlyMap<number, number>,
): TraineeOutcome {
  let complete = true;
  for (const part of parts) {
    const score = latest.get(part.id);
    if (score === undefined) complete = false;
    else if (score < part.passMark) return 'fail';
  }
  return complete && parts.length > 0 ? 'pass' : 'pending';
}

/** A block copied from Excel or WPS: rows by line, cells by tab; the trailing line break Excel adds is dropped. */
export function parsePastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

const DAY_MS = 86_400_000;
const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (calendar dates). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);

/** The same day `months` later; a day the month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

/** Last valid day of a certificate issued on `issuedOn`: the day before the same date `months` later. */
export const certificateExpiry = (issuedOn: string, months: number | null): string | null =>
  months === null ? null : addDays(addMonths(issuedOn, months), -1);

/**
 * Valid until `expiringDays` before the last valid day; Expiring from then through the last valid day itself;
 * Expired from the day after. A certificate without an end stays Valid.
 */
export function certificateStatus(
  expiresOn: string | null,
  today: string,
  expiringDays: number,
): CertificateStatus {
  if (expiresOn === null) return 'valid';
  const left = daysBetween(today, expiresOn);
  if (left < 0) return 'expired';
  return left <= expiringDays ? 'expiring' : 'valid';
}
