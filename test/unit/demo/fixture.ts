import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { QmFailure } from '../../../shared/errors.ts';
import { quoteIdentifier } from '../../../electron/core/db/identifiers.ts';
import type { JobControl } from '../../../electron/core/jobs/registry.ts';

/** The tables the generator fills (other migrations may seed tables of their own with the current time). */
const DEMO_TABLES = ['outlets', 'teams', 'staff', 'customers', 'products', 'categories', 'tickets'];

/** A digest of every generated row in id order; the audit entry counts without its wall-clock time. */
export function demoDigest(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const table of DEMO_TABLES) {
      hash.update(table);
      for (const row of db
        .prepare('SELECT * FROM ' + quoteIdentifier(table) + ' ORDER BY id')
        .raw()
        .iterate())
        hash.update(JSON.stringify(row));
    }
    for (const row of db
      .prepare('SELECT actor, action, entity, entity_id, before, after FROM audit_log ORDER BY id')
      .raw()
      .all()) {
      hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Everything in `dir` except the files a test expects to be there: leftovers of a temp file show up here. */
export const filesIn = (dir: string): string[] => fs.readdirSync(dir).sort();

export interface RecordingJob extends JobControl {
  checkpoints: number;
  progress: JobControl['progress'];
  events: { phase: string; done: number; total: number }[];
}

/** A job that records progress and cancels at its `cancelAt`-th checkpoint (never when undefined). */
export function recordingJob(cancelAt?: number): RecordingJob {
  const job: RecordingJob = {
    jobId: 'test-job',
    checkpoints: 0,
    events: [],
    checkpoint() {
      job.checkpoints++;
      if (cancelAt !== undefined && job.checkpoints >= cancelAt) {
        throw new QmFailure('CANCELLED', 'Cancelled by the test.', { jobId: job.jobId });
      }
    },
    progress(phase, done, total) {
      job.events.push({ phase, done, total });
    },
  };
  return job;
}
