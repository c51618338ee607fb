/** The tabs of the list screen, each with its own address so a reload or the back button lands on it. */
export type ListTab = 'list' | 'keywords' | 'archive';

export type TicketsRoute =
  { kind: 'list'; tab: ListTab } | { kind: 'ticket'; id: number } | { kind: 'new' } | { kind: 'import' };

/** #/tickets, #/tickets/keywords, #/tickets/archive, #/tickets/import, #/tickets/new, #/tickets/<id>; anything else is the list. */
export function parseTicketsRoute(hash: string): TicketsRoute {
  const rest = /^#\/tickets\/([^/?#]+)/.exec(hash)?.[1] ?? '';
  if (/^[1-9]\d{0,15}$/.test(rest)) return { kind: 'ticket', id: Number(rest) };
  if (rest === 'import') return { kind: 'import' };
  if (rest === 'new') return { kind: 'new' };
  if (rest === 'keywords' || rest === 'archive') return { kind: 'list', tab: rest };
  return { kind: 'list', tab: 'list' };
}

export const ticketsHref = (tab: ListTab): string => (tab === 'list' ? '#/tickets' : `#/tickets/${tab}`);

/** The page of one ticket. */
export const ticketHref = (id: number): string => `#/tickets/${id}`;
