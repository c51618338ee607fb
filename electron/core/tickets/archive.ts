import type { MethodOutput, ParsedInput } from '../../../shared/api.ts';
import type { Db } from '../db/open.ts';
import { like, likeLiteral, SqlParams } from './sql-params.ts';
import { searchTerms, TextSearch } from './text-search.ts';

type ArchiveHit = MethodOutput<'tickets.archive'>[number];

/**
 * Problem resolution archive (seed 004): closed cases whose description, solution or customer feedback contain every
 * word of the text, newest closure first. Words of 3+ characters go through the trigram index; shorter ones (two
 * Chinese characters such as 投诉) are checked with LIKE on the candidates, or on all closed cases when no word is
 * long enough. Customer feedback is the callback result and CSAT, so the words are looked for in the three texts.
 */
export function searchArchive(db: Db, input: ParsedInput<'tickets.archive'>): ArchiveHit[] {
  const params = new SqlParams();
  const terms = searchTerms(input.text);
  const verify = terms
    .map((term) => {
      const p = params.bind(`%${likeLiteral(term)}%`);
      return `(${like('t.subject', p)} OR ${like('t.description', p)} OR ${like("coalesce(t.resolution, '')", p)})`;
    })
    .join(' AND ');
  const where = new TextSearch(db, params).candidates(terms, `(${verify})`);
  const sql =
    'SELECT t.id, t.external_id AS externalId, t.subject, t.description, t.resolution, t.callback_result AS callbackResult,' +
    " t.csat, t.closed_at AS closedAt FROM tickets t WHERE t.status = 'closed' AND " +
    where +
    ' ORDER BY t.closed_at DESC, t.id DESC LIMIT @limit OFFSET @offset';
  return db.prepare(sql).all({ ...params.values, limit: input.limit, offset: input.offset }) as ArchiveHit[];
}
