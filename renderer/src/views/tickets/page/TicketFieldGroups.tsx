import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALLBACK_RESULTS,
  CHANNELS,
  COMPENSATION_TYPES,
  TICKET_STATUSES,
  TICKET_TYPES,
  TIERS,
  type CompensationType,
} from '../../../../../shared/domain/enums';
import { Field, type FieldControlProps } from '../../../components/Field';
import { RefPicker } from './RefPicker';
import type { FieldError, FieldErrors, FieldName, TicketDraft } from './ticketDraft';

export type PickerField = 'categoryId' | 'outletId' | 'teamId' | 'assigneeId' | 'customerId' | 'productId';
export type PickerLabels = Record<PickerField, string | null>;

const PICKER_KINDS = {
  categoryId: 'categories',
  outletId: 'outlets',
  teamId: 'teams',
  assigneeId: 'staff',
  customerId: 'customers',
  productId: 'products',
} as const;

type Choice = 'channel' | 'type' | 'status' | 'tier' | 'compensationType' | 'callbackResult';
const CHOICES: Record<Choice, readonly (string | number)[]> = {
  channel: CHANNELS,
  type: TICKET_TYPES,
  status: TICKET_STATUSES,
  tier: TIERS,
  compensationType: COMPENSATION_TYPES,
  callbackResult: CALLBACK_RESULTS,
};
const REQUIRED_CHOICES = new Set<Choice>(['channel', 'type', 'status', 'tier']);

/**
 * Every field of a ticket, grouped as a quality manager reads a case: classification, people and places, content,
 * timeline, resolution, compensation, callback and scores. Controls are plain inputs in document order, so Tab
 * walks the groups top to bottom.
 */
export function TicketFieldGroups({
  draft,
  errors,
  labels,
  segment,
  onChange,
  onPick,
}: {
  draft: TicketDraft;
  errors: FieldErrors | null;
  labels: PickerLabels;
  /** The customer's segment (VIP…), shown beside the customer when known. */
  segment: string | null;
  onChange: (name: FieldName, value: string) => void;
  onPick: (name: PickerField, id: string, label: string | null) => void;
}) {
  const { t } = useTranslation();

  /** Enumerated values are named as in the ticket list, so both screens use the same words. */
  const choiceLabel = (name: Choice, value: string): string =>
    name === 'compensationType'
      ? t(`ticket.values.compensationType.${value as CompensationType}`)
      : t(`tickets.${name}.${value}` as 'tickets.status.new');

  const describe = (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.key === 'order')
      return t('ticket.errors.order', { after: error.after ? t(`ticket.fields.${error.after}`) : '' });
    return t(`ticket.errors.${error.key}`, error.values ?? {});
  };

  const field = (name: FieldName, render: (control: FieldControlProps) => ReactNode, hint?: string) => (
    <Field label={t(`ticket.fields.${name}`)} error={describe(errors?.[name])} {...(hint ? { hint } : {})}>
      {render}
    </Field>
  );

  const text = (name: FieldName, hint?: string) =>
    field(
      name,
      (control) => (
        <input
          {...control}
          className="input"
          type="text"
          name={name}
          value={draft[name]}
          onChange={(event) => onChange(name, event.target.value)}
        />
      ),
      hint,
    );

  const number = (name: FieldName, hint?: string) =>
    field(
      name,
      (control) => (
        <input
          {...control}
          className="input input--number"
          type="text"
          inputMode="decimal"
          name={name}
          value={draft[name]}
          onChange={(event) => onChange(name, event.target.value)}
        />
      ),
      hint,
    );

  const area = (name: FieldName, rows: number) =>
    field(name, (control) => (
      <textarea
        {...control}
        className="input ticket-form__textarea"
        name={name}
        rows={rows}
        value={draft[name]}
        onChange={(event) => onChange(name, event.target.value)}
      />
    ));

  const time = (name: FieldName) =>
    field(name, (control) => (
      <input
        {...control}
        className="input ticket-form__time"
        type="datetime-local"
        name={name}
        value={draft[name]}
        onChange={(event) => onChange(name, event.target.value)}
      />
    ));

  const choice = (name: Choice) =>
    field(name, (control) => (
      <select
        {...control}
        className="input"
        name={name}
        value={draft[name]}
        onChange={(event) => onChange(name, event.target.value)}
      >
        {!REQUIRED_CHOICES.has(name) && <option value="">{t('ticket.values.unset')}</option>}
        {CHOICES[name].map((value) => (
          <option key={value} value={String(value)}>
            {choiceLabel(name, String(value))}
          </option>
        ))}
      </select>
    ));

  const picker = (name: PickerField) =>
    field(name, (control) => (
      <RefPicker
        control={control}
        kind={PICKER_KINDS[name]}
        fieldLabel={t(`ticket.fields.${name}`)}
        value={draft[name]}
        label={labels[name]}
        onChange={(id, label) => onPick(name, id, label)}
      />
    ));

  const group = (title: string, children: ReactNode, wide = false) => (
    <fieldset className={wide ? 'ticket-group ticket-group--wide' : 'ticket-group'}>
      <legend className="ticket-group__title">{title}</legend>
      <div className="ticket-group__fields">{children}</div>
    </fieldset>
  );

  return (
    <div className="ticket-groups">
      {group(
        t('ticket.groups.content'),
        <>
          <div className="ticket-group__span">{text('subject')}</div>
          <div className="ticket-group__span">{area('description', 4)}</div>
        </>,
        true,
      )}
      {group(
        t('ticket.groups.classification'),
        <>
          {choice('status')}
          {choice('type')}
          {choice('channel')}
          {choice('tier')}
          {picker('categoryId')}
          {text('externalId', t('ticket.hints.externalId'))}
        </>,
      )}
      {group(
        t('ticket.groups.people'),
        <>
          {picker('customerId')}
          {picker('outletId')}
          {picker('teamId')}
          {picker('assigneeId')}
          {picker('productId')}
          {segment && (
            <p className="ticket-group__note">
              <span className={segment === 'vip' ? 'badge badge--accent' : 'badge badge--muted'}>
                {segment === 'vip' || segment === 'regular' ? t(`tickets.segment.${segment}`) : segment}
              </span>
            </p>
          )}
        </>,
      )}
      {group(
        t('ticket.groups.timeline'),
        <>
          {time('createdAt')}
          {time('firstResponseAt')}
          {time('escalatedAt')}
          {time('resolvedAt')}
          {time('closedAt')}
        </>,
      )}
      {group(
        t('ticket.groups.resolution'),
        <>
          <div className="ticket-group__span">{area('resolution', 3)}</div>
          {field('fcr', (control) => (
            <select
              {...control}
              className="input"
              name="fcr"
              value={draft.fcr}
              onChange={(event) => onChange('fcr', event.target.value)}
            >
              <option value="">{t('ticket.values.unset')}</option>
              <option value="true">{t('ticket.values.fcr.yes')}</option>
              <option value="false">{t('ticket.values.fcr.no')}</option>
            </select>
          ))}
          {number('reopenCount')}
        </>,
      )}
      {group(
        t('ticket.groups.compensation'),
        <>
          {choice('compensationType')}
          {number('compensationAmount')}
        </>,
      )}
      {group(
        t('ticket.groups.callback'),
        <>
          {time('callbackAt')}
          {choice('callbackResult')}
        </>,
      )}
      {group(
        t('ticket.groups.satisfaction'),
        <>
          {number('csat', t('ticket.hints.scores'))}
          {number('nps')}
          {number('ces')}
        </>,
      )}
    </div>
  );
}
