import type { PostingSource } from '../core/intake/posting-source.js';
import type { AnalysedPosting } from '../core/posting.js';
import type { IndexablePosting, StoredRankInput } from '../core/rank/index.js';
import type { ImportJobStore } from './import-jobs.js';

/** Free-form JSON the caller attaches to a posting (source system, location, salary band…). */
export type PostingMetadata = Record<string, unknown>;

/** A posting as the catalogue keeps it. */
export interface StoredPosting {
  id: string;
  /** Immutable and increasing in insertion order: the key of list pagination and index scans. */
  seq: number;
  /** Increases on every write to the posting; guards re-analysis against overwriting a newer edit. */
  revision: number;
  externalId: string | null;
  title: string | null;
  /** What was submitted, kept so the posting can be re-analysed when the taxonomy changes. */
  source: PostingSource;
  metadata: PostingMetadata | null;
  analysis: AnalysedPosting;
  taxonomyVersion: string;
  createdAt: string;
  updatedAt: string;
}

/** What a write supplies; the store assigns id, seq, revision and timestamps. */
export interface PostingContent {
  title: string | null;
  source: PostingSource;
  metadata: PostingMetadata | null;
  /** Its taxonomyVersion is stored alongside, so outdated analyses can be found. */
  analysis: AnalysedPosting;
  /** The part of the analysis the rank index reads (rankInputOf), stored beside it for a fast index build. */
  rankInput: StoredRankInput;
}

export interface NewPosting extends PostingContent {
  externalId: string | null;
}

export interface PostingReplacement extends Omit<PostingContent, 'title'> {
  /** Left unchanged when undefined; null clears it. */
  externalId?: string | null;
  /** Left unchanged when undefined; null clears it. */
  title?: string | null;
}

/** One row of the catalogue listing. */
export interface PostingSummary {
  id: string;
  seq: number;
  externalId: string | null;
  title: string | null;
  requirementCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface AnalysisUpdate {
  id: string;
  /** The revision the new analysis was computed from; a posting edited since then is left alone. */
  revision: number;
  analysis: AnalysedPosting;
  rankInput: StoredRankInput;
}

/**
 * A write somebody made, as another instance hears of it. `resync` means changes may have been
 * missed (the notification connection dropped) and everything should be re-read.
 */
export type PostingChange = { kind: 'upsert' | 'delete'; id: string } | { kind: 'resync' };

export type ChangeListener = (change: PostingChange) => void;

/** Thrown when an externalId is given to a posting while another posting holds it. */
export class ExternalIdConflictError extends Error {
  constructor(readonly externalId: string) {
    super(`Another posting already has externalId "${externalId}".`);
  }
}

/** Persistence behind one interface; SQLite by default, PostgreSQL for several instances. Bulk-import jobs live beside the postings. */
export interface PostingStore extends ImportJobStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Throws when the store cannot answer. */
  ping(): Promise<void>;
  get(id: string): Promise<StoredPosting | undefined>;
  getMany(ids: readonly string[]): Promise<StoredPosting[]>;
  getByExternalId(externalId: string): Promise<StoredPosting | undefined>;
  /**
   * Inserts a posting, or, when its externalId is already stored, replaces that posting's content
   * (keeping id, seq and createdAt). Atomic: concurrent saves of one externalId never duplicate it.
   */
  save(posting: NewPosting): Promise<{ posting: StoredPosting; created: boolean }>;
  /** save() for many postings in one transaction (bulk import). */
  saveMany(postings: readonly NewPosting[]): Promise<StoredPosting[]>;
  /** Undefined when there is no such posting; throws ExternalIdConflictError. */
  replace(id: string, replacement: PostingReplacement): Promise<StoredPosting | undefined>;
  /** False when there was no such posting. */
  delete(id: string): Promise<boolean>;
  /** Postings in seq order, after `afterSeq` when given. */
  list(options: { limit: number; afterSeq?: number }): Promise<PostingSummary[]>;
  /** Every posting in seq order, a batch at a time. */
  scan(batchSize?: number): AsyncIterable<StoredPosting[]>;
  /** scan() reduced to what the rank index reads: much less JSON to parse at start-up. */
  scanRankable(batchSize?: number): AsyncIterable<IndexablePosting[]>;
  count(): Promise<number>;
  /** Ids of postings analysed with a taxonomy version other than `version`. */
  idsAnalysedWithOtherVersion(version: string): Promise<string[]>;
  /** Stores fresh analyses; returns how many were written (edited postings are skipped). */
  updateAnalyses(updates: readonly AnalysisUpdate[]): Promise<number>;
  /**
   * Calls `listener` for writes made through other store instances (PostgreSQL LISTEN/NOTIFY);
   * SQLite has a single writer process and never calls it. Resolves to an unsubscribe function.
   */
  watch(listener: ChangeListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
