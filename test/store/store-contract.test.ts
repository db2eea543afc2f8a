import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PostingSource } from '../../src/core/intake/posting-source.js';
import { analysePosting } from '../../src/core/posting.js';
import { rankInputOf, type RankInput } from '../../src/core/rank/compact.js';
import type { IndexablePosting } from '../../src/core/rank/index.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';
import { SqlitePostingStore } from '../../src/store/sqlite.js';
import { ExternalIdConflictError, type NewPosting, type PostingReplacement, type PostingStore } from '../../src/store/types.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';
import { PG_URL } from './postgres-env.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture-1');
const newerTaxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture-2');

function posting(text: string, extra: Partial<NewPosting> = {}): NewPosting {
  const source: PostingSource = { text };
  const analysis = analysePosting(taxonomy, source);
  return { externalId: null, title: null, metadata: null, source, analysis, rankInput: rankInputOf(analysis), ...extra };
}

/** A replacement that leaves externalId alone. */
function content(text: string, extra: Partial<PostingReplacement> = {}): PostingReplacement {
  const { externalId: _externalId, ...rest } = posting(text);
  return { ...rest, ...extra };
}

const SQL_POSTING = 'Requirements:\n- SQL and Python\n- Tableau is a plus';
const EXCEL_POSTING = 'Requirements:\n- Excel\n- Strong communication in English';

interface Harness {
  /** A store on an empty database. */
  open(): Promise<PostingStore>;
  /** Another store on the same database (a restart, or a second instance). */
  reopen(): Promise<PostingStore>;
  dispose(): Promise<void>;
}

