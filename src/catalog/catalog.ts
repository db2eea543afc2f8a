import type { PostingSource } from '../core/intake/posting-source.js';
import { analysePosting, type AnalysedPosting, type PreparedPosting } from '../core/posting.js';
import { rankInputOf } from '../core/rank/compact.js';
import type { DescribeSkill, RankIndex } from '../core/rank/index.js';
import type { Vocabularies } from '../core/match.js';
import type { NewPosting, PostingMetadata, PostingStore, StoredPosting } from '../store/types.js';
import { LiveRankIndex, type CatalogLog } from './live-index.js';
import { reanalyseOutdated, type AnalysePosting, type ReanalysisProgress } from './reanalyse.js';

export interface PostingInput {
  source: PostingSource;
  /** The posting's text already assembled from `source` (preparePosting), when the caller checked its size. */
  prepared?: PreparedPosting;
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
  /** Where re-analysis after a taxonomy change stands; the same object is updated as it runs. */
  readonly reanalysis: ReanalysisProgress;
  /** Settles when the re-analysis started by open() has finished (or stopped at close()). */
  readonly reanalysed: Promise<void>;
  private closed = false;
  private closing: Promise<void> | undefined;
  /** Where writes are analysed: the worker pool when the service has one, else this thread. */
  private readonly analyseOff: (input: PostingInput) => Promise<AnalysedPosting>;

  private constructor(
    readonly store: PostingStore,
    private readonly vocabularies: Vocabularies,
    private readonly live: LiveRankIndex,
    log: CatalogLog,
    outdated: readonly string[],
    analyse: AnalysePosting | undefined,
  ) {
    this.analyseOff = analyse ? (input) => analyse(input.prepared ?? input.source, input.title) : async (input) => this.analyse(input);
    this.reanalysis = { status: 'idle', taxonomyVersion: vocabularies.taxonomy.version, outdated: 0, processed: 0, updated: 0, failed: 0 };
    this.reanalysed = reanalyseOutdated(store, log, this.reanalysis, outdated, {
      analyse: (source, title) => this.analyseOff({ source, ...(title ? { title } : {}) }),
      stored: (ids) => this.indexed(ids),
      stopped: () => this.closed,
    }).catch((err: unknown) => {
      this.reanalysis.status = 'failed';
      log.error({ err }, 'could not re-analyse the stored postings; they keep their previous analyses');
    });
  }

  /**
   * Builds the rank index from the stored analyses, then re-analyses postings stored under another
   * taxonomy version in the background (`reanalysis` reports progress): the service ranks from the
   * stored analyses at once and each posting moves to the new version as its batch is stored.
   */
  static async open(
    store: PostingStore,
    vocabularies: Vocabularies,
    log: CatalogLog,
    options: { analyse?: AnalysePosting } = {},
  ): Promise<Catalog> {
    const { skills } = vocabularies.taxonomy;
    const describe: DescribeSkill = (id) => {
      const skill = skills.get(id);
      return skill && { name: skill.name, category: skill.category, ...(skill.esco ? { esco: skill.esco } : {}) };
    };
    // Which postings are outdated is asked before serving (an index-only query), so that a store that stops
    // answering later never leaves a background query behind; only the analysis runs in the background.
    const outdated = await store.idsAnalysedWithOtherVersion(vocabularies.taxonomy.version);
    const live = await LiveRankIndex.open(store, log, describe);
    return new Catalog(store, vocabularies, live, log, outdated, options.analyse);
  }

  get index(): RankIndex {
    return this.live.current;
  }

  /** Creates a posting, or replaces the one with the same externalId. */
  async save(input: PostingInput): Promise<{ posting: StoredPosting; created: boolean }> {
    const result = await this.store.save(this.prepareWith(input, await this.analyseOff(input)));
    await this.live.refresh(result.posting.id);
    return result;
  }

  /** What save() stores for a posting, without storing it (bulk import stores many at once). */
  prepare(input: PostingInput): NewPosting {
    return this.prepareWith(input, this.analyse(input));
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

  /**
   * Undefined when there is no such posting. An absent externalId keeps the current one; an absent title
   * keeps the current one unless the new structured posting carries its own.
   */
  async replace(id: string, input: PostingInput): Promise<StoredPosting | undefined> {
    const analysis = await this.analyseOff(input);
    const title = titleOf(input, analysis);
    const posting = await this.store.replace(id, {
      ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
      ...(title !== null ? { title } : {}),
      source: input.source,
      metadata: input.metadata ?? null,
      analysis,
      rankInput: rankInputOf(analysis),
    });
    if (posting) await this.live.refresh(id);
    return posting;
  }

  private analyse(input: PostingInput): AnalysedPosting {
    return analysePosting(this.vocabularies.taxonomy, input.prepared ?? input.source, {
      ...(this.vocabularies.occupations ? { occupations: this.vocabularies.occupations } : {}),
      ...(input.title ? { title: input.title } : {}),
    });
  }

  async delete(id: string): Promise<boolean> {
    const deleted = await this.store.delete(id);
    if (deleted) await this.live.refresh(id);
    return deleted;
  }

  /** Stops the re-analysis after its current batch and the index after its pending refreshes; safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.closed = true;
      await this.reanalysed;
      await this.live.close();
    })();
    return this.closing;
  }
}
