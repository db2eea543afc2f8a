import { SqlitePostingStore } from './sqlite.js';
import type { PostingStore } from './types.js';

/** How long PostgreSQL may take to connect and to run one statement (SQLite is in-process and needs none). */
export interface PostgresTimeouts {
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export type { PostingStore, StoredPosting } from './types.js';
export { ExternalIdConflictError } from './types.js';

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/**
 * Chooses the store from DATABASE_URL: postgres:// or postgresql:// for PostgreSQL, anything else
 * (file:…, :memory:) SQLite. Either way the schema is migrated before this resolves.
 */
export async function openStore(databaseUrl: string, timeouts: PostgresTimeouts = {}): Promise<PostingStore> {
  if (isPostgresUrl(databaseUrl)) {
    const { PostgresPostingStore } = await import('./postgres.js');
    return PostgresPostingStore.connect(databaseUrl, timeouts);
  }
  return new SqlitePostingStore(databaseUrl);
}
