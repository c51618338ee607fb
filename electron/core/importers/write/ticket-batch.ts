import type { CustomerBook } from '../convert/references.ts';
import type { ConvertedRow, RowError } from '../convert/row.ts';
import type { TicketWriter } from './ticket-writer.ts';
import type { TicketFields } from '../../../../shared/schemas/tickets.ts';

/**
 * Sorts converted rows into inserts and updates (an external id already in the workspace updates that ticket),
 * creates the new customers they name, and counts. In a dry run nothing is written: existing tickets are only
 * compared and new customer codes only counted.
 */
export class TicketBatch {
  inserted = 0;
  updated = 0;
  unchanged = 0;
  private readonly newCustomers = new Set<string>();

  constructor(
    private readonly writer: TicketWriter,
    private readonly customers: CustomerBook,
    private readonly dryRun: boolean,
    /** Ticket fields the mapping fills; an update leaves the others as they are. */
    private readonly mapped: ReadonlySet<keyof TicketFields>,
  ) {}

  get customersCreated(): number {
    return this.dryRun ? this.newCustomers.size : this.customers.created;
  }

  /** Write (or in a dry run, count) the rows; returns the rows refused on the way (an update breaking time order). */
  write(rows: readonly ConvertedRow[]): RowError[] {
    const refused: RowError[] = [];
    const externalIds: string[] = [];
    for (const r of rows) if (r.fields.externalId !== null) externalIds.push(r.fields.externalId);
    const existing = externalIds.length > 0 ? this.writer.existing(externalIds) : new Map<string, number>();
    const inserts: TicketFields[] = [];
    for (const { row, fields, newCustomer } of rows) {
      if (newCustomer) {
        if (this.dryRun) this.newCustomers.add(newCustomer.code);
        else fields.customerId = this.customers.create(newCustomer.code, newCustomer.name, newCustomer.segment);
      }
      const id = fields.externalId === null ? undefined : existing.get(fields.externalId);
      if (id === undefined) inserts.push(fields);
      else {
        const outcome = this.writer.overwrite(id, fields, this.mapped, !this.dryRun);
        if (outcome === 'updated') this.updated++;
        else if (outcome === 'unchanged') this.unchanged++;
        else {
          const params = { field: outcome.field, after: outcome.after };
          refused.push({ row, column: null, value: fields.externalId, reason: outcome.reason, code: 'timeOrderMerged', params });
        }
      }
    }
    if (!this.dryRun) this.writer.insert(inserts);
    this.inserted += inserts.length;
    return refused;
  }
}
