import { rankInputOf } from '../core/rank/compact.js';
import type { AnalysedPosting, PreparedPosting } from '../core/posting.js';
import type { PostingSource } from '../core/intake/posting-source.js';
import type { AnalysisUpdate, PostingStore } from '../store/types.js';
import type { CatalogLog } from './live-index.js';

/** Small batches, so that analysing one on the event loop (no worker pool) holds it for tens of milliseconds only. */
const BATCH = 25;

/** Analyses one stored posting's source: on a worker thread when the service has a pool. */
export type AnalysePosting = (source: PostingSource | PreparedPosting, title: string | undefined) => Promise<AnalysedPosting>;

/** Where the re-analysis after a taxonomy change stands. `processed` only grows. */
export interface ReanalysisProgress {
  status: 'idle' | 'running' | 'completed' | 'failed';
  /** The taxonomy version postings are brought to. */
  taxonomyVersion: string;
  /** Postings stored under another version when the service started. */
  outdated: number;
  processed: number;
  /** Postings whose analysis was replaced (a posting edited meanwhile keeps its newer analysis, as does one another instance re-analysed first). */
  updated: number;
  /** Postings whose source could not be analysed; they keep their previous analysis. */
  failed: number;
  startedAt?: string;
  finishedAt?: string;
  /** From the rate so far; absent until a batch is done. */
  etaSeconds?: number;
}

export interface ReanalysisOptions {
  analyse: AnalysePosting;
  /** Called with the ids of each batch once stored, so the rank index re-reads them. */
  stored?: (ids: readonly string[]) => Promise<void>;
  /** Checked between batches: stops the work when the service shuts down. */
  stopped?: () => boolean;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Re-runs the analysis of the given postings (those stored under another taxonomy version, found by
 * `store.idsAnalysedWithOtherVersion`) from their stored sources, a batch at a time, updating
 * `progress` as it goes (and bringing them to its `taxonomyVersion`). Ranking keeps serving from the
 * stored analyses meanwhile. A posting edited meanwhile (here or on another instance) keeps its newer
 * analysis; one another instance already re-analysed is skipped; one whose analysis fails keeps its
 * old analysis and is logged.
 */
export async function reanalyseOutdated(
  store: PostingStore,
  log: CatalogLog,
  progress: ReanalysisProgress,
  ids: readonly string[],
  options: ReanalysisOptions,
): Promise<void> {
  const { taxonomyVersion } = progress;
  progress.outdated = ids.length;
  if (ids.length === 0) {
    progress.status = 'completed';
    return;
  }
  log.info({ postings: ids.length, taxonomyVersion }, 're-analysing stored postings for the new taxonomy version');
  const started = performance.now();
  progress.status = 'running';
  progress.startedAt = new Date().toISOString();
  for (let i = 0; i < ids.length; i += BATCH) {
    if (options.stopped?.()) return;
    const postings = (await store.getMany(ids.slice(i, i + BATCH))).filter((p) => p.taxonomyVersion !== taxonomyVersion);
    const analysed = await Promise.all(
      postings.map(async (posting): Promise<AnalysisUpdate | undefined> => {
        try {
          const analysis = await options.analyse(posting.source, posting.title ?? undefined);
          return { id: posting.id, revision: posting.revision, analysis, rankInput: rankInputOf(analysis) };
        } catch (err) {
          log.error({ err, postingId: posting.id }, 'could not re-analyse a posting; it keeps its previous analysis');
          progress.failed += 1;
          return undefined;
        }
      }),
    );
    const updates = analysed.filter((u): u is AnalysisUpdate => u !== undefined);
    progress.updated += await store.updateAnalyses(updates);
    await options.stored?.(updates.map((u) => u.id));
    progress.processed = Math.min(ids.length, i + BATCH);
    const secondsPerPosting = (performance.now() - started) / 1000 / progress.processed;
    progress.etaSeconds = Math.round(secondsPerPosting * (ids.length - progress.processed));
    await yieldToEventLoop();
  }
  progress.status = 'completed';
  progress.finishedAt = new Date().toISOString();
  progress.etaSeconds = 0;
  const { updated, failed } = progress;
  log.info({ updated, failed, outdated: ids.length, ms: Math.round(performance.now() - started) }, 'stored postings re-analysed');
}
