import { SqlitePostingStore } from './sqlite.js';
import type { PostingStore } from './types.js';

export type { PostingStore } from './types.js';

/** Chooses the store from DATABASE_URL: postgres:// for PostgreSQL, anything else SQLite. */
export async function openStore(databaseUrl: string): Promise<PostingStore> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { PostgresPostingStore } = await import('./postgres.js');
    return PostgresPostingStore.connect(databaseUrl);
  }
  return new SqlitePostingStore(databaseUrl);
}