/** The behaviour every PostingStore implementation must have; run once per implementation. */
function storeContract(makeHarness: () => Promise<Harness>): void {
  let harness: Harness;
  let store: PostingStore;
  const extra: PostingStore[] = [];

  beforeEach(async () => {
    harness = await makeHarness();
    store = await harness.open();
  });

  afterEach(async () => {
    for (const s of extra.splice(0)) await s.close();
    await store.close();
    await harness.dispose();
  });

  const reopen = async (): Promise<PostingStore> => {
    const s = await harness.reopen();
    extra.push(s);
    return s;
  };

  it('stores a posting with everything needed to show and re-analyse it', async () => {
    const input = posting(SQL_POSTING, { externalId: 'ats-1', title: 'Analyst', metadata: { city: 'Berlin', tags: ['a', 1, null] } });
    const { posting: saved, created } = await store.save(input);
    expect(created).toBe(true);
    expect(saved).toMatchObject({
      externalId: 'ats-1',
      title: 'Analyst',
      metadata: { city: 'Berlin', tags: ['a', 1, null] },
      source: { text: SQL_POSTING },
    });
    expect(saved.taxonomyVersion).toBe('fixture-1');
    expect(saved.analysis).toEqual(input.analysis);
    expect(saved.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(saved.updatedAt).toBe(saved.createdAt);
    expect(await store.get(saved.id)).toEqual(saved);
    expect(await store.getByExternalId('ats-1')).toEqual(saved);
    expect(await store.get('no-such-id')).toBeUndefined();
  });

  it('keeps text exactly, including characters databases like to mangle', async () => {
    const text = 'Requirements:\n- SQL\u0000 and “Python” — 日本語 😀\r\n- Excel';
    const { posting: saved } = await store.save(posting(text, { metadata: { note: 'nul\u0000inside' } }));
    const read = await store.get(saved.id);
    expect(read?.source).toEqual({ text });
    expect(read?.metadata).toEqual({ note: 'nul\u0000inside' });
  });

  it('updates the posting with the same externalId instead of duplicating it', async () => {
    const first = (await store.save(posting(SQL_POSTING, { externalId: 'ats-1', title: 'v1' }))).posting;
    const again = await store.save(posting(EXCEL_POSTING, { externalId: 'ats-1', title: 'v2' }));
    expect(again.created).toBe(false);
    expect(again.posting).toMatchObject({
      id: first.id,
      seq: first.seq,
      createdAt: first.createdAt,
      title: 'v2',
      source: { text: EXCEL_POSTING },
    });
    expect(again.posting.revision).toBeGreaterThan(first.revision);
    expect(again.posting.updatedAt >= first.updatedAt).toBe(true);
    expect(await store.count()).toBe(1);
  });

  it('never duplicates an externalId under concurrent saves', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.save(posting(SQL_POSTING, { externalId: 'same', title: `t${i}` }))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.posting.id)).size).toBe(1);
    expect(await store.count()).toBe(1);
  });

  it('saves many in one go, externalIds still unique', async () => {
    const saved = await store.saveMany([
      posting(SQL_POSTING),
      posting(EXCEL_POSTING, { externalId: 'x' }),
      posting(SQL_POSTING, { externalId: 'x' }),
    ]);
    expect(saved).toHaveLength(3);
    expect(saved[1]?.id).toBe(saved[2]?.id);
    expect(await store.count()).toBe(2);
  });

  it('replaces content, keeps or changes externalId, and refuses one another posting holds', async () => {
    const a = (await store.save(posting(SQL_POSTING, { externalId: 'a', title: 'A', metadata: { k: 1 } }))).posting;
    await store.save(posting(SQL_POSTING, { externalId: 'b' }));

    const replaced = await store.replace(a.id, content(EXCEL_POSTING, { title: 'A2' }));
    expect(replaced).toMatchObject({
      id: a.id,
      seq: a.seq,
      externalId: 'a',
      title: 'A2',
      metadata: null,
      source: { text: EXCEL_POSTING },
      createdAt: a.createdAt,
    });
    expect(replaced?.analysis.requirements.map((r) => r.skill.id)).toContain('excel');

    expect((await store.replace(a.id, content(EXCEL_POSTING, { externalId: 'a-renamed' })))?.externalId).toBe('a-renamed');
    await expect(store.replace(a.id, content(EXCEL_POSTING, { externalId: 'b' }))).rejects.toBeInstanceOf(ExternalIdConflictError);
    expect((await store.get(a.id))?.externalId).toBe('a-renamed');
    expect((await store.replace(a.id, content(EXCEL_POSTING, { externalId: null })))?.externalId).toBeNull();
    expect(await store.replace('no-such-id', content(EXCEL_POSTING))).toBeUndefined();
  });

  it('keeps the stored title when a replacement gives none, and clears it on null', async () => {
    const a = (await store.save(posting(SQL_POSTING, { title: 'Kept title' }))).posting;
    const { title: _title, ...withoutTitle } = content(EXCEL_POSTING);
    expect((await store.replace(a.id, withoutTitle))?.title).toBe('Kept title');
    expect((await store.replace(a.id, content(EXCEL_POSTING, { title: null })))?.title).toBeNull();
  });

  it('deletes', async () => {
    const a = (await store.save(posting(SQL_POSTING, { externalId: 'a' }))).posting;
    expect(await store.delete(a.id)).toBe(true);
    expect(await store.get(a.id)).toBeUndefined();
    expect(await store.delete(a.id)).toBe(false);
    expect((await store.save(posting(SQL_POSTING, { externalId: 'a' }))).created).toBe(true);
  });

  it('lists in insertion order by seq, stable while postings are added and deleted between pages', async () => {
    const saved = await store.saveMany(Array.from({ length: 5 }, (_, i) => posting(SQL_POSTING, { title: `p${i}` })));
    const first = await store.list({ limit: 2 });
    expect(first.map((p) => p.title)).toEqual(['p0', 'p1']);
    expect(first[0]).toMatchObject({ id: saved[0]?.id, requirementCount: saved[0]?.analysis.requirements.length });
    // Meanwhile: one shown posting is deleted, one not yet shown is updated, one is added.
    await store.delete(saved[0]?.id as string);
    await store.replace(saved[3]?.id as string, content(EXCEL_POSTING, { title: 'p3-edited' }));
    await store.save(posting(SQL_POSTING, { title: 'p5' }));
    const second = await store.list({ limit: 2, afterSeq: first[1]?.seq as number });
    const third = await store.list({ limit: 10, afterSeq: second[1]?.seq as number });
    expect([...second, ...third].map((p) => p.title)).toEqual(['p2', 'p3-edited', 'p4', 'p5']);
  });

  it('scans everything in seq order, a batch at a time', async () => {
    await store.saveMany(Array.from({ length: 7 }, (_, i) => posting(SQL_POSTING, { title: `p${i}` })));
    const batches: string[][] = [];
    for await (const batch of store.scan(3)) batches.push(batch.map((p) => p.title ?? ''));
    expect(batches).toEqual([['p0', 'p1', 'p2'], ['p3', 'p4', 'p5'], ['p6']]);
  });

  it('scans what the rank index needs, matching the analysis, in seq order', async () => {
    const saved = await store.saveMany([posting(SQL_POSTING, { externalId: 'a', title: 'A' }), posting(EXCEL_POSTING)]);
    const rankable: IndexablePosting[] = [];
    for await (const batch of store.scanRankable(1)) rankable.push(...batch);
    expect(rankable.map((p) => [p.id, p.seq, p.externalId, p.title])).toEqual(saved.map((p) => [p.id, p.seq, p.externalId, p.title]));
    expect(rankable[0]?.analysis).toEqual(rankInputOf(saved[0]?.analysis as RankInput));
    await store.replace(saved[0]?.id as string, content(EXCEL_POSTING));
    for await (const [first] of store.scanRankable())
      expect(first?.analysis).toEqual(rankInputOf(analysePosting(taxonomy, { text: EXCEL_POSTING })));
  });

  it('finds postings analysed with another taxonomy version and updates them unless edited since', async () => {
    const [a, b] = await store.saveMany([posting(SQL_POSTING), posting(EXCEL_POSTING)]);
    if (!a || !b) throw new Error('not saved');
    expect(await store.idsAnalysedWithOtherVersion('fixture-1')).toEqual([]);
    expect((await store.idsAnalysedWithOtherVersion('fixture-2')).sort()).toEqual([a.id, b.id].sort());
    expect((await store.getMany([b.id, a.id, 'missing'])).map((p) => p.id)).toEqual([a.id, b.id]);

    await store.replace(b.id, content(EXCEL_POSTING)); // edited after its revision was read below
    const written = await store.updateAnalyses([
      {
        id: a.id,
        revision: a.revision,
        analysis: analysePosting(newerTaxonomy, a.source),
        rankInput: rankInputOf(analysePosting(newerTaxonomy, a.source)),
      },
      {
        id: b.id,
        revision: b.revision,
        analysis: analysePosting(newerTaxonomy, b.source),
        rankInput: rankInputOf(analysePosting(newerTaxonomy, b.source)),
      },
    ]);
    expect(written).toBe(1);
    const updated = await store.get(a.id);
    expect(updated).toMatchObject({ taxonomyVersion: 'fixture-2', updatedAt: a.updatedAt });
    expect(updated?.revision).toBeGreaterThan(a.revision);
    expect((await store.get(b.id))?.taxonomyVersion).toBe('fixture-1');
  });

  it('keeps what was written across a restart, migrating only once', async () => {
    const a = (await store.save(posting(SQL_POSTING, { externalId: 'kept' }))).posting;
    const second = await reopen();
    expect(await second.get(a.id)).toEqual(a);
    expect(await second.count()).toBe(1);
  });
}

describe('SQLite store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  storeContract(async () => {
    const url = `file:${join(dir, randomUUID(), 'postings.db')}`;
    return {
      open: async () => new SqlitePostingStore(url),
      reopen: async () => new SqlitePostingStore(url),
      dispose: async () => undefined,
    };
  });
});

describe.skipIf(!PG_URL)(`PostgreSQL store${PG_URL ? '' : ' (skipped: set TEST_DATABASE_URL, see README "Tests")'}`, () => {
  const schemas: string[] = [];
  afterAll(async () => {
    if (!PG_URL || schemas.length === 0) return;
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  // Each test gets a fresh schema, so runs never see each other's rows.
  storeContract(async () => {
    const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    schemas.push(schema);
    const open = () => PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 4 });
    return { open, reopen: open, dispose: async () => undefined };
  });
});
