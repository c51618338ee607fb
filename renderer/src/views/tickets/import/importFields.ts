import type { TFunction } from 'i18next';
import {
  CALLBACK_RESULTS,
  CHANNELS,
  COMPENSATION_TYPES,
  CUSTOMER_SEGMENTS,
  TICKET_STATUSES,
  TICKET_TYPES,
  TIERS,
  type CompensationType,
} from '../../../../../shared/domain/enums';
import {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
} from '../../../../../shared/schemas/importers';

export { IMPORT_FIELDS };
export type { ImportField };

const REQUIRED = new Set<string>(REQUIRED_IMPORT_FIELDS);
export const isRequired = (field: ImportField): boolean => REQUIRED.has(field);

export const DATE_FIELDS = new Set<ImportField>([
  'createdAt',
  'firstResponseAt',
  'escalatedAt',
  'resolvedAt',
  'closedAt',
  'callbackAt',
]);

/** Fields whose stored values are a closed list: the value map offers exactly those. */
const ENUMS: Partial<Record<ImportField, readonly string[]>> = {
  channel: CHANNELS,
  type: TICKET_TYPES,
  tier: TIERS.map(String),
  status: TICKET_STATUSES,
  compensationType: COMPENSATION_TYPES,
  callbackResult: CALLBACK_RESULTS,
  customerSegment: CUSTOMER_SEGMENTS,
  fcr: ['true', 'false'],
};

export const enumTargets = (field: ImportField): readonly string[] | null => ENUMS[field] ?? null;

/** A stored value as the user knows it (电话 for phone), in the same words as the ticket list and page. */
export function targetLabel(t: TFunction, field: ImportField, value: string): string {
  switch (field) {
    case 'channel':
    case 'type':
    case 'status':
    case 'tier':
    case 'callbackResult':
      return t(`tickets.${field}.${value}` as 'tickets.status.new');
    case 'customerSegment':
      return t(`tickets.segment.${value}` as 'tickets.segment.vip');
    case 'compensationType':
      return t(`ticket.values.compensationType.${value as CompensationType}`);
    case 'fcr':
      return value === 'true' ? t('ticket.values.fcr.yes') : t('ticket.values.fcr.no');
    default:
      return value;
  }
}
