import os from 'node:os';
import path from 'node:path';
import type { EventName, EventPayload } from '../../shared/api.ts';
import type { WorkspaceSummary } from '../../shared/schemas/workspace.ts';
import { QmFailure } from '../../shared/errors.ts';
import { AppConfigStore } from './app-config/store.ts';
import type { Db } from './db/open.ts';
import { JobRegistry } from './jobs/registry.ts';
import type { WorkspaceLock } from './workspace/lock.ts';
import type { PdfPrinter } from './reports/pdf.ts';

export type HostKind = 'electron' | 'web' | 'cli';

export interface SessionOptions {
  /** Folder for per-user preferences and the demo workspace (Electron: userData). */
  configDir: string;
  host: HostKind;
  nativeDialogs?: boolean;
  /** Who is recorded in the audit log; defaults to the OS user. */
  actor?: string;
  /** Size of a newly generated demo workspace. */
  demoTickets?: number;
  /** Prints report PDFs (Electron's printToPDF); without one a Chromium found on the machine is used. */
  pdfPrinter?: PdfPrinter;
}

export interface OpenWorkspace {
  db: Db;
  summary: WorkspaceSummary;
  /** The single-writer lock, released when the workspace is closed. */
  lock?: WorkspaceLock;
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The state one host holds: its preferences, the open workspace, jobs in flight and event listeners. */
export class Session {
  readonly config: AppConfigStore;
  readonly jobs: JobRegistry;
  readonly actor: string;
  readonly demoPath: string;
  private current: OpenWorkspace | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(readonly options: SessionOptions) {
    this.config = new AppConfigStore(options.configDir);
    this.actor = options.actor ?? safeUserName();
    this.demoPath = path.join(options.configDir, 'demo', 'demo-workspace.sqlite');
    this.jobs = new JobRegistry((jobId, phase, done, total) =>
      this.emit('job.progress', { jobId, phase, done, total }),
    );
  }

  get workspace(): OpenWorkspace | null {
    return this.current;
  }

  /** The open workspace's database, or NO_WORKSPACE. */
  db(): Db {
    if (!this.current) throw new QmFailure('NO_WORKSPACE', 'No workspace is open; open or create one first.');
    return this.current.db;
  }

  /**
   * `announce: false` closes without telling the renderer, for a close that is followed at once by a reopen (a
   * restore), so the screens stay where they are instead of flashing the start screen.
   */
  setWorkspace(next: OpenWorkspace | null, announce = true): void {
    this.release();
    this.current = next;
    if (next) this.config.touchRecent(next.summary.path, next.summary.openedAt);
    if (announce || next) this.emit('workspace.changed', { workspace: next?.summary ?? null });
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  close(): void {
    this.release();
    this.current = null;
  }

  private release(): void {
    this.current?.db.close();
    this.current?.lock?.release();
  }
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
}
