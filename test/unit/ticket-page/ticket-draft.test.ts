import { describe, expect, it } from 'vitest';
import type { TicketFields } from '../../../shared/schemas/tickets.ts';
import {
  changedFields,
  errorFromHost,
  newTicketFields,
  toDraft,
  validateDraft,
} from '../../../renderer/src/views/tickets/page/ticketDraft.ts';
import { fromLocalInput, toLocalInput } from '../../../renderer/src/views/tickets/zonedTime.ts';
import { errorReportCsv } from '../../../renderer/src/views/tickets/import/errorReportCsv.ts';

const SHANGHAI = 'Asia/Shanghai';
// 2026-03-05 14:30:15 in Shanghai (UTC+8).
const AT = Date.UTC(2026, 2, 5, 6, 30, 15);

const stored = (): TicketFields => ({
  ...newTicketFields(AT),
  subject: '热水器不加热',
  createdAt: AT,
  csat: 4,
});

describe('workspace-zone date-times', () => {
  it('shows and reads wall-clock time in the workspace zone, not the machine zone', () => {
    expect(toLocalInput(SHANGHAI, AT)).toBe('2026-03-05T14:30');
    expect(toLocalInput('Europe/Berlin', AT)).toBe('2026-03-05T07:30');
    expect(fromLocalInput(SHANGHAI, '2026-03-05T14:30')).toBe(Date.UTC(2026, 2, 5, 6, 30));
  });

  it('follows daylight saving: the same wall time is a different offset in summer', () => {
    expect(fromLocalInput('Europe/Berlin', '2026-07-01T12:00')).toBe(Date.UTC(2026, 6, 1, 10, 0));
    expect(fromLocalInput('Europe/Berlin', '2026-01-01T12:00')).toBe(Date.UTC(2026, 0, 1, 11, 0));
  });

  it('refuses dates that do not exist', () => {
    expect(fromLocalInput(SHANGHAI, '2026-02-30T10:00')).toBeNull();
    expect(fromLocalInput(SHANGHAI, '2026-13-01T10:00')).toBeNull();
    expect(fromLocalInput(SHANGHAI, 'yesterday')).toBeNull();
  });
});

describe('the ticket form draft', () => {
  it('round-trips a stored ticket unchanged, keeping seconds the inputs do not show', () => {
    const saved = stored();
    const result = validateDraft(toDraft(saved, SHANGHAI), SHANGHAI, saved);
    expect(result).toEqual({ ok: true, fields: saved });
    if (result.ok) expect(changedFields(saved, result.fields)).toEqual({});
  });

  it('turns schema issues into catalog messages at their fields', () => {
    const saved = stored();
    const draft = {
      ...toDraft(saved, SHANGHAI),
      subject: '   ',
      csat: '9',
      nps: 'abc',
      createdAt: '2026-02-30T10:00',
    };
    const result = validateDraft(draft, SHANGHAI, saved);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.subject).toEqual({ key: 'required' });
    expect(result.errors.csat).toEqual({ key: 'range', values: { min: 1, max: 5 } });
    expect(result.errors.nps).toEqual({ key: 'notNumber' });
    expect(result.errors.createdAt).toEqual({ key: 'date' });
  });

  it('names the field a time must not precede', () => {
    const saved = stored();
    const draft = { ...toDraft(saved, SHANGHAI), resolvedAt: '2026-03-04T10:00' };
    expect(validateDraft(draft, SHANGHAI, saved)).toEqual({
      ok: false,
      errors: { resolvedAt: { key: 'order', after: 'createdAt' } },
    });
  });

  it('sends only the fields the user changed', () => {
    const saved = stored();
    const draft = { ...toDraft(saved, SHANGHAI), csat: '2', externalId: ' CRM-7 ' };
    const result = validateDraft(draft, SHANGHAI, saved);
    expect(result.ok && changedFields(saved, result.fields)).toEqual({ csat: 2, externalId: 'CRM-7' });
  });

  it('reads field errors sent back by core', () => {
    expect(errorFromHost('CONFLICT', { field: 'externalId', ticketId: 12 })).toEqual({
      externalId: { key: 'externalIdTaken', values: { id: 12 } },
    });
    expect(errorFromHost('INVALID_INPUT', { field: 'outletId', value: 99 })).toEqual({
      outletId: { key: 'refMissing' },
    });
    expect(errorFromHost('CONFLICT', { id: 3, updatedAt: 1 })).toBeNull();
  });
});

describe('the downloadable error report', () => {
  it('is CSV with a BOM, CRLF and quoting, in the columns of core’s report', () => {
    const csv = errorReportCsv(
      ['行号', '列', '值', '原因'],
      [
        { row: 5, column: 'created_at', value: '2026-02-30, 10:00', reason: 'not a "real" date' },
        { row: 9, column: null, value: null, reason: 'line\nbreak' },
      ],
    );
    expect(csv).toBe(
      '\uFEFF行号,列,值,原因\r\n5,created_at,"2026-02-30, 10:00","not a ""real"" date"\r\n9,,,"line\nbreak"\r\n',
    );
  });
});
