import { isValidAnswer } from '../../../../shared/domain/scorecard.ts';
import type { Answers, ScorecardItem } from '../../../../shared/schemas/audits.ts';
import type { Wave } from '../../../../shared/schemas/mystery.ts';
import type { Db } from '../../db/open.ts';
import { locateColumns } from '../../importers/convert/fixed-columns.ts';
import { FixedRowCells } from '../../importers/convert/fixed-cells.ts';
import { compileDateFormat, LocalClock } from '../../importers/convert/datetime.ts';
import { cellText, numberReader } from '../../importers/convert/readers.ts';
import { Bad, ReferenceTable } from '../../importers/convert/references.ts';
import { localDate } from '../../sla/calendar.ts';

const REQUIRED = new Bad('a value is required', 'required');
const FIXED = [
  { key: 'outlet', names: ['outlet', '网点', '网点编码'], required: true },
  { key: 'shopper', names: ['shopper', '神秘顾客', '访员'], required: true },
  { key: 'visited', names: ['visitedAt', 'visited', '到访时间', '时间'], required: true },
  { key: 'duration', names: ['durationMin', 'duration', '时长', '时长(分钟)'], required: true },
  { key: 'scenario', names: ['scenario', '场景'], required: false },
  { key: 'comments', names: ['comments', 'comment', '备注', '评语'], required: false },
] as const;

/** Where each fixed column and each questionnaire item (by key or Chinese/English label) is in the header. */
export const locateVisitColumns = (headers: readonly string[], items: readonly ScorecardItem[]): Map<string, number> =>
  locateColumns(headers, [...FIXED, ...items.map((i) => ({ key: `item:${i.key}`, names: [i.key, i.labelZh, i.labelEn], required: false }))]);

export interface ImportedVisit {
  outletId: number;
  scenarioId: number | null;
  shopper: string;
  visitedAt: number;
  visitDay: string;
  durationMin: number;
  comments: string;
  answers: Answers;
}

/** Reads one visit row with the ticket import's readers (outlets by code or name, dates in the workspace's zone). */
export class VisitCells extends FixedRowCells {
  private readonly clock: LocalClock;
  private readonly parseDate = compileDateFormat('auto');
  private readonly number = numberReader(false);
  private readonly outlets: ReferenceTable;
  private readonly scenarios: Map<string, number>;
  constructor(
    db: Db,
    headers: readonly string[],
    columns: ReadonlyMap<string, number>,
    private readonly timeZone: string,
    private readonly wave: Wave,
    private readonly items: readonly ScorecardItem[],
  ) {
    super(headers, columns);
    this.clock = new LocalClock(timeZone);
    this.outlets = new ReferenceTable(db, 'outlet');
    const rows = db.prepare('SELECT id, name FROM mystery_scenarios WHERE programme_id = ?').all(wave.programmeId) as { id: number; name: string }[];
    this.scenarios = new Map(rows.map((r) => [r.name, r.id]));
  }

  private requiredText(key: string, max: number): string | null {
    if (this.cell(key) === null) return this.fail(key, null, REQUIRED);
    const s = this.text(key, max);
    return s === '' ? null : s;
  }

  private outlet(): number | null {
    const cell = this.cell('outlet');
    if (cell === null) return this.fail('outlet', null, REQUIRED);
    const id = this.outlets.resolve(cellText(cell).trim());
    if (id instanceof Bad) return this.fail('outlet', cell, id);
    if (!this.wave.outletIds.includes(id)) return this.fail('outlet', cell, new Bad('the outlet is not in this wave', 'notAllowed'));
    return id;
  }

  private scenario(): number | null {
    const cell = this.cell('scenario');
    if (cell === null) return null;
    const id = this.scenarios.get(cellText(cell).trim());
    return id ?? this.fail('scenario', cell, new Bad(`unknown scenario "${cellText(cell)}"`, 'unknownReference', { field: 'scenario', value: cellText(cell) }));
  }

  private visited(): { at: number; day: string } | null {
    const cell = this.cell('visited');
    if (cell === null) return this.fail('visited', null, REQUIRED);
    const at = this.parseDate(cell, this.clock);
    if (at instanceof Bad) return this.fail('visited', cell, at);
    const day = localDate(this.timeZone, at);
    if (day < this.wave.startsOn || day > this.wave.endsOn) {
      return this.fail('visited', cell, new Bad(`outside the wave (${this.wave.startsOn} – ${this.wave.endsOn})`, 'dateOutOfRange'));
    }
    return { at, day };
  }

  private duration(): number | null {
    const cell = this.cell('duration');
    if (cell === null) return this.fail('duration', null, REQUIRED);
    const n = this.number(cell);
    if (n instanceof Bad) return this.fail('duration', cell, n);
    if (!Number.isInteger(n) || n < 0 || n > 1440) return this.fail('duration', cell, new Bad('must be a whole number of minutes, 0–1440', 'invalid'));
    return n;
  }

  /** An item's cell: a number on its scale, N/A (na, n/a, 不适用), or empty (unanswered). */
  private answers(complete: boolean): Answers {
    const answers: Answers = {};
    for (const item of this.items) {
      const key = `item:${item.key}`;
      const cell = this.cell(key);
      if (cell === null) {
        if (complete) this.fail(key, null, REQUIRED);
        continue;
      }
      const text = cellText(cell).trim().toLowerCase();
      if (['na', 'n/a', '不适用'].includes(text)) {
        answers[item.key] = 'na';
        continue;
      }
      const n = this.number(cell);
      if (n instanceof Bad || !isValidAnswer(item, n)) this.fail(key, cell, new Bad('not a value on the item’s scale', 'invalid'));
      else answers[item.key] = n;
    }
    return answers;
  }

  /** The row as a visit, or null when it has errors (in `errors`); `complete` requires every item answered. */
  visit(complete: boolean): ImportedVisit | null {
    const outletId = this.outlet();
    const shopper = this.requiredText('shopper', 100);
    const visited = this.visited();
    const durationMin = this.duration();
    const scenarioId = this.scenario();
    const comments = this.text('comments', 4000);
    const answers = this.answers(complete);
    if (this.errors.length > 0 || outletId === null || shopper === null || visited === null || durationMin === null) return null;
    return { outletId, scenarioId, shopper, visitedAt: visited.at, visitDay: visited.day, durationMin, comments, answers };
  }
}
