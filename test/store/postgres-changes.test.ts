import { rankInputOf } from '../../src/core/rank/compact.js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePosting } from '../../src/core/posting.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { openStore } from '../../src/store/index.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';
import type { NewPosting, PostingChange } from '../../src/store/types.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';
import { PG_URL } from './postgres-env.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const posting = (text: string): NewPosting => {
  const analysis = analysePosting(taxonomy, { text });
  return { externalId: null, title: null, metadata: null, source: { text }, analysis, rankInput: rankInputOf(analysis) };
};

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!PG_URL)(`PostgreSQL change notifications${PG_URL ? '' : ' (skipped: set TEST_DATABASE_URL, see README "Tests")'}`, () => {
  const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let writer: PostgresPostingStore;
  let reader: PostgresPostingStore;
  const heardByReader: PostingChange[] = [];
  const heardByWriter: PostingChange[] = [];

  beforeAll(async () => {
    writer = await PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 2 });
    reader = await PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 2 });
    await reader.watch((c) => heardByReader.push(c));
    await writer.watch((c) => heardByWriter.push(c));
  });

  afterAll(async () => {
    await writer?.close();
    await reader?.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('is what DATABASE_URL postgres:// chooses', async () => {
    const url = new URL(PG_URL as string);
    url.searchParams.set('options', `-c search_path=${schema}`); // this run's schema, not public
    const store = await openStore(url.toString());
    expect(store.kind).toBe('postgres');
    await store.ping();
    await store.close();
  });

  it('tells other instances of every committed write, and not the writer itself', async () => {
    const { posting: a } = await writer.save(posting('Requirements: SQL'));
    await writer.replace(a.id, posting('Requirements: Python'));
    await writer.delete(a.id);
    await waitFor(() => heardByReader.length >= 3);
    expect(heardByReader).toEqual([
      { kind: 'upsert', id: a.id },
      { kind: 'upsert', id: a.id },
      { kind: 'delete', id: a.id },
    ]);
    expect(heardByWriter).toEqual([]);
  });

  it('sends resync after the listening connection is lost and comes back', async () => {
    const before = heardByReader.length;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN skill_matcher_postings__${schema}%'`,
    );
    await admin.end();
    await waitFor(() => heardByReader.slice(before).some((c) => c.kind === 'resync'), 10_000);
    const { posting: b } = await writer.save(posting('Requirements: Excel'));
    await waitFor(() => heardByReader.some((c) => c.kind === 'upsert' && c.id === b.id));
  });
});
