import { describe, expect, it } from 'vitest';
import {
  addMonths,
  certificateExpiry,
  certificateStatus,
  checkScoreCell,
  parsePastedBlock,
  traineeOutcome,
} from '../../../shared/domain/training.ts';

const theory = { id: 1, maxScore: 100, passMark: 60 };
const practice = { id: 2, maxScore: 50, passMark: 30 };

describe('score cells', () => {
  it('read blanks, numbers, comma decimals and full-width digits, and flag the rest', () => {
    expect(checkScoreCell('  ', theory)).toEqual({ kind: 'empty' });
    expect(checkScoreCell('85', theory)).toEqual({ kind: 'score', value: 85 });
    expect(checkScoreCell('85,5', theory)).toEqual({ kind: 'score', value: 85.5 });
    expect(checkScoreCell('９０', theory)).toEqual({ kind: 'score', value: 90 });
    expect(checkScoreCell('0', theory)).toEqual({ kind: 'score', value: 0 });
    expect(checkScoreCell('100', theory)).toEqual({ kind: 'score', value: 100 });
    expect(checkScoreCell('100.5', theory)).toEqual({ kind: 'error', code: 'out_of_range' });
    expect(checkScoreCell('-1', theory)).toEqual({ kind: 'error', code: 'not_a_number' });
    expect(checkScoreCell('八十', theory)).toEqual({ kind: 'error', code: 'not_a_number' });
    expect(checkScoreCell('1e2', theory)).toEqual({ kind: 'error', code: 'not_a_number' });
  });
});

describe('pass and fail', () => {
  it('pass only when every part reaches its pass mark, fail as soon as one falls short', () => {
    expect(traineeOutcome([theory, practice], new Map([[1, 60], [2, 30]]))).toBe('pass');
    expect(traineeOutcome([theory, practice], new Map([[1, 59.5], [2, 50]]))).toBe('fail');
    expect(traineeOutcome([theory, practice], new Map([[2, 10]]))).toBe('fail');
    expect(traineeOutcome([theory, practice], new Map([[1, 90]]))).toBe('pending');
    expect(traineeOutcome([], new Map())).toBe('pending');
  });
});

describe('pasted blocks', () => {
  it('split Excel text by line and tab, dropping the trailing line break', () => {
    expect(parsePastedBlock('E001\t80\t40\r\nE002\t\t35\r\n')).toEqual([
      ['E001', '80', '40'],
      ['E002', '', '35'],
    ]);
    expect(parsePastedBlock('77')).toEqual([['77']]);
  });
});

describe('certificate status', () => {
  it('run to the day before the same date months later, month ends clamped', () => {
    expect(certificateExpiry('2026-01-15', 12)).toBe('2027-01-14');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(certificateExpiry('2026-03-01', null)).toBeNull();
  });

  it('is Valid, then Expiring for the last N days through the last valid day, then Expired', () => {
    const last = '2026-12-31';
    expect(certificateStatus(last, '2026-11-30', 30)).toBe('valid');
    expect(certificateStatus(last, '2026-12-01', 30)).toBe('expiring');
    expect(certificateStatus(last, '2026-12-31', 30)).toBe('expiring');
    expect(certificateStatus(last, '2027-01-01', 30)).toBe('expired');
    expect(certificateStatus(last, '2026-10-01', 91)).toBe('expiring');
    expect(certificateStatus(null, '2099-01-01', 30)).toBe('valid');
  });
});
