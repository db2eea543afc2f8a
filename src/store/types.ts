import type { AnalysedPosting } from '../core/posting.js';

/** A posting as the catalogue keeps it. */
export interface StoredPosting {
  id: string;
  externalId: string | null;
  title: string | null;
  analysis: AnalysedPosting;
  taxonomyVersion: string;
  createdAt: string;
  updatedAt: string;
}

/** Persistence behind one interface; SQLite by default, PostgreSQL for several instances. */
export interface PostingStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Throws when the store cannot answer. */
  ping(): Promise<void>;
  get(id: string): Promise<StoredPosting | undefined>;
  close(): Promise<void>;
}
