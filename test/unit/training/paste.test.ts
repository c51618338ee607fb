import { describe, expect, it } from 'vitest';
import { parsePastedBlock } from '../../../shared/domain/training.ts';
import type { SessionDetail } from '../../../shared/schemas/training.ts';
import { applyPaste, buildRows, buildSheet, liveOutcome } from '../../../renderer/src/views/training/sessions/scoreRows.ts';

const parts = [
  { id: 11, name: '理论', maxScore: 100, passMark: 60 },
  { id: 12, name: '实操', maxScore: 50, passMark: 30 },
];
const trainee = (staffId: number, employeeNo: string, name: string, theory?: number): SessionDetail['trainees'][number] => ({
  staffId,
  employeeNo,
  name,
  outletName: null,
  attended: null,
  attempts: theory === undefined ? {} : { '11': [{ attempt: 1, score: theory, enteredAt: 0, enteredBy: 't' }] },
  outcome: 'pending',
  certificate: null,
});
const detail = { parts, trainees: [trainee(1, 'E001', '李娜', 70), trainee(2, 'E002', '王强'), trainee(3, 'E003', '张伟')] } as unknown as SessionDetail;

describe('the score grid', () => {
  it('fills a block down and across from a part cell, and lines beyond the roster become unknown trainees', () => {
    const rows = buildRows(detail);
    const result = applyPaste(rows, parts, parsePastedBlock('80\t40\n55\t35\n90\t45\n'), 1, 0);
    expect(result.rows.map((r) => [r.trainee, r.cells['11'], r.cells['12']])).toEqual([
      ['E001', '70', ''],
      ['E002', '80', '40'],
      ['E003', '55', '35'],
      ['', '90', '45'],
    ]);
    expect(result.stray).toBe(1);
    expect(liveOutcome(result.rows[1]!, parts)).toBe('pass');
    expect(liveOutcome(result.rows[2]!, parts)).toBe('fail');
  });

  it('matches pasted lines by employee number or name at the trainee column, and sends only what changed', () => {
    const rows = buildRows(detail);
    const result = applyPaste(rows, parts, parsePastedBlock('张伟\t88\t44\ne001\t70\t41\nE404\t1\t2'), 0, null);
    expect(result.rows.find((r) => r.trainee === 'E003')!.cells).toEqual({ '11': '88', '12': '44' });
    const { sheet, keys } = buildSheet(result.rows, parts);
    expect(sheet).toEqual([
      { trainee: 'E001', cells: { '12': '41' } },
      { trainee: 'E003', cells: { '11': '88', '12': '44' } },
      { trainee: 'E404', cells: { '11': '1', '12': '2' } },
    ]);
    expect(keys).toHaveLength(3);
  });

  it('keeps unsaved cells and unknown-trainee lines when the saved session changes underneath', () => {
    const pasted = applyPaste(buildRows(detail), parts, parsePastedBlock('E404\t1\t2\nE002\t66\t33'), 0, null).rows;
    const rebuilt = buildRows(detail, pasted);
    expect(rebuilt.find((r) => r.trainee === 'E002')!.cells).toEqual({ '11': '66', '12': '33' });
    expect(rebuilt.filter((r) => r.staffId === null).map((r) => r.trainee)).toEqual(['E404']);
  });
});
