import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../../shared/schemas/workspace';
import { COMPENSATION_TYPES, type CompensationType } from '../../../../../shared/domain/enums';
import type { REF_KINDS } from '../../../../../shared/schemas/tickets';
import { TIME_FIELDS } from './ticketDraft';
import { formatInZone } from '../zonedTime';

type Kind = (typeof REF_KINDS)[number];

/** Fields of the audit entries that hold a reference id, and the kind of record it names. */
export const REFERENCE_FIELDS: Record<string, Kind> = {
  categoryId: 'categories',
  outletId: 'outlets',
  teamId: 'teams',
  assigneeId: 'staff',
  customerId: 'customers',
  productId: 'products',
  ownerId: 'staff',
};

/** "staff:12" → "王芳", filled by looking up the ids the entries mention. */
export type RefNames = ReadonlyMap<string, string>;
export const refKey = (kind: Kind, id: number): string => `${kind}:${id}`;

const LISTED = ['channel', 'type', 'status', 'tier', 'callbackResult'] as const;
const MAX_TEXT = 160;

/** The reference ids a page of entries mentions, per kind, for one lookup each. */
export function referencedIds(entries: readonly AuditEntry[]): Map<Kind, Set<number>> {
  const ids = new Map<Kind, Set<number>>();
  for (const entry of entries) {
    for (const side of [entry.before, entry.after]) {
      if (!side || typeof side !== 'object') continue;
      for (const [field, value] of Object.entries(side)) {
        const kind = REFERENCE_FIELDS[field];
        if (kind && typeof value === 'number') {
          if (!ids.has(kind)) ids.set(kind, new Set());
          ids.get(kind)!.add(value);
        }
      }
    }
  }
  return ids;
}

/** One field's value as a person reads it: names instead of ids, labels instead of codes, local times. */
export function formatHistoryValue(
  t: TFunction,
  context: { language: string; timeZone: string; names: RefNames },
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  const kind = REFERENCE_FIELDS[field];
  if (kind && typeof value === 'number') return context.names.get(refKey(kind, value)) ?? `#${value}`;
  if ((TIME_FIELDS as readonly string[]).includes(field) || field === 'doneAt') {
    return typeof value === 'number'
      ? formatInZone(context.language, context.timeZone, value)
      : String(value);
  }
  if (field === 'repeatOfId' && typeof value === 'number') return `#${value}`;
  // A follow-up's status (open, done) is not a ticket's.
  if (field === 'followUpStatus' && (value === 'open' || value === 'done'))
    return t(`ticket.followUp.statusValues.${value}`);
  if ((LISTED as readonly string[]).includes(field))
    return t(`tickets.${field}.${String(value)}` as 'tickets.status.new');
  if (field === 'compensationType' && (COMPENSATION_TYPES as readonly unknown[]).includes(value)) {
    return t(`ticket.values.compensationType.${value as CompensationType}`);
  }
  if (typeof value === 'boolean') return value ? t('ticket.values.fcr.yes') : t('ticket.values.fcr.no');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
