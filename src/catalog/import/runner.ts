import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ImportJob, ImportLineError, SpooledLine } from '../../store/import-jobs.js';
import type { PostingSource } from '../../core/intake/posting-source.js';
import type { AnalysedPosting } from '../../core/posting.js';
import type { NewPosting } from '../../store/types.js';
import type { Catalog, PostingInput } from '../catalog.js';
import type { CatalogLog } from '../live-index.js';

/** Reads one line of an upload into a posting, or says why it cannot be one. */
export type LineParser = (body: Buffer) => { input: PostingInput } | { reason: string };

/** Analyses a posting off the event loop (the worker pool). */
/** `title` is the line's own title, which names the posting's occupation as it does for POST /v1/postings. */
export type PostingAnalyser = (source: PostingSource, title?: string) => Promise<AnalysedPosting>;

export interface ImportRunnerOptions {
  /** Without it, the runner analyses on the event loop, in slices of SLICE_MS. */
  analyse?: PostingAnalyser;
  /** Lines committed per transaction (postings and progress together). */
  batchSize?: number;
  /** A job whose owner has not written for this long is taken over by another instance. */
  leaseMs?: number;
}

/** Event-loop time analysis may take before other requests get a turn. */
const SLICE_MS = 10;

export const lineTooLong = (maxLineBytes: number): string => `the line is longer than ${maxLineBytes} bytes (BODY_LIMIT)`;

/**
 * Processes bulk-import jobs in this process: reads a job's spooled lines in order, analyses them
 * and commits each batch of postings together with the job's progress, so a job interrupted at any
 * point resumes after its last committed line and never stores a line twice. Every instance runs
 * one; a job belongs to the instance that owns it in the store, and an instance takes over jobs
 * whose owner stopped writing (a crash or a restart) at start-up and every half lease.
 */
