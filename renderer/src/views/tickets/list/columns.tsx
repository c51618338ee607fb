import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../../../../../shared/api';
import {
  CHANNELS,
  CUSTOMER_SEGMENTS,
  TICKET_STATUSES,
  TICKET_TYPES,
  TIERS,
} from '../../../../../shared/domain/enums';
import type { TicketRow } from '../../../../../shared/schemas/tickets';
import { formatZonedDateTime } from '../zonedTime';
import type { GridColumn } from './gridQuery';
import { SetFilter, type SetFilterParams, type SetOption } from './SetFilter';

export type CategoryNode = MethodOutput<'categories.tree'>[number];

/** Shown when a view has not chosen its columns; the rest are one click away in the column chooser. */
export const DEFAULT_COLUMNS: readonly GridColumn[] = [
  'id',
  'createdAt',
  'subject',
  'status',
  'tier',
  'responseBreached',
  'resolutionBreached',
  'type',
  'channel',
  'category',
  'outlet',
  'assignee',
  'csat',
  'closedAt',
];

interface Context {
  t: TFunction;
  language: string;
  timeZone: string;
  categories: readonly CategoryNode[];
}

type Def = ColDef<TicketRow>;
type Formatter = (p: ValueFormatterParams<TicketRow>) => string;

const TEXT_FILTER = {
  filter: 'agTextColumnFilter',
  filterParams: { maxNumConditions: 1, debounceMs: 400, buttons: ['reset'] },
} satisfies Def;
const NUMBER_FILTER = {
  filter: 'agNumberColumnFilter',
  filterParams: { maxNumConditions: 1, debounceMs: 400, buttons: ['reset'] },
} satisfies Def;
/** Only the date operations the contract knows (no "not equal"); days are the workspace zone's days. */
const DATE_FILTER = {
  filter: 'agDateColumnFilter',
  filterParams: {
    maxNumConditions: 1,
    buttons: ['reset'],
    filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'],
    inRangeInclusive: true,
  },
} satisfies Def;

const setFilter = (options: SetOption[]): Def => ({
  filter: { component: SetFilter },
  filterParams: { options } satisfies SetFilterParams,
});

/** Status tones: waiting on us, waiting on others, done. */
const STATUS_TONE: Record<string, string> = {
  new: 'badge--primary',
  assigned: 'badge--primary',
  in_progress: 'badge--primary',
  reopened: 'badge--warning',
  pending_customer: 'badge--muted',
  on_hold: 'badge--muted',
  resolved: 'badge--success',
  closed: 'badge--success-quiet',
};
const TIER_TONE: Record<number, string> = {
  1: 'badge--danger',
  2: 'badge--warning',
  3: 'badge--muted',
  4: 'badge--muted',
};

function Badge({ tone, children }: { tone: string; children: string }) {
  return <span className={`badge grid-badge ${tone}`}>{children}</span>;
}

