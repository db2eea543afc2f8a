import pg from 'pg';
import type { PostingStore, StoredPosting } from './types.js';

export class PostgresPostingStore implements PostingStore {
  readonly kind = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async connect(url: string): Promise<PostgresPostingStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const store = new PostgresPostingStore(pool);
    await store.ping();
    return store;
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async get(_id: string): Promise<StoredPosting | undefined> {
    return undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
