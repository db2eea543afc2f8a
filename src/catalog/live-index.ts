import type { FastifyBaseLogger } from 'fastify';
import { RankIndex, type DescribeSkill } from '../core/rank/index.js';
import type { PostingChange, PostingStore } from '../store/types.js';

export type CatalogLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/**
 * Keeps a RankIndex equal to the store. Every change, made here or heard from another instance, is
 * applied by re-reading that posting; re-reads of one posting run one after another, so the last
 * one to finish saw the last committed write. While the index is (re)built from a full scan, the
 * ids that change are remembered and re-read once the new index is in place.
 */
export class LiveRankIndex {
  private index: RankIndex;
  private readonly queues = new Map<string, Promise<void>>();
  private changedDuringBuild: Set<string> | undefined;
  private rebuilds: Promise<void> = Promise.resolve();
  private unwatch: (() => Promise<void>) | undefined;
  private closed = false;

  private constructor(
    private readonly store: PostingStore,
    private readonly log: CatalogLog,
    private readonly describe: DescribeSkill,
  ) {
    this.index = new RankIndex(describe);
  }

  /** Subscribes to other instances' writes first, then builds, so nothing written meanwhile is missed. */
  static async open(store: PostingStore, log: CatalogLog, describe: DescribeSkill = () => undefined): Promise<LiveRankIndex> {
    const live = new LiveRankIndex(store, log, describe);
    live.unwatch = await store.watch((change) => live.heard(change));
    await live.build();
    return live;
  }

  get current(): RankIndex {
    return this.index;
  }

  /** Brings one posting up to date; resolves once the index reflects what the store now holds. */
  refresh(id: string): Promise<void> {
    this.changedDuringBuild?.add(id);
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (this.closed) return;
      const posting = await this.store.get(id);
      if (posting) this.index.upsert(posting);
      else this.index.remove(id);
    });
    const settled = next.catch((err: unknown) => {
      if (this.closed) return;
      this.log.error({ err, postingId: id }, 'could not refresh a posting in the rank index; rebuilding it');
      this.scheduleRebuild();
    });
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return settled;
  }

  /** refresh() for many postings with one read of the store (bulk import); the same per-posting ordering. */
  refreshMany(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.changedDuringBuild?.add(id);
    const previous = Promise.all(ids.map((id) => this.queues.get(id) ?? Promise.resolve()));
    const fetched = previous.then(async () => (this.closed ? undefined : new Map((await this.store.getMany(ids)).map((p) => [p.id, p]))));
    const settled = fetched
      .then((postings) => {
        if (!postings) return;
        for (const id of ids) {
          const posting = postings.get(id);
          if (posting) this.index.upsert(posting);
          else this.index.remove(id);
        }
      })
      .catch((err: unknown) => {
        if (this.closed) return;
        this.log.error({ err, postings: ids.length }, 'could not refresh postings in the rank index; rebuilding it');
        this.scheduleRebuild();
      });
    for (const id of ids) {
      this.queues.set(id, settled);
      void settled.then(() => {
        if (this.queues.get(id) === settled) this.queues.delete(id);
      });
    }
    return settled;
  }

  private heard(change: PostingChange): void {
    if (change.kind === 'resync') this.scheduleRebuild();
    else void this.refresh(change.id);
  }

  private scheduleRebuild(): void {
    this.rebuilds = this.rebuilds
      .then(() => this.build())
      .catch((err: unknown) => {
        if (!this.closed) this.log.error({ err }, 'could not rebuild the rank index');
      });
  }

  private async build(): Promise<void> {
    if (this.closed) return;
    const started = performance.now();
    const changed = new Set<string>();
    this.changedDuringBuild = changed;
    try {
      const fresh = new RankIndex(this.describe);
      for await (const batch of this.store.scanRankable()) for (const posting of batch) fresh.upsert(posting);
      this.index = fresh;
    } finally {
      this.changedDuringBuild = undefined;
    }
    await Promise.all([...changed].map((id) => this.refresh(id)));
    this.log.info({ postings: this.index.size, ms: Math.round(performance.now() - started) }, 'rank index built');
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.unwatch?.().catch(() => undefined);
    await Promise.all(this.queues.values());
  }
}
