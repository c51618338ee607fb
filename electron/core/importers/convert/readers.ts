import { Bad } from './references.ts';
import { normalize } from './vocabulary.ts';
import type { Cell } from '../source/types.ts';
import { isCellProblem } from '../source/types.ts';

/** Reads one non-empty cell of a field: the stored value, or Bad with the reason. */
export type Reader<T> = (cell: Exclude<Cell, null>) => T | Bad;

const FORMULA = new Bad('looks like a spreadsheet formula, not a value (export values, not formulas)', 'formula');
const NOT_A_NUMBER = new Bad('not a number', 'notNumber');
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const CURRENCY = /^[¥￥$€£]\s*/;

/** Text as the user sees it in the cell (for the error report and for text fields fed numbers or dates). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '');
  if (isCellProblem(cell)) return cell.shown;
  return String(cell);
}

const isFormula = (s: string): boolean => s.length > 1 && s.charCodeAt(0) === 61; /* = */

export const textReader =
  (trim: boolean): Reader<string> =>
  (cell) => {
    const s = typeof cell === 'string' ? cell : cellText(cell);
    return trim ? s.trim() : s;
  };

/** Plain decimal notation; thousands commas and a currency sign are accepted for amounts. */
export function numberReader(amount: boolean): Reader<number> {
  return (cell) => {
    if (typeof cell === 'number') return cell;
    if (typeof cell !== 'string') return NOT_A_NUMBER;
    let s = cell.trim();
    if (isFormula(s)) return FORMULA;
    if (amount) s = s.replace(CURRENCY, '');
    if (NUMBER.test(s)) return Number(s);
    if (amount && GROUPED.test(s)) return Number(s.replaceAll(',', ''));
    return NOT_A_NUMBER;
  };
}

/** An enumerated field: the cell (or a value map's result) spelled as an id or a known synonym. */
export function vocabularyReader(words: ReadonlyMap<string, string>, field: string, noun: string, ids: readonly string[]): Reader<string> {
  const expected = ids.join(', ');
  const cache = new Map<string, string | Bad>();
  return (cell) => {
    const s = typeof cell === 'string' ? cell : cellText(cell);
    let hit = cache.get(s);
    if (hit === undefined) {
      hit = isFormula(s.trim()) ? FORMULA : (words.get(normalize(s)) ?? new Bad(`unknown ${noun} "${s.trim()}" (expected one of: ${expected}, or add it to the value map)`, 'unknownValue', { field, value: s.trim(), expected }));
      if (cache.size < 10_000) cache.set(s, hit);
    }
    return hit;
  };
}

export function tierReader(words: ReadonlyMap<string, string>): Reader<number> {
  const numbers = numberReader(false);
  const words4 = vocabularyReader(words, 'tier', 'tier', ['1', '2', '3', '4']);
  return (cell) => {
    if (typeof cell === 'number') return cell;
    const word = words4(cell);
    if (!(word instanceof Bad)) return Number(word);
    const n = numbers(cell);
    return n instanceof Bad ? word : n;
  };
}

export function booleanReader(words: ReadonlyMap<string, string>): Reader<boolean> {
  const read = vocabularyReader(words, 'fcr', 'yes/no value', ['yes', 'no']);
  return (cell) => {
    if (typeof cell === 'boolean') return cell;
    const word = read(typeof cell === 'number' ? String(cell) : cell);
    return word instanceof Bad ? word : word === 'true';
  };
}

/**
 * A mapping's value map applied before a field's own reading: exact key first, then ignoring case and spacing.
 * An empty-string key gives the value for empty cells (a default).
 */
export function valueMapper(valueMap: Record<string, string> | undefined): ((cell: Cell) => Cell) | null {
  if (!valueMap || Object.keys(valueMap).length === 0) return null;
  const exact = new Map(Object.entries(valueMap));
  const loose = new Map(Object.entries(valueMap).map(([k, v]) => [normalize(k), v]));
  return (cell) => {
    if (isCellProblem(cell)) return cell;
    const s = cell === null ? '' : typeof cell === 'string' ? cell.trim() : cellText(cell);
    return exact.get(s) ?? loose.get(normalize(s)) ?? cell;
  };
}
