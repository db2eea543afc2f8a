import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/index.js';
import { SqlitePostingStore, sqlitePath } from '../../src/store/sqlite.js';

describe('SQLite store on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-sqlite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is what DATABASE_URL file: and :memory: choose', async () => {
    const memory = await openStore(':memory:');
    expect(memory.kind).toBe('sqlite');
    await memory.close();
    expect(sqlitePath('file:./data/skill-matcher.db')).toBe('./data/skill-matcher.db');
    expect(sqlitePath('file:///tmp/x.db')).toBe('/tmp/x.db');
  });

  it('creates the file and its directory on first start, in WAL mode with synchronous=FULL', async () => {
    const path = join(dir, 'nested', 'deeper', 'db.sqlite');
    const store = await openStore(`file:${path}`);
    expect(existsSync(path)).toBe(true);
    await store.ping();
    await store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // synchronous is per connection: check the store's own.
    const again = new SqlitePostingStore(`file:${path}`);
    const own = (again as unknown as { db: Database.Database }).db;
    expect(own.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await again.close();
  });

  it('records each applied migration once in schema_migrations', async () => {
    const path = join(dir, 'migrations.sqlite');
    for (let i = 0; i < 3; i++) await new SqlitePostingStore(`file:${path}`).close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    db.close();
    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it("reads the rank inputs at start-up from their covering index, not through each row's large columns", async () => {
    const store = new SqlitePostingStore(`file:${join(dir, 'plan.sqlite')}`);
    const own = store as unknown as { db: Database.Database; sql: { scanRankable: Database.Statement } };
    const plan = own.db.prepare(`EXPLAIN QUERY PLAN ${own.sql.scanRankable.source}`).all(0, 10) as { detail: string }[];
    await store.close();
    expect(plan.map((r) => r.detail).join()).toContain('COVERING INDEX postings_rankable');
  });
});
