import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { SqlitePostingStore } from '../../src/store/sqlite.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const KEY = { authorization: 'Bearer k1' };
const SQL_POSTING = 'Data Analyst\nRequirements:\n- SQL and Python\n- Tableau is a plus';
const EXCEL_POSTING = 'Requirements:\n- Excel\n- Strong communication in English';

interface StoredPostingBody {
  id: string;
  externalId: string | null;
  title: string | null;
  metadata: Record<string, unknown> | null;
  analysis: { requirements: { skill: { id: string } }[]; taxonomyVersion: string };
  createdAt: string;
  updatedAt: string;
  taxonomyVersion: string;
}
interface ListBody {
  items: { id: string; title: string | null; requirementCount: number }[];
  nextCursor: string | null;
}

const skillsOf = (res: LightMyRequestResponse): string[] =>
  res
    .json<StoredPostingBody>()
    .analysis.requirements.map((r) => r.skill.id)
    .sort();

describe('the posting catalogue', () => {
  let app: FastifyInstance;
  const post = (payload: object, headers: Record<string, string> = KEY) =>
    app.inject({ method: 'POST', url: '/v1/postings', payload, headers });
  const list = async (query = ''): Promise<ListBody> => (await app.inject({ method: 'GET', url: `/v1/postings${query}` })).json<ListBody>();

  beforeAll(async () => {
    app = await buildApp(testConfig({ API_KEYS: 'k1,k2' }), { taxonomy });
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    for (const p of (await list('?limit=500')).items) await app.inject({ method: 'DELETE', url: `/v1/postings/${p.id}`, headers: KEY });
  });

  it('stores a posting with its analysis and answers 201 with where to find it', async () => {
    const res = await post({ text: SQL_POSTING, externalId: 'ats-1', title: 'Data Analyst', metadata: { city: 'Berlin' } });
    expect(res.statusCode).toBe(201);
    const body = res.json<StoredPostingBody>();
    expect(res.headers.location).toBe(`/v1/postings/${body.id}`);
    expect(body).toMatchObject({ externalId: 'ats-1', title: 'Data Analyst', metadata: { city: 'Berlin' }, taxonomyVersion: 'fixture' });
    expect(skillsOf(res)).toEqual(['python', 'sql', 'tableau']);
    const read = await app.inject({ method: 'GET', url: `/v1/postings/${body.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(body);
  });

  it('takes the title from a structured posting when none is given', async () => {
    const res = await post({ jobPosting: { title: 'BI Developer', qualifications: ['Power BI', 'SQL'] } });
    expect(res.statusCode).toBe(201);
    expect(res.json<StoredPostingBody>().title).toBe('BI Developer');
  });

  it('updates the posting with the same externalId (200) instead of duplicating it', async () => {
    const first = (await post({ text: SQL_POSTING, externalId: 'ats-1' })).json<StoredPostingBody>();
    const again = await post({ text: EXCEL_POSTING, externalId: 'ats-1' });
    expect(again.statusCode).toBe(200);
    expect(again.json<StoredPostingBody>()).toMatchObject({ id: first.id, createdAt: first.createdAt });
    expect(skillsOf(again)).toEqual(['communication', 'english', 'excel']);
    expect((await list()).items).toHaveLength(1);
  });

  describe('writes need an API key', () => {
    it.each([
      ['no Authorization header', {}, /Authorization: Bearer/],
      ['a wrong key', { authorization: 'Bearer nope' }, /not valid/],
      ['another scheme', { authorization: 'Basic azE6' }, /Authorization: Bearer/],
    ])('refuses %s with 401 problem+json and WWW-Authenticate, changing nothing', async (_name, headers, detail) => {
      const res = await post({ text: SQL_POSTING }, headers as Record<string, string>);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.json()).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.stringMatching(detail) });
      expect((await list()).items).toEqual([]);
    });

    it('accepts every configured key', async () => {
      expect((await post({ text: SQL_POSTING }, { authorization: 'Bearer k2' })).statusCode).toBe(201);
    });

    it('guards PUT and DELETE too', async () => {
      const { id } = (await post({ text: SQL_POSTING })).json<StoredPostingBody>();
      expect((await app.inject({ method: 'PUT', url: `/v1/postings/${id}`, payload: { text: EXCEL_POSTING } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'DELETE', url: `/v1/postings/${id}`, headers: { authorization: 'Bearer k3' } })).statusCode).toBe(
        401,
      );
      expect(skillsOf(await app.inject({ method: 'GET', url: `/v1/postings/${id}` }))).toEqual(['python', 'sql', 'tableau']);
    });

    it('checks the key before the body, so a bad body without a key is still 401', async () => {
      const res = await app.inject({ method: 'POST', url: '/v1/postings', payload: { nonsense: true } });
      expect(res.statusCode).toBe(401);
    });
  });

  it('replaces a posting with PUT and re-analyses it', async () => {
    const created = (await post({ text: SQL_POSTING, externalId: 'ats-1', title: 'Old', metadata: { a: 1 } })).json<StoredPostingBody>();
    const res = await app.inject({
      method: 'PUT',
      url: `/v1/postings/${created.id}`,
      headers: KEY,
      payload: { text: EXCEL_POSTING, title: 'New' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: created.id, externalId: 'ats-1', title: 'New', metadata: null, createdAt: created.createdAt });
    expect(skillsOf(res)).toEqual(['communication', 'english', 'excel']);
    expect(skillsOf(await app.inject({ method: 'GET', url: `/v1/postings/${created.id}` }))).toEqual(['communication', 'english', 'excel']);
  });

  it('answers PUT with 409 when the externalId belongs to another posting, and 404 for an unknown id', async () => {
    await post({ text: SQL_POSTING, externalId: 'taken' });
    const { id } = (await post({ text: SQL_POSTING, externalId: 'mine' })).json<StoredPostingBody>();
    const clash = await app.inject({
      method: 'PUT',
      url: `/v1/postings/${id}`,
      headers: KEY,
      payload: { text: EXCEL_POSTING, externalId: 'taken' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ status: 409, detail: expect.stringContaining('taken') });
    expect((await app.inject({ method: 'GET', url: `/v1/postings/${id}` })).json()).toMatchObject({ externalId: 'mine' });
    const missing = await app.inject({ method: 'PUT', url: '/v1/postings/nope', headers: KEY, payload: { text: EXCEL_POSTING } });
    expect(missing.statusCode).toBe(404);
  });

  it('deletes with 204; the posting is then gone', async () => {
    const { id } = (await post({ text: SQL_POSTING })).json<StoredPostingBody>();
    const res = await app.inject({ method: 'DELETE', url: `/v1/postings/${id}`, headers: KEY });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await app.inject({ method: 'GET', url: `/v1/postings/${id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/v1/postings/${id}`, headers: KEY })).statusCode).toBe(404);
  });

  it('pages through the catalogue with an opaque cursor; postings added meanwhile come on later pages', async () => {
    for (let i = 0; i < 5; i++) await post({ text: SQL_POSTING, title: `p${i}` });
    const first = await list('?limit=2');
    expect(first.items.map((p) => p.title)).toEqual(['p0', 'p1']);
    expect(first.items[0]?.requirementCount).toBe(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    await post({ text: SQL_POSTING, title: 'p5' });
    const titles = first.items.map((p) => p.title);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await list(`?limit=2&cursor=${cursor}`);
      titles.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
    }
    expect(titles).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('rejects a cursor it did not issue and a limit above MAX_LIST_ITEMS', async () => {
    const bad = await app.inject({ method: 'GET', url: '/v1/postings?cursor=bm9wZQ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ detail: expect.stringMatching(/cursor/) });
    expect((await app.inject({ method: 'GET', url: '/v1/postings?limit=501' })).statusCode).toBe(400);
  });

  it('validates the body: exactly one source', async () => {
    const res = await post({ text: SQL_POSTING, job: { title: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, errors: expect.any(Array) });
  });

  it('refuses a posting longer than MAX_TEXT_LENGTH with 413', async () => {
    const res = await post({ text: 'SQL '.repeat(30_000) });
    expect(res.statusCode).toBe(413);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/postings/does-not-exist' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('catalogue access settings', () => {
  it('refuses every write when API_KEYS is empty', async () => {
    const app = await buildApp(testConfig(), { taxonomy });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/postings',
        payload: { text: SQL_POSTING },
        headers: { authorization: 'Bearer anything' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ detail: expect.stringMatching(/no API keys configured/) });
      expect((await app.inject({ method: 'GET', url: '/v1/postings' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('needs a key for reads and ranking when REQUIRE_KEY_FOR_READS is set', async () => {
    const app = await buildApp(testConfig({ API_KEYS: 'k1', REQUIRE_KEY_FOR_READS: 'true' }), { taxonomy });
    try {
      const { id } = (
        await app.inject({ method: 'POST', url: '/v1/postings', payload: { text: SQL_POSTING }, headers: KEY })
      ).json<StoredPostingBody>();
      const rank = { resume: { skills: [{ name: 'SQL' }] } };
      for (const [method, url, payload] of [
        ['GET', '/v1/postings', undefined],
        ['GET', `/v1/postings/${id}`, undefined],
        ['POST', '/v1/rank', rank],
        ['POST', `/v1/postings/${id}/rank-resumes`, { resumes: [rank.resume] }],
      ] as const) {
        expect((await app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, `${method} ${url}`).toBe(401);
        expect((await app.inject({ method, url, headers: KEY, ...(payload ? { payload } : {}) })).statusCode, `${method} ${url}`).toBe(200);
      }
    } finally {
      await app.close();
    }
  });
});

/** Polls GET /v1/reanalysis until it completes; `processed` must never go back. */
async function reanalysisDone(
  app: Awaited<ReturnType<typeof buildApp>>,
): Promise<{ outdated: number; processed: number; updated: number }> {
  let last = 0;
  for (;;) {
    const body = (await app.inject({ method: 'GET', url: '/v1/reanalysis' })).json<{
      status: string;
      outdated: number;
      processed: number;
      updated: number;
    }>();
    expect(body.processed).toBeGreaterThanOrEqual(last);
    last = body.processed;
    if (body.status === 'completed') return body;
    expect(body.status).not.toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a new taxonomy version', () => {
  const withSnowflake = compileTaxonomy(
    [...FIXTURE_SEEDS, { id: 'snowflake', name: 'Snowflake', kind: 'hard', category: 'data-platform', broader: ['sql'] }],
    'fixture-2',
  );
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-reanalyse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('re-analyses stored postings from their source at start-up', async () => {
    const store = new SqlitePostingStore(`file:${join(dir, 'db.sqlite')}`);
    const text = 'Requirements:\n- SQL\n- Snowflake';
    const before = await buildApp(testConfig({ API_KEYS: 'k1' }), { taxonomy, store });
    const { id } = (
      await before.inject({ method: 'POST', url: '/v1/postings', payload: { text, metadata: { kept: true } }, headers: KEY })
    ).json<StoredPostingBody>();
    await before.close();

    const after = await buildApp(testConfig({ API_KEYS: 'k1' }), { taxonomy: withSnowflake, store });
    try {
      await reanalysisDone(after);
      const res = await after.inject({ method: 'GET', url: `/v1/postings/${id}` });
      expect(res.json()).toMatchObject({
        taxonomyVersion: 'fixture-2',
        analysis: { taxonomyVersion: 'fixture-2' },
        metadata: { kept: true },
      });
      expect(skillsOf(res)).toEqual(['snowflake', 'sql']);
      const ranked = await after.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'Snowflake' }] } } });
      const [top] = ranked.json<{ items: { id: string; score: number; matched: { id: string }[] }[] }>().items;
      expect(top).toMatchObject({ id, score: 100 });
      expect(top?.matched.map((m) => m.id)).toContain('snowflake');
    } finally {
      await after.close();
      await store.close();
    }
  });

  it('ranks from the stored analyses at once and re-analyses in the background, with progress', async () => {
    const store = new SqlitePostingStore(`file:${join(dir, 'many.sqlite')}`);
    const before = await buildApp(testConfig({ API_KEYS: 'k1' }), { taxonomy, store });
    const count = 60;
    for (let i = 0; i < count; i++) {
      const payload = { text: `Requirements:\n- SQL\n- Snowflake\n- item ${i}`, externalId: `p${i}` };
      expect((await before.inject({ method: 'POST', url: '/v1/postings', payload, headers: KEY })).statusCode).toBe(201);
    }
    await before.close();

    const after = await buildApp(testConfig({ API_KEYS: 'k1' }), { taxonomy: withSnowflake, store });
    try {
      // Serving already: every stored posting ranks by its stored analysis while the re-analysis runs.
      const early = await after.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'SQL' }] }, limit: 100 } });
      expect(early.statusCode).toBe(200);
      expect(early.json<{ total: number }>().total).toBe(count);
      expect(await reanalysisDone(after)).toMatchObject({ outdated: count, processed: count, updated: count });
      const ranked = await after.inject({
        method: 'POST',
        url: '/v1/rank',
        payload: { resume: { skills: [{ name: 'Snowflake' }] }, limit: 100 },
      });
      const items = ranked.json<{ items: { score: number; matched: { id: string }[] }[] }>().items;
      expect(items).toHaveLength(count);
      expect(items.every((item) => item.matched.some((m) => m.id === 'snowflake'))).toBe(true);
    } finally {
      await after.close();
      await store.close();
    }
  });
});
