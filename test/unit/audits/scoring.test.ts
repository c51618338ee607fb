import { describe, expect, it } from 'vitest';
import { isValidAnswer, itemRatio, scaleValues, scoreForm } from '../../../shared/domain/scorecard.ts';
import type { ScorecardItem, ScorecardSection } from '../../../shared/schemas/audits.ts';
import { Sections } from '../../../shared/schemas/audits.ts';

const item = (key: string, over: Partial<ScorecardItem> = {}): ScorecardItem => ({
  key,
  labelZh: key,
  labelEn: key,
  guidance: '',
  scale: 'yes_no',
  maxPoints: 10,
  weight: 1,
  bonus: false,
  critical: 'none',
  servqual: 'assurance',
  ...over,
});
const section = (key: string, items: ScorecardItem[], weight = 1): ScorecardSection => ({ key, labelZh: key, labelEn: key, weight, items });

describe('item ratios', () => {
  it('map every scale onto 0–1 and refuse values off the scale', () => {
    expect(itemRatio(item('a'), 1)).toBe(1);
    expect(itemRatio(item('a'), 0)).toBe(0);
    expect(itemRatio(item('a', { scale: 'five' }), 4)).toBe(0.75);
    expect(itemRatio(item('a', { scale: 'ten' }), 7)).toBe(0.7);
    expect(itemRatio(item('a', { scale: 'points', maxPoints: 20 }), 15)).toBe(0.75);
    expect(itemRatio(item('a'), 'na')).toBeNull();
    expect(itemRatio(item('a'), null)).toBeNull();
    expect(isValidAnswer(item('a', { scale: 'five' }), 0)).toBe(false);
    expect(isValidAnswer(item('a', { scale: 'five' }), 2.5)).toBe(false);
    expect(isValidAnswer(item('a', { scale: 'points', maxPoints: 3 }), 4)).toBe(false);
    expect(scaleValues(item('a', { scale: 'points', maxPoints: 3 }))).toEqual([0, 1, 2, 3]);
  });
});

describe('the scoring rule', () => {
  it('weights items within a section and sections within the form (hand-computed)', () => {
    const sections = [
      section('s1', [item('a', { weight: 3 }), item('b', { weight: 1, scale: 'five' })], 2),
      section('s2', [item('c', { scale: 'ten', weight: 2 })], 1),
    ];
    // s1 = (3·1 + 1·0.5) / 4 = 87.5; s2 = 60; form = (2·87.5 + 1·60) / 3 = 78.333…
    const r = scoreForm(sections, { a: 1, b: 3, c: 6 });
    expect(r.sections.map((s) => s.score)).toEqual([87.5, 60]);
    expect(r.score).toBe(78.33);
    expect(r.autoFail).toBeNull();
    expect(r.answered).toBe(3);
    expect(r.total).toBe(3);
  });

  it('takes N/A items out of the denominator, and a section of only N/A out of the form', () => {
    const sections = [section('s1', [item('a', { weight: 3 }), item('b', { weight: 1 })]), section('s2', [item('c')])];
    const r = scoreForm(sections, { a: 'na', b: 1, c: 'na' });
    expect(r.sections.map((s) => s.score)).toEqual([100, null]);
    expect(r.score).toBe(100);
    expect(scoreForm(sections, { a: 'na', b: 'na', c: 'na' }).score).toBeNull();
  });

  it('adds bonus items to the numerator only and caps the section at 100%', () => {
    const sections = [section('s', [item('a'), item('b'), item('x', { bonus: true, weight: 1 })])];
    // (1 + 0 + 1) / 2 = 100
    expect(scoreForm(sections, { a: 1, b: 0, x: 1 }).score).toBe(100);
    // (1 + 1 + 1) / 2 = 150 → capped
    expect(scoreForm(sections, { a: 1, b: 1, x: 1 }).score).toBe(100);
    expect(scoreForm(sections, { a: 1, b: 0, x: 0 }).score).toBe(50);
  });

  it('zeroes a section when its critical item fails, and the form when a form-critical item fails', () => {
    const sections = [
      section('s1', [item('a', { critical: 'section' }), item('b')]),
      section('s2', [item('c'), item('d', { critical: 'form', scale: 'five' })]),
    ];
    const sectionFail = scoreForm(sections, { a: 0, b: 1, c: 1, d: 5 });
    expect(sectionFail.sections.map((s) => [s.score, s.autoFailed])).toEqual([[0, true], [100, false]]);
    expect(sectionFail.score).toBe(50);
    expect(sectionFail.autoFail).toBe('section');
    const formFail = scoreForm(sections, { a: 1, b: 1, c: 1, d: 2 });
    expect(formFail.score).toBe(0);
    expect(formFail.autoFail).toBe('form');
    expect(formFail.failedItems).toEqual(['d']);
    // A critical item that is N/A does not fail anything.
    expect(scoreForm(sections, { a: 'na', b: 1, c: 1, d: 'na' }).score).toBe(100);
  });

  it('scores what has been answered so far while the form is being filled in', () => {
    const sections = [section('s', [item('a'), item('b'), item('c')])];
    const r = scoreForm(sections, { a: 1, b: null });
    expect(r.score).toBe(100);
    expect(r.answered).toBe(1);
    expect(r.total).toBe(3);
  });
});

describe('template sections', () => {
  it('refuse repeated keys and critical bonus items', () => {
    expect(Sections.safeParse([section('s', [item('a'), item('a')])]).success).toBe(false);
    expect(Sections.safeParse([section('s', [item('a', { bonus: true, critical: 'form' })])]).success).toBe(false);
    expect(Sections.safeParse([section('s', [item('a')])]).success).toBe(true);
  });
});
