import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import { countRows, userTables } from '../db/identifiers.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase, type Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import { updateRollup } from '../kpi/rollup-build.ts';
import { getSettings } from '../settings/service.ts';
import { refreshArchiveIndex } from '../tickets/archive-index.ts';
import { enterAllFollowUps } from '../tickets/follow-ups.ts';
import { relinkAll } from '../tickets/repeats.ts';
import { APPLICATION_ID } from '../workspace/file.ts';
import { acquireLock } from '../workspace/lock.ts';
import { Arrivals } from './arrivals.ts';
import { defaultUntil, periodEnding } from './calendar.ts';
import { categoryRows } from './categories.ts';
import { productRows } from './products.ts';
import { buildCustomers, customerCount } from './customers.ts';
import { buildOrg } from './org.ts';
import { Rng } from './rng.ts';
import { DemoSla, SLA_COLUMNS } from './sla.ts';
import { writeTrainingDemo } from './training.ts';
import { writeSurveyDemo } from './surveys.ts';
import { writeImprovementDemo } from './improvement.ts';
import { writeRiskDemo } from './risk.ts';
import { writeAlertsDemo } from './alerts.ts';
import { writeAuditsDemo } from './audits.ts';
import { writeMysteryDemo } from './mystery.ts';
import { writeActionChecksDemo } from './action-checks.ts';
import { catalogIndex, TICKET_COLUMNS, TicketFactory } from './tickets.ts';
import { BulkInsert, bulkPragmas, customerWriter, detachIndexes, writeCatalog, writeOrg } from './write.ts';
import { removeOrphanTemps } from '../workspace/orphans.ts';

export interface DemoOptions {
  tickets: number;
  /** Same seed, `until` and ticket count give the same rows. */
  seed?: number;
  /** 'YYYY-MM': the last of the twelve months generated; default the previous calendar month. */
  until?: string;
  /** Replace an existing file; without it an existing file is refused with FILE_EXISTS. */
  replace?: boolean;
  job?: JobControl;
}

export interface DemoResult {
  path: string;
  /** Rows per table. */
  counts: Record<string, number>;
  seconds: number;
}

const DEFAULT_SEED = 20260;
const MAX_TICKETS = 5_000_000;
/** Tickets per transaction: large enough to amortise the commit, small enough to answer a cancel within ~0.2 s. */
const BATCH = 25_000;
const ACTOR = 'demo-generator';

// Independent streams, so that the organisation does not change when only the ticket count does.
const STREAM_ORG = 1;
const STREAM_CUSTOMERS = 2;
const STREAM_TICKETS = 3;

/**
 * Write a complete demo workspace to `file`. It is built in a temporary file beside the target and renamed over it
 * only when complete, so a cancel (job.checkpoint) or an error leaves the target as it was.
 */