export class ImportRunner {
  /** This process's identity as a job owner. */
  readonly owner = randomUUID();
  /** Emits `progress` with a job id after each committed batch. */
  readonly events = new EventEmitter();
  private readonly workers = new Map<string, Promise<void>>();
  /** Jobs this instance has worked on; released at shutdown. */
  private readonly touched = new Set<string>();
  private readonly wakers = new Map<string, () => void>();
  private readonly batchSize: number;
  private readonly analyse: PostingAnalyser | undefined;
  readonly leaseMs: number;
  private sweeper: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly catalog: Catalog,
    private readonly parseLine: LineParser,
    private readonly maxLineBytes: number,
    private readonly log: CatalogLog,
    options: ImportRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.analyse = options.analyse;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.events.setMaxListeners(0);
  }

  private get store() {
    return this.catalog.store;
  }

  /** Starts working on a job this instance owns, or wakes its worker when new lines arrived. */
  kick(jobId: string): void {
    if (this.closed) return;
    const wake = this.wakers.get(jobId);
    if (wake) return wake();
    if (this.workers.has(jobId)) return;
    this.touched.add(jobId);
    const worker = this.work(jobId)
      .catch((err: unknown) => {
        if (!this.closed) this.log.error({ err, jobId }, 'bulk import stopped on an error; another sweep resumes it');
      })
      .finally(() => this.workers.delete(jobId));
    this.workers.set(jobId, worker);
  }

  /** Takes over unfinished jobs nobody has written for `staleAfterMs` (0 at start-up with SQLite: one process). */
  async recover(staleAfterMs: number = this.leaseMs): Promise<void> {
    const before = new Date(Date.now() - staleAfterMs).toISOString();
    for (const job of await this.store.staleImportJobs(before)) {
      if (this.closed) return;
      const taken = await this.store.takeOverImportJob(
        job.id,
        this.owner,
        job.updatedAt,
        job.uploadComplete ? 'processing' : 'interrupted',
      );
      if (!taken) continue;
      this.log.info({ jobId: job.id, committedLine: taken.committedLine }, 'resuming an interrupted bulk import');
      this.kick(job.id);
    }
  }

  /** Recovers now, then keeps sweeping for jobs other instances left behind. */
  start(): void {
    const sweep = (staleAfterMs?: number) =>
      this.recover(staleAfterMs).catch((err: unknown) => {
        if (!this.closed) this.log.error({ err }, 'could not look for interrupted bulk imports');
      });
    void sweep(this.store.kind === 'sqlite' ? 0 : undefined);
    if (this.store.kind === 'postgres') {
      this.sweeper = setInterval(() => void sweep(), Math.max(1000, this.leaseMs / 2));
      this.sweeper.unref();
    }
  }

  private waitForLines(jobId: string, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.set(jobId, done);
    }).finally(() => this.wakers.delete(jobId));
  }

  private async work(jobId: string): Promise<void> {
    for (;;) {
      if (this.closed) return;
      const job = await this.store.getImportJob(jobId);
      if (!job || job.owner !== this.owner || job.status === 'completed') return;
      const lines = await this.store.spooledImportLines(jobId, job.committedLine, this.batchSize);
      if (lines.length === 0 && !job.uploadComplete) {
        // An interrupted upload waits for `?resume=`, which kicks the job again.
        if (job.status !== 'receiving') return;
        await this.waitForLines(jobId, 1000);
        continue;
      }
      const committed = await this.processBatch(job, lines);
      if (!committed) return;
    }
  }

  /** False when the batch could not be committed because another instance owns the job now. */
  private async processBatch(job: ImportJob, lines: readonly SpooledLine[]): Promise<boolean> {
    const postings: NewPosting[] = [];
    const errors: ImportLineError[] = [];
    const inWorkers: { line: number; input: PostingInput }[] = [];
    let sliceStart = performance.now();
    for (const { line, body } of lines) {
      if (body === null) {
        errors.push({ line, reason: lineTooLong(this.maxLineBytes) });
        continue;
      }
      const parsed = this.parseLine(body);
      if ('reason' in parsed) {
        errors.push({ line, reason: parsed.reason });
        continue;
      }
      if (this.analyse) inWorkers.push({ line, input: parsed.input });
      else {
        try {
          postings.push(this.catalog.prepare(parsed.input));
        } catch (err) {
          this.analysisFailed(job, line, err, errors);
        }
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    if (this.analyse && inWorkers.length > 0) {
      const analyse = this.analyse;
      // The whole batch at once, so every worker is busy; in line order, so the last of an externalId wins.
      const analysed = await Promise.all(
        inWorkers.map(({ line, input }) =>
          analyse(input.source, input.title).then(
            (analysis) => ({ line, posting: this.catalog.prepareWith(input, analysis) }),
            (err: unknown) => ({ line, err }),
          ),
        ),
      );
      for (const result of analysed) {
        if ('posting' in result) postings.push(result.posting);
        else this.analysisFailed(job, result.line, result.err, errors);
      }
    }
    const last = lines[lines.length - 1];
    const saved = await this.store.commitImportBatch(job.id, this.owner, {
      postings,
      errors,
      afterLine: job.committedLine,
      throughLine: last ? last.line : job.committedLine,
      lines: lines.length,
      completes: job.uploadComplete && lines.length < this.batchSize,
    });
    if (!saved) return false;
    await this.catalog.indexed(saved.map((p) => p.id));
    this.events.emit('progress', job.id);
    return true;
  }

  private analysisFailed(job: ImportJob, line: number, err: unknown, errors: ImportLineError[]): void {
    this.log.error({ err, jobId: job.id, line }, 'could not analyse a bulk-import line');
    errors.push({ line, reason: 'the posting could not be analysed (internal error)' });
  }

  /** Stops taking new batches; the batch in progress finishes (or is rolled back by the store). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    for (const wake of this.wakers.values()) wake();
    await Promise.all(this.workers.values());
    await Promise.all([...this.touched].map((id) => this.store.releaseImportJob(id, this.owner).catch(() => undefined)));
  }
}
