import { CHANNELS } from '../../../../shared/domain/enums.ts';
import { SERVQUAL_ITEMS, SERVQUAL_SCALE } from '../../../../shared/domain/servqual.ts';
import { CES_RANGE, CSAT_RANGE, NPS_RANGE } from '../../../../shared/domain/surveys.ts';
import type { ServqualFields } from '../../../../shared/schemas/surveys.ts';
import type { Db } from '../../db/open.ts';
import { compileDateFormat, LocalClock } from '../../importers/convert/datetime.ts';
import { FixedRowCells } from '../../importers/convert/fixed-cells.ts';
import { cellText, numberReader, vocabularyReader } from '../../importers/convert/readers.ts';
import { Bad, ReferenceTable } from '../../importers/convert/references.ts';
import { vocabulary } from '../../importers/convert/vocabulary.ts';
import { localDate } from '../../sla/calendar.ts';
import { findTicket, type StoredResponse } from '../responses.ts';

const REQUIRED = new Bad('a value is required', 'required');
const NOT_INTEGER = new Bad('must be a whole number', 'notInteger');
const MAX_COMMENT = 2000;
const MAX_RESPONDENT = 80;

/**
 * Reads the cells of one survey row with the ticket import's readers (numbers, dates in the workspace's zone,
 * outlets by code or name, channels by id or synonym), collecting each bad cell as a row error with its code.
 */
export class SurveyCells extends FixedRowCells {
  private readonly clock: LocalClock;
  private readonly parseDate = compileDateFormat('auto');
  private readonly number = numberReader(false);
  private readonly channel = vocabularyReader(vocabulary('channel', CHANNELS), 'channel', 'channel', CHANNELS);
  private readonly outlets: ReferenceTable;
  private readonly tickets = new Map<string, ReturnType<typeof findTicket>>();

  constructor(
    private readonly db: Db,
    headers: readonly string[],
    columns: ReadonlyMap<string, number>,
    private readonly timeZone: string,
  ) {
    super(headers, columns);
    this.clock = new LocalClock(timeZone);
    this.outlets = new ReferenceTable(db, 'outlet');
  }

  score(key: string, range: { min: number; max: number }, required: boolean): number | null {
    const cell = this.cell(key);
    if (cell === null) return required ? this.fail(key, null, REQUIRED) : null;
    const n = this.number(cell);
    if (n instanceof Bad) return this.fail(key, cell, n);
    if (!Number.isInteger(n)) return this.fail(key, cell, NOT_INTEGER);
    if (n < range.min) return this.fail(key, cell, new Bad(`must be at least ${range.min}`, 'tooSmall', { min: range.min }));
    if (n > range.max) return this.fail(key, cell, new Bad(`must be at most ${range.max}`, 'tooBig', { max: range.max }));
    return n;
  }

  /** The answered day in the workspace's zone: a date, a date-time or an Excel date cell. */
  date(key: string): string | null {
    const cell = this.cell(key);
    if (cell === null) return this.fail(key, null, REQUIRED);
    const at = this.parseDate(cell, this.clock);
    if (at instanceof Bad) return this.fail(key, cell, at);
    return localDate(this.timeZone, at);
  }

  /** A row must answer at least one of `keys`: the first of them in the file is reported as required. */
  requireOne(keys: readonly string[]): void {
    const key = keys.find((k) => this.columns.has(k));
    if (key !== undefined) this.fail(key, null, REQUIRED);
  }

  outlet(key: string): number | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const id = this.outlets.resolve(cellText(cell).trim());
    return id instanceof Bad ? this.fail(key, cell, id) : id;
  }

  channelOf(key: string): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const id = this.channel(cell);
    return id instanceof Bad ? this.fail(key, cell, id) : id;
  }

  ticket(key: string): { id: number; outlet_id: number | null; channel: string } | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const ref = cellText(cell).trim();
    if (!this.tickets.has(ref)) this.tickets.set(ref, findTicket(this.db, ref));
    const hit = this.tickets.get(ref) ?? null;
    if (!hit) this.fail(key, cell, new Bad(`unknown ticket "${ref}" (no ticket has this external id or number)`, 'unknownReference', { field: 'externalId', value: ref }));
    return hit;
  }
}

/** A CSAT/NPS/CES row as stored, or null when it has errors (in `cells.errors`). */
export function convertResponse(cells: SurveyCells): StoredResponse | null {
  const ticket = cells.ticket('ticket');
  const outletId = cells.outlet('outlet');
  const channel = cells.channelOf('channel');
  const respondedOn = cells.date('date');
  const csat = cells.score('csat', CSAT_RANGE, false);
  const nps = cells.score('nps', NPS_RANGE, false);
  const ces = cells.score('ces', CES_RANGE, false);
  const comment = cells.text('comment', MAX_COMMENT);
  if (cells.errors.length === 0 && csat === null && nps === null && ces === null) cells.requireOne(['csat', 'nps', 'ces']);
  if (cells.errors.length > 0 || respondedOn === null) return null;
  return {
    ticketId: ticket?.id ?? null,
    outletId: outletId ?? ticket?.outlet_id ?? null,
    channel: channel ?? ticket?.channel ?? null,
    respondedOn,
    csat,
    nps,
    ces,
    comment,
  };
}

/** A SERVQUAL row (22 expectation and 22 perception cells) as a questionnaire, or null when it has errors. */
export function convertServqual(cells: SurveyCells): ServqualFields | null {
  const outletId = cells.outlet('outlet');
  const respondedOn = cells.date('date');
  const respondent = cells.text('respondent', MAX_RESPONDENT);
  const answers = SERVQUAL_ITEMS.map(({ item }) => ({
    item,
    expectation: cells.score(`E${item}`, SERVQUAL_SCALE, true),
    perception: cells.score(`P${item}`, SERVQUAL_SCALE, true),
  }));
  if (cells.errors.length > 0 || respondedOn === null) return null;
  return {
    outletId,
    respondedOn,
    respondent,
    answers: answers.map((a) => ({ item: a.item, expectation: a.expectation!, perception: a.perception! })),
  };
}
