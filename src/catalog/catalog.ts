import type { PostingSource } from '../core/intake/posting-source.js';
import { analysePosting, type AnalysedPosting } from '../core/posting.js';
import { rankInputOf } from '../core/rank/compact.js';
import type { RankIndex } from '../core/rank/index.js';
import type { Taxonomy } from '../core/taxonomy/compile.js';
import type { NewPosting, PostingMetadata, PostingStore, StoredPosting } from '../store/types.js';
import { LiveRankIndex, type CatalogLog } from './live-index.js';
import { reanalyseOutdated } from './reanalyse.js';

export interface PostingInput {
  source: PostingSource;
  externalId?: string;
  title?: string;
  metadata?: PostingMetadata;
}

/** The title given, else the one a structured posting carries, else none. */
const titleOf = (input: PostingInput, analysis: AnalysedPosting): string | null => input.title ?? analysis.title ?? null;

/**
 * The stored catalogue: writes analyse the posting, store it, and update the rank index before
 * they resolve, so a posting is rankable as soon as its write is acknowledged.
 */
export class Catalog {
  private constructor(
    readonly store: PostingStore,
    private readonly taxonomy: Taxonomy,
    private readonly live: LiveRankIndex,
  ) {}

  /** Re-analyses postings stored under another taxonomy version, then builds the rank index. */
  static async open(store: PostingStore, taxonomy: Taxonomy, log: CatalogLog): Promise<Catalog> {
    await reanalyseOutdated(store, taxonomy, log);
    return new Catalog(store, taxonomy, await LiveRankIndex.open(store, log));
  }

  get index(): RankIndex {
    return this.live.current;
  }

  /** Creates a posting, or replaces the one with the same externalId. */
  async save(input: PostingInput): Promise<{ posting: StoredPosting; created: boolean }> {
    const analysis = analysePosting(this.taxonomy, input.source);
    const result = await this.store.save({
      externalId: input.externalId ?? null,
      title: titleOf(input, analysis),
      source: input.source,
      metadata: input.metadata ?? null,
      analysis,
      rankInput: rankInputOf(analysis),
    });
    await this.live.refresh(result.posting.id);
    return result;
  }

  /** What save() stores for a posting, without storing it (bulk import stores many at once). */
  prepare(input: PostingInput): NewPosting {
    return this.prepareWith(input, analysePosting(this.taxonomy, input.source));
  }

  /** prepare() with the analysis done elsewhere (a worker thread). */
  prepareWith(input: PostingInput, analysis: AnalysedPosting): NewPosting {
    return {
      externalId: input.externalId ?? null,
      title: titleOf(input, analysis),
      source: input.source,
      metadata: input.metadata ?? null,
      analysis,
      rankInput: rankInputOf(analysis),
    };
  }

  /** Brings the rank index up to date with postings this process stored directly (bulk import). */
  async indexed(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.live.refreshMany(ids);
  }

  /** Undefined when there is no such posting; an absent externalId keeps the current one. */
  async replace(id: string, input: PostingInput): Promise<StoredPosting | undefined> {
    const analysis = analysePosting(this.taxonomy, input.source);
    const posting = await this.store.replace(id, {
      ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
      title: titleOf(input, analysis),
      source: input.source,
      metadata: input.metadata ?? null,
      analysis,
      rankInput: rankInputOf(analysis),
    });
    if (posting) await this.live.refresh(id);
    return posting;
  }

  async delete(id: string): Promise<boolean> {
    const deleted = await this.store.delete(id);
    if (deleted) await this.live.refresh(id);
    return deleted;
  }

  async close(): Promise<void> {
    await this.live.close();
  }
}
