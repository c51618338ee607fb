import { DAY } from './calendar.ts';

/** A closed complaint whose customer will complain again about the same issue (二次投诉). */
export interface PendingRepeat {
  due: number;
  closedAt: number;
  ticketId: number;
  customerId: number;
  category: string;
  line: number;
  productId: number;
}

/** Counted as a repeat only within this many days of the earlier complaint's closure (settings.repeatWindowDays). */
const WINDOW = 30 * DAY;

/** Min-heap on `due`, so each new complaint can take the earliest repeat that is due. */
export class RepeatQueue {
  private readonly heap: PendingRepeat[] = [];

  push(r: PendingRepeat): void {
    const h = this.heap;
    h.push(r);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((h[parent] as PendingRepeat).due <= r.due) break;
      h[i] = h[parent] as PendingRepeat;
      i = parent;
    }
    h[i] = r;
  }

  /** The earliest due repeat that can still be a repeat at `created`; expired ones are dropped. */
  take(created: number): PendingRepeat | undefined {
    while (this.heap.length && (this.heap[0] as PendingRepeat).due <= created) {
      const top = this.pop();
      if (created > top.closedAt && created - top.closedAt <= WINDOW) return top;
    }
    return undefined;
  }

  private pop(): PendingRepeat {
    const h = this.heap;
    const top = h[0] as PendingRepeat;
    const last = h.pop() as PendingRepeat;
    if (h.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const child = r < h.length && (h[r] as PendingRepeat).due < (h[l] as PendingRepeat).due ? r : l;
        if ((h[child] as PendingRepeat).due >= last.due) break;
        h[i] = h[child] as PendingRepeat;
        i = child;
      }
      h[i] = last;
    }
    return top;
  }
}