/** Every column of the contract's whitelist, labelled in the UI language; enums read as words, not ids. */
export function ticketColumns({ t, language, timeZone, categories }: Context): Def[] {
  const dateTime: Formatter = (p) =>
    typeof p.value === 'number' ? formatZonedDateTime(language, timeZone, p.value) : '';
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const number: Formatter = (p) => (typeof p.value === 'number' ? decimal.format(p.value) : '');
  const yesNo: Formatter = (p) =>
    p.value === true ? t('tickets.yesNo.true') : p.value === false ? t('tickets.yesNo.false') : '';
  const enumLabel =
    (group: 'status' | 'channel' | 'type' | 'segment'): Formatter =>
    (p) =>
      typeof p.value === 'string' ? t(`tickets.${group}.${p.value}`, { defaultValue: p.value }) : '';

  const enumOptions = (
    group: 'status' | 'channel' | 'type' | 'segment',
    values: readonly string[],
  ): SetOption[] =>
    values.map((value) => ({ value, label: t(`tickets.${group}.${value}`, { defaultValue: value }) }));
  const boolOptions = (group: 'yesNo' | 'sla', blank: boolean): SetOption[] => [
    { value: 'true', label: t(`tickets.${group}.true`) },
    { value: 'false', label: t(`tickets.${group}.false`) },
    ...(blank ? [{ value: '', label: t(`tickets.${group}.blank`) }] : []),
  ];
  const categoryName = (c: CategoryNode): string => (language === 'en' ? c.nameEn : c.nameZh);
  const categoryOptions: SetOption[] = categories
    .filter((c) => c.parentId === null)
    .flatMap((parent) => [
      { value: String(parent.id), label: categoryName(parent) },
      ...categories
        .filter((c) => c.parentId === parent.id)
        .map((c) => ({ value: String(c.id), label: categoryName(c), parent: String(parent.id) })),
    ]);

  const slaRenderer = (p: ICellRendererParams<TicketRow, boolean | null>) => {
    if (!p.data) return null;
    if (p.value === true) return <Badge tone="badge--danger">{t('tickets.sla.true')}</Badge>;
    if (p.value === false) return <Badge tone="badge--success">{t('tickets.sla.false')}</Badge>;
    return <span className="grid-dash">—</span>;
  };

  const defs: Record<GridColumn, Def> = {
    id: {
      ...NUMBER_FILTER,
      initialWidth: 96,
      cellRenderer: (p: ICellRendererParams<TicketRow, number>) =>
        p.data ? (
          <a
            className="grid-link"
            href={`#/tickets/${p.data.id}`}
            tabIndex={-1}
            aria-label={t('tickets.openTicket', { id: p.data.id })}
          >
            {p.data.id}
          </a>
        ) : (
          <span className="grid-loading">{t('tickets.loadingRows')}</span>
        ),
    },
    externalId: { ...TEXT_FILTER, initialWidth: 140 },
    createdAt: { ...DATE_FILTER, initialWidth: 150, valueFormatter: dateTime },
    channel: {
      ...setFilter(enumOptions('channel', CHANNELS)),
      initialWidth: 104,
      valueFormatter: enumLabel('channel'),
    },
    type: {
      ...setFilter(enumOptions('type', TICKET_TYPES)),
      initialWidth: 96,
      valueFormatter: enumLabel('type'),
    },
    category: { ...setFilter(categoryOptions), initialWidth: 150 },
    tier: {
      ...setFilter(TIERS.map((tier) => ({ value: String(tier), label: t(`tickets.tier.${tier}`) }))),
      initialWidth: 92,
      cellRenderer: (p: ICellRendererParams<TicketRow, number>) =>
        p.data ? (
          <Badge tone={TIER_TONE[p.data.tier] ?? 'badge--muted'}>
            {t(`tickets.tier.${p.data.tier}`, { defaultValue: String(p.data.tier) })}
          </Badge>
        ) : null,
    },
    outlet: { ...TEXT_FILTER, initialWidth: 150 },
    team: { ...TEXT_FILTER, initialWidth: 130 },
    assignee: { ...TEXT_FILTER, initialWidth: 110 },
    customer: { ...TEXT_FILTER, initialWidth: 130 },
    segment: {
      ...setFilter(enumOptions('segment', CUSTOMER_SEGMENTS)),
      initialWidth: 104,
      valueFormatter: enumLabel('segment'),
    },
    product: { ...TEXT_FILTER, initialWidth: 150 },
    subject: { ...TEXT_FILTER, initialWidth: 260, minWidth: 160, tooltipField: 'subject' },
    status: {
      ...setFilter(enumOptions('status', TICKET_STATUSES)),
      initialWidth: 136,
      cellRenderer: (p: ICellRendererParams<TicketRow, string>) =>
        p.data ? (
          <Badge tone={STATUS_TONE[p.data.status] ?? 'badge--muted'}>
            {t(`tickets.status.${p.data.status}`, { defaultValue: p.data.status })}
          </Badge>
        ) : null,
    },
    firstResponseMin: { ...NUMBER_FILTER, initialWidth: 130, type: 'rightAligned', valueFormatter: number },
    resolutionH: { ...NUMBER_FILTER, initialWidth: 130, type: 'rightAligned', valueFormatter: number },
    responseDueAt: { ...DATE_FILTER, initialWidth: 150, valueFormatter: dateTime },
    resolutionDueAt: { ...DATE_FILTER, initialWidth: 150, valueFormatter: dateTime },
    responseBreached: {
      ...setFilter(boolOptions('sla', true)),
      initialWidth: 150,
      cellRenderer: slaRenderer,
    },
    resolutionBreached: {
      ...setFilter(boolOptions('sla', true)),
      initialWidth: 150,
      cellRenderer: slaRenderer,
    },
    csat: { ...NUMBER_FILTER, initialWidth: 84, type: 'rightAligned' },
    nps: { ...NUMBER_FILTER, initialWidth: 84, type: 'rightAligned' },
    ces: { ...NUMBER_FILTER, initialWidth: 84, type: 'rightAligned' },
    reopenCount: { ...NUMBER_FILTER, initialWidth: 104, type: 'rightAligned' },
    fcr: { ...setFilter(boolOptions('yesNo', true)), initialWidth: 100, valueFormatter: yesNo },
    isRepeat: {
      ...setFilter(boolOptions('yesNo', false)),
      initialWidth: 104,
      cellRenderer: (p: ICellRendererParams<TicketRow, boolean>) =>
        p.data?.isRepeat ? (
          <Badge tone="badge--warning">{t('tickets.yesNo.true')}</Badge>
        ) : p.data ? (
          <span className="grid-dash">—</span>
        ) : null,
    },
    closedAt: { ...DATE_FILTER, initialWidth: 150, valueFormatter: dateTime },
  };

  // Columns start in the order of the defaults, the others after them.
  const order = [
    ...DEFAULT_COLUMNS,
    ...(Object.keys(defs) as GridColumn[]).filter((c) => !DEFAULT_COLUMNS.includes(c)),
  ];
  return order.map((colId) => ({
    ...defs[colId],
    colId,
    field: colId,
    headerName: t(`tickets.columns.${colId}`),
    headerTooltip: t(`tickets.columns.${colId}`),
    initialHide: !DEFAULT_COLUMNS.includes(colId),
  }));
}
