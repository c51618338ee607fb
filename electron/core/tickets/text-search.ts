import type { Db } from '../db/open.ts';
import { archiveState, refreshIfSmall } from './archive-index.ts';
import type { SqlParams } from './sql-params.ts';

/** Trigrams per term sent to the index: a few spread over the term narrow the candidates as well as all of them. */
const MAX_TRIGRAMS = 6;

/** Search words of a quick-search or archive text: split on white space, duplicates and empties dropped. */
export const searchTerms = (text: string): string[] => [...new Set(text.split(/\s+/u).filter((t) => t.length > 0))].slice(0, 8);

/** An FTS5 string literal: double quotes doubled, so the text is one token sequence and never query syntax. */
const ftsString = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/** Trigrams of a term (in characters, as the trigram tokenizer counts), at most MAX_TRIGRAMS spread over it. */
export function trigrams(term: string): string[] {
  const chars = Array.from(term);
  const all: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) all.push(chars.slice(i, i + 3).join(''));
  if (all.length <= MAX_TRIGRAMS) return all;
  const step = (all.length - 1) / (MAX_TRIGRAMS - 1);
  return Array.from({ length: MAX_TRIGRAMS }, (_, k) => all[Math.round(k * step)]!);
}

/**
 * The full-text MATCH expression for the terms that are long enough (3+ characters): every trigram of every such
 * term, ANDed. The index keeps no positions (detail=none), so this finds candidates; callers always check them.
 */
export function matchExpression(terms: readonly string[]): string | null {
  const grams = [...new Set(terms.flatMap(trigrams))];
  return grams.length === 0 ? null : grams.map(ftsString).join(' AND ');
}

/**
 * Builds the "which rows may contain these words" part of a query: rows the trigram index names, plus rows it does
 * not cover yet (above its watermark, or edited since indexed); `verify` (LIKE conditions) then decides. Without a
 * term of 3+ characters there is nothing to look up and `verify` scans.
 */
export class TextSearch {
  private indexedTo: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly params: SqlParams,
  ) {}

  /** Every ticket is in the index (nothing above the watermark, nothing edited since). */
  private complete = false;

  private watermark(): number {
    if (this.indexedTo === null) {
      refreshIfSmall(this.db);
      const state = archiveState(this.db);
      this.indexedTo = state.indexedTo;
      this.complete = state.indexedTo >= state.maxId && state.dirty === 0;
    }
    return this.indexedTo;
  }

  /**
   * `lookup` (default) lets SQLite start from the index's candidates - best for counting and for rare words; with
   * `false` the candidates only filter rows met in another order (+t.id keeps the rowid lookup out), which finds the
   * first page of a frequent word sooner by walking the sort's index.
   */
  candidates(terms: readonly string[], verify: string, lookup = true): string {
    const match = matchExpression(terms);
    if (match === null) return verify;
    const q = this.params.bind(match);
    const watermark = this.watermark();
    // With every row indexed, the index alone names the candidates: one IN list that SQLite can walk row by row
    // (a count then reads only the candidates instead of scanning every ticket for the OR branches).
    if (this.complete) return `(${verify} AND ${lookup ? 't.id' : '+t.id'} IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${q}))`;
    const w = this.params.bind(watermark);
    return `(${verify} AND (t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${q}) OR t.id > ${w} OR t.id IN (SELECT ticket_id FROM archive_dirty)))`;
  }
}
