import type { MethodOutput, ParsedInput } from '../../../shared/api.ts';
import type { Db } from '../db/open.ts';
import { TermSplitter } from './keyword-terms.ts';

type Keyword = MethodOutput<'tickets.keywords'>[number];

/**
 * Distinct clauses whose terms are remembered while counting. Texts are cut at punctuation first: records repeat the
 * same clauses (openers, standard phrasings, subjects) far more often than whole texts, and segmenting is the cost.
 */
const MEMO_LIMIT = 200_000;
const CLAUSE_BREAK = /[\s，。！？；：、,.!?;:()（）"“”'‘’[\]【】<>《》]+/u;

/**
 * Most frequent terms in the subject and description of the period's complaints (or all tickets), optionally of one
 * category and its sub-categories: `count` = occurrences, `tickets` = tickets containing the term. Every ticket of
 * the period is read - no sampling - and each distinct text is segmented once.
 */
export function complaintKeywords(db: Db, input: ParsedInput<'tickets.keywords'>): Keyword[] {
  const stmt = db
    .prepare(
      `SELECT t.subject, t.description FROM tickets t
       WHERE t.created_at >= @from AND t.created_at < @to
         AND (@type = 'all' OR t.type = 'complaint')
         AND (@category IS NULL OR t.category_id IN (SELECT id FROM categories WHERE id = @category OR parent_id = @category))`,
    )
    .raw(true);
  const splitter = new TermSplitter();
  // Terms are numbered as they are met; counting then works on typed arrays indexed by term number, and each
  // remembered clause holds its term numbers - the hot loop does no string hashing beyond one lookup per clause.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  let count: Int32Array = new Int32Array(1024);
  let tickets: Int32Array = new Int32Array(1024);
  let lastTicket: Int32Array = new Int32Array(1024).fill(-1);
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      if (id >= count.length) {
        const grow = (a: Int32Array, fill: number): Int32Array => {
          const b = new Int32Array(a.length * 2).fill(fill);
          b.set(a);
          return b;
        };
        count = grow(count, 0);
        tickets = grow(tickets, 0);
        lastTicket = grow(lastTicket, -1);
      }
    }
    return id;
  };
  const memo = new Map<string, Int32Array>();
  const termsOf = (clause: string): Int32Array => {
    let ids = memo.get(clause);
    if (!ids) {
      ids = Int32Array.from(splitter.split(clause), idOf);
      if (memo.size < MEMO_LIMIT) memo.set(clause, ids);
    }
    return ids;
  };
  // Streamed row by row: memory stays flat on a million-row period.
  const rows = stmt.iterate({ from: input.from, to: input.to, type: input.type, category: input.categoryId ?? null }) as IterableIterator<
    [string, string]
  >;
  let ticket = 0;
  for (const [subject, description] of rows) {
    for (const clause of (subject + '\n' + description).split(CLAUSE_BREAK)) {
      if (clause.length === 0) continue;
      for (const id of termsOf(clause)) {
        count[id]!++;
        if (lastTicket[id] !== ticket) {
          lastTicket[id] = ticket;
          tickets[id]!++;
        }
      }
    }
    ticket++;
  }
  return terms
    .map((term, id) => ({ term, count: count[id]!, tickets: tickets[id]! }))
    .sort((a, b) => b.count - a.count || b.tickets - a.tickets || (a.term < b.term ? -1 : 1))
    .slice(0, input.limit);
}
