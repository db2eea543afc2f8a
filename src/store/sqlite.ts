import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PostingStore, StoredPosting } from './types.js';

/** `file:./data/x.db` or `:memory:` to a path better-sqlite3 opens. */
export function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  return url.replace(/^file:(\/\/)?/, '');
}

export class SqlitePostingStore implements PostingStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;

  constructor(url: string) {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
  }

  async ping(): Promise<void> {
    this.db.prepare('select 1').get();
  }

  async get(_id: string): Promise<StoredPosting | undefined> {
    return undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
