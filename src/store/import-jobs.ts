import type { NewPosting, StoredPosting } from './types.js';

/**
 * receiving: the upload is streaming in (lines are processed as they arrive);
 * processing: the upload is complete, lines are still being processed;
 * interrupted: the upload broke off (connection lost, restart); the lines received are processed and
 *   the rest can be sent again with `?resume=<id>`;
 * completed: every line of a complete upload is processed.
 */
export type ImportJobStatus = 'receiving' | 'processing' | 'interrupted' | 'completed';

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  /** The instance working on the job; another one takes it over when it stops writing (see staleImportJobs). */
  owner: string | null;
  /** Physical line number (1-based) of the last line spooled; a resumed upload skips lines up to it. */
  received: number;
  /** Non-blank lines spooled so far. */
  spooled: number;
  uploadComplete: boolean;
  /** Non-blank lines in the upload; known once it is complete. */
  total: number | null;
  /** Physical line number of the last line whose outcome is committed. */
  committedLine: number;
  /** Non-blank lines handled (stored or failed). */
  processed: number;
  succeeded: number;
  failed: number;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** One line of an upload as it is kept until processed; body null when it was longer than the line limit. */
export interface SpooledLine {
  line: number;
  body: Buffer | null;
}

export interface ImportLineError {
  line: number;
  reason: string;
}

export interface UploadProgress {
  received: number;
  spooled: number;
  uploadComplete: boolean;
  status: ImportJobStatus;
}

/** The outcome of a run of consecutive lines, committed with the postings in one transaction. */
export interface ImportBatch {
  postings: readonly NewPosting[];
  errors: readonly ImportLineError[];
  /** The job's committedLine the batch follows: a batch committed already (or by another instance) is refused. */
  afterLine: number;
  /** Physical line number of the last line in the batch. */
  throughLine: number;
  /** Non-blank lines in the batch. */
  lines: number;
  /** The job is complete once this batch commits (its spooled lines are dropped). */
  completes: boolean;
}

/** Bulk-import jobs, kept by the same store as the postings so a batch commits with its progress. */
export interface ImportJobStore {
  createImportJob(id: string, owner: string): Promise<ImportJob>;
  getImportJob(id: string): Promise<ImportJob | undefined>;
  /** Errors in line order, after `afterLine`. */
  importErrors(id: string, options: { afterLine?: number; limit: number }): Promise<ImportLineError[]>;
  /** Keeps received lines and records upload progress; false (nothing written) when `owner` no longer owns the job. */
  spoolImportLines(id: string, owner: string, lines: readonly SpooledLine[], progress: UploadProgress): Promise<boolean>;
  /** Spooled lines after `afterLine`, in order. */
  spooledImportLines(id: string, afterLine: number, limit: number): Promise<SpooledLine[]>;
  /**
   * Upserts the batch's postings (save by externalId), records its errors and moves the job's
   * progress, atomically. Undefined (nothing written) when `owner` no longer owns the job.
   */
  commitImportBatch(id: string, owner: string, batch: ImportBatch): Promise<StoredPosting[] | undefined>;
  /** Unfinished jobs with work left that no instance owns (released) or whose last write is older than `before` (ISO time): their instance stopped. */
  staleImportJobs(before: string): Promise<ImportJob[]>;
  /**
   * Makes `owner` the job's owner with `status`, provided it was not written since `expectedUpdatedAt`
   * (compare-and-set, so two instances never both take a job over). Undefined when it was.
   */
  /** Gives the job up (shutdown), so another instance takes it over at once instead of after the lease. */
  releaseImportJob(id: string, owner: string): Promise<void>;
  takeOverImportJob(id: string, owner: string, expectedUpdatedAt: string, status: ImportJobStatus): Promise<ImportJob | undefined>;
}

export interface ImportJobRow {
  id: string;
  status: ImportJobStatus;
  owner: string | null;
  received: number | string;
  spooled: number | string;
  upload_complete: number | boolean;
  total: number | string | null;
  committed_line: number | string;
  processed: number | string;
  succeeded: number | string;
  failed: number | string;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

export const IMPORT_JOB_COLUMNS =
  'id, status, owner, received, spooled, upload_complete, total, committed_line, processed, succeeded, failed, started_at, updated_at, finished_at';

export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    status: row.status,
    owner: row.owner,
    received: Number(row.received),
    spooled: Number(row.spooled),
    uploadComplete: row.upload_complete === true || row.upload_complete === 1,
    total: row.total === null ? null : Number(row.total),
    committedLine: Number(row.committed_line),
    processed: Number(row.processed),
    succeeded: Number(row.succeeded),
    failed: Number(row.failed),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}