export async function generateDemoWorkspace(file: string, options: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const target = path.resolve(file);
  const { tickets, job } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const until = options.until ?? defaultUntil();
  if (!Number.isInteger(tickets) || tickets < 1 || tickets > MAX_TICKETS) {
    throw new QmFailure('INVALID_INPUT', `tickets must be a whole number from 1 to ${MAX_TICKETS}.`, {
      tickets,
    });
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new QmFailure('INVALID_INPUT', 'seed must be a whole number from 0 to 4294967295.', { seed });
  }
  const period = periodEnding(until);
  if (fs.existsSync(target) && !options.replace) {
    throw new QmFailure(
      'FILE_EXISTS',
      `${target} already exists; choose another name or allow replacing it.`,
      { path: target },
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  removeOrphanTemps(target);

  // Replacing a workspace another instance has open would pull the file from under it: take its lock first.
  const lock = fs.existsSync(target) ? acquireLock(target, ACTOR) : null;
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let db: Db | null = null;
  try {
    db = openDatabase(temp);
    bulkPragmas(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    await fill(db, { tickets, seed, until, period, job });
    job?.checkpoint();
    const counts = Object.fromEntries(userTables(db).map((t) => [t, countRows(db as Db, t)]));
    db.pragma('journal_mode = WAL'); // how the console runs a workspace; the close below folds the WAL back in
    db.close();
    db = null;
    fsyncPath(temp);
    job?.checkpoint();
    // a WAL left beside the target would be replayed into the new file on its first open
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    publish(temp, target, options.replace ?? false);
    fsyncPath(path.dirname(target), { lenient: true });
    return { path: target, counts, seconds: Math.round(performance.now() - started) / 1000 };
  } catch (err) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
    throw err;
  } finally {
    lock?.release();
  }
}

interface FillPlan {
  tickets: number;
  seed: number;
  until: string;
  period: ReturnType<typeof periodEnding>;
  job: JobControl | undefined;
}

async function fill(db: Db, plan: FillPlan): Promise<void> {
  const { tickets, seed, period, job } = plan;
  const org = buildOrg(new Rng(seed, STREAM_ORG), period);
  const products = productRows();
  const categories = categoryRows();
  const customerRng = new Rng(seed, STREAM_CUSTOMERS);
  const customers = db.transaction(() => {
    writeOrg(db, org);
    writeCatalog(db, products, categories);
    const writer = customerWriter(db);
    const facts = buildCustomers(customerRng, customerCount(tickets), writer.sink);
    writer.flush();
    return facts;
  })();
  job?.progress('reference', 1, 1);
  const trainedFrom = writeTrainingDemo(db, org, period, seed);
  writeImprovementDemo(db, org, period);
  writeRiskDemo(db, period);
  writeAlertsDemo(db, period);

  const rng = new Rng(seed, STREAM_TICKETS);
  const arrivals = new Arrivals(rng, period, tickets);
  const factory = new TicketFactory(
    rng,
    period,
    arrivals,
    org,
    customers,
    catalogIndex(products, categories),
    trainedFrom,
  );
  const indexes = detachIndexes(db, 'tickets');
  const sla = new DemoSla(db, period);
  const sink = new BulkInsert(db, 'tickets', [...TICKET_COLUMNS, ...SLA_COLUMNS]);
  const insertBatch = db.transaction((cursor: DayCursor, count: number) => {
    for (let i = 0; i < count; i++) {
      const [encoded, dayIndex] = cursor.next();
      const at = sink.slot();
      factory.write(sink.buffer, at, cursor.id, encoded, dayIndex);
      sla.fill(sink.buffer, at);
      sink.commitRow();
    }
    sink.flush();
  });
  const cursor = new DayCursor(arrivals, period.days.length);
  for (let done = 0; done < tickets;) {
    job?.checkpoint();
    const count = Math.min(BATCH, tickets - done);
    insertBatch(cursor, count);
    done += count;
    job?.progress('tickets', done, tickets);
    await yieldToHost();
  }

  // Each index takes about a second per million tickets: stay cancellable between them.
  for (const [i, sql] of indexes.entries()) {
    job?.checkpoint();
    job?.progress('indexes', i, indexes.length);
    await yieldToHost();
    db.exec(sql);
  }
  job?.progress('indexes', indexes.length, indexes.length);
  writeSurveyDemo(db, org, period, plan.seed);

  // Derived data as sla.recompute makes it, so the demo opens with repeat complaints, a follow-up queue and a text
  // index: the generator's own repeat links are re-derived by the workspace's rule (the rule is the authority).
  job?.checkpoint();
  job?.progress('repeats', 0, 1);
  const windowDays = getSettings(db).repeatWindowDays;
  writeTransaction(db, ACTOR, (record) => {
    record({
      action: 'create',
      entity: 'workspace',
      entityId: 'demo',
      before: null,
      after: { seed, until: plan.until, tickets },
    });
    const relinked = relinkAll(db, windowDays).changed.length;
    const followUps = enterAllFollowUps(db, period.end);
    record({
      action: 'update',
      entity: 'tickets',
      entityId: 'derived',
      before: null,
      after: { relinked, followUpsCreated: followUps },
    });
  });
  job?.progress('repeats', 1, 1);
  writeAuditsDemo(db, org, period, seed);
  writeMysteryDemo(db, org, period, seed);
  writeActionChecksDemo(db, ACTOR);
  await refreshArchiveIndex(db, job, { bulk: true });
  // The dashboard's rollup is written with the tickets, so the first look at the KPIs is instant.
  await updateRollup(db, getSettings(db).timeZone, job);

  job?.progress('statistics', 0, 1);
  await yieldToHost();
  // Full statistics: sampled ones mislead the planner on columns with few values (status, tier, breached flags).
  db.pragma('analysis_limit = 0');
  db.exec('ANALYZE');
  job?.progress('statistics', 1, 1);
}

/** Lets the host's event loop run, e.g. to receive a cancel request, between batches. */
const yieldToHost = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Walks the arrivals day by day, handing out ticket ids in creation order. */
class DayCursor {
  id = 0;
  private day = -1;
  private arrivalsOfDay: Float64Array = new Float64Array(0);
  private pos = 0;

  constructor(
    private readonly arrivals: Arrivals,
    private readonly days: number,
  ) {}

  next(): [number, number] {
    while (this.pos >= this.arrivalsOfDay.length) {
      if (++this.day >= this.days) throw new Error('more tickets requested than arrivals drawn');
      this.arrivalsOfDay = this.arrivals.day(this.day);
      this.pos = 0;
    }
    this.id++;
    return [this.arrivalsOfDay[this.pos++] as number, this.day];
  }
}

/**
 * Moves the finished file into place in one step. Without `replace`, a hard link refuses to overwrite a file that
 * appeared meanwhile; file systems without hard links fall back to a check and a rename.
 */
function publish(temp: string, target: string, replace: boolean): void {
  if (!replace) {
    let linked = false;
    try {
      fs.linkSync(temp, target);
      linked = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' || fs.existsSync(target)) {
        throw new QmFailure(
          'FILE_EXISTS',
          `${target} appeared while the demo was generated; it was left as it is.`,
          {
            path: target,
          },
        );
      }
    }
    if (linked) {
      fs.rmSync(temp);
      return;
    }
  }
  fs.renameSync(temp, target);
}

/**
 * The file was written without fsync: make it durable before the rename publishes it, and the rename itself after.
 * Some platforms (Windows) cannot open a directory; the rename is still atomic there.
 */
function fsyncPath(p: string, { lenient = false } = {}): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch (err) {
    if (!lenient) throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
