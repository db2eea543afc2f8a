import type { ImportJob, SpooledLine } from '../../store/import-jobs.js';
import type { PostingStore } from '../../store/types.js';
import { splitLines } from './lines.js';

export interface UploadLimits {
  /** Longest line kept; a longer one is reported as a bad line. */
  maxLineBytes: number;
  /** Most bytes in one upload (all of it, also when resumed). */
  maxBytes: number;
  /** Most non-blank lines in one job. */
  maxLines: number;
}

export type UploadOutcome =
  | { kind: 'complete' }
  /** A limit was reached: what came before it is kept and processed, the job is interrupted. */
  | { kind: 'too-large'; limit: 'bytes' | 'lines' }
  /** The connection broke off; the lines received are kept, the job is interrupted. */
  | { kind: 'broken'; error: unknown }
  /** Another instance took the job over (this one stopped writing for longer than the lease). */
  | { kind: 'lost' };

const SPOOL_LINES = 500;
const SPOOL_BYTES = 4 * 1024 * 1024;

async function* countingBytes(chunks: AsyncIterable<Buffer | string>, counter: { bytes: number }, max: number): AsyncGenerator<Buffer> {
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    counter.bytes += chunk.length;
    if (counter.bytes > max) throw new UploadTooLarge('bytes');
    yield chunk;
  }
}

class UploadTooLarge extends Error {
  constructor(readonly limit: 'bytes' | 'lines') {
    super(`upload exceeds the ${limit} limit`);
  }
}

/**
 * Streams an NDJSON upload into the job's spool, a few hundred lines per write, never holding more
 * than one batch in memory. Lines up to `job.received` are skipped: a resumed upload re-sends the
 * same file from its start. `onSpooled` is called after each write (the runner processes lines as
 * they arrive).
 */
export async function spoolUpload(
  store: PostingStore,
  owner: string,
  job: ImportJob,
  body: AsyncIterable<Buffer | string>,
  limits: UploadLimits,
  onSpooled: () => void,
): Promise<UploadOutcome> {
  let batch: SpooledLine[] = [];
  let batchBytes = 0;
  let received = job.received;
  let spooled = job.spooled;
  const flush = async (status: 'receiving' | 'processing' | 'interrupted'): Promise<boolean> => {
    const lines = batch;
    batch = [];
    batchBytes = 0;
    const kept = await store.spoolImportLines(job.id, owner, lines, { received, spooled, uploadComplete: status === 'processing', status });
    onSpooled();
    return kept;
  };
  const counter = { bytes: 0 };
  try {
    for await (const line of splitLines(countingBytes(body, counter, limits.maxBytes), limits.maxLineBytes)) {
      if (line.line <= job.received) continue;
      if (!line.blank && spooled >= limits.maxLines) throw new UploadTooLarge('lines');
      received = line.line;
      if (line.blank) continue;
      spooled += 1;
      batch.push({ line: line.line, body: line.body });
      batchBytes += line.body?.length ?? 0;
      if ((batch.length >= SPOOL_LINES || batchBytes >= SPOOL_BYTES) && !(await flush('receiving'))) return { kind: 'lost' };
    }
  } catch (error) {
    // Keep every complete line received before the break; `received` covers only those.
    const kept = await flush('interrupted');
    if (!kept) return { kind: 'lost' };
    return error instanceof UploadTooLarge ? { kind: 'too-large', limit: error.limit } : { kind: 'broken', error };
  }
  return (await flush('processing')) ? { kind: 'complete' } : { kind: 'lost' };
}
