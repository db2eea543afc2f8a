import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const KEY = { authorization: 'Bearer k1' };

interface RankBody {
  items: {
    id: string;
    externalId: string | null;
    title: string | null;
    score: number;
    band: string;
    matched: { id: string; name: string }[];
    missing: { id: string; name: string }[];
  }[];
  total: number;
  taxonomyVersion: string;
}

const POSTINGS = {
  sqlAnalyst: 'Requirements:\n- SQL\n- Python\nPreferred:\n- Tableau',
  excelOps: 'Requirements:\n- Excel\n- communication',
  mlEngineer: 'Requirements:\n- machine learning\n- Python\n- PyTorch',
  spanish: 'Requirements:\n- Spanish',
};

describe('POST /v1/rank', () => {
  let app: FastifyInstance;
  const ids: Record<string, string> = {};
  const rank = async (payload: object): Promise<RankBody> => {
    const res = await app.inject({ method: 'POST', url: '/v1/rank', payload });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<RankBody>();
  };

  beforeAll(async () => {
    app = await buildApp(testConfig({ API_KEYS: 'k1', MAX_RESUMES_PER_RANK: '3' }), { taxonomy });
    for (const [name, text] of Object.entries(POSTINGS)) {
      const res = await app.inject({ method: 'POST', url: '/v1/postings', headers: KEY, payload: { text, externalId: name, title: name } });
      ids[name] = res.json<{ id: string }>().id;
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ranks stored postings by fit, with the top matched skills and gaps', async () => {
    const body = await rank({ resume: { skills: [{ name: 'PostgreSQL' }, { name: 'Python' }] } });
    expect(body.total).toBe(4);
    expect(body.taxonomyVersion).toBe('fixture');
    expect(body.items.map((i) => i.externalId).slice(0, 2)).toEqual(['sqlAnalyst', 'mlEngineer']);
    const [top] = body.items;
    expect(top).toMatchObject({ id: ids.sqlAnalyst, title: 'sqlAnalyst', band: 'strong', missing: [{ id: 'tableau', name: 'Tableau' }] });
    expect(top?.matched.map((m) => m.id).sort()).toEqual(['python', 'sql']);
    const scores = body.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives each posting the score POST /v1/match gives it', async () => {
    const resume = {
      skills: [{ name: 'Python', level: 'beginner' }, { name: 'Excel' }],
      text: 'Presented to stakeholders; deep learning coursework.',
    };
    const body = await rank({ resume });
    for (const item of body.items) {
      const match = await app.inject({ method: 'POST', url: '/v1/match', payload: { posting: { id: item.id }, resume } });
      expect(match.json<{ score: number; band: string }>()).toMatchObject({ score: item.score, band: item.band });
    }
  });

  it('fills up with postings sharing no skill (score 0, by id) only when there are too few matches, and honours limit', async () => {
    const body = await rank({ resume: { skills: [{ name: 'Spanish' }] }, limit: 3 });
    expect(body.items).toHaveLength(3);
    expect(body.items[0]).toMatchObject({ externalId: 'spanish', score: 100 });
    const rest = body.items.slice(1);
    expect(rest.every((i) => i.score === 0 && i.band === 'weak')).toBe(true);
    expect(rest.map((i) => i.id)).toEqual(rest.map((i) => i.id).sort());
    expect((await rank({ resume: { skills: [{ name: 'Spanish' }] }, limit: 1 })).items).toHaveLength(1);
  });

  it('ranks only the filtered postings, by id or externalId', async () => {
    const body = await rank({
      resume: { skills: [{ name: 'Python' }] },
      filter: { ids: [ids.excelOps], externalIds: ['mlEngineer', 'unknown'] },
    });
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.externalId)).toEqual(['mlEngineer', 'excelOps']);
  });

  it('follows writes at once: a replaced posting ranks by its new content, a deleted one is gone', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/v1/postings',
      headers: KEY,
      payload: { text: 'Requirements:\n- Stata', externalId: 'temp' },
    });
    const id = created.json<{ id: string }>().id;
    const resume = { resume: { skills: [{ name: 'Stata' }] }, limit: 1 };
    expect((await rank(resume)).items[0]).toMatchObject({ id, score: 100 });
    await app.inject({ method: 'PUT', url: `/v1/postings/${id}`, headers: KEY, payload: { text: 'Requirements:\n- SPSS' } });
    // Stata earns half credit for SPSS (related), and so lies in the posting's area: 0.75 × 50 + 25 focus points.
    expect((await rank(resume)).items[0]).toMatchObject({ id, score: 62.5 });
    await app.inject({ method: 'DELETE', url: `/v1/postings/${id}`, headers: KEY });
    const after = await rank({ ...resume, limit: 10 });
    expect(after.items.map((i) => i.id)).not.toContain(id);
    expect(after.total).toBe(4);
  });

  it('rejects a limit above 100', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'SQL' }] }, limit: 101 } });
    expect(res.statusCode).toBe(400);
  });

  describe('POST /v1/postings/{id}/rank-resumes', () => {
    it('orders the résumés by fit and says which one each is', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/v1/postings/${ids.sqlAnalyst}/rank-resumes`,
        payload: {
          resumes: [
            { skills: [{ name: 'Excel' }] },
            { skills: [{ name: 'SQL' }, { name: 'Python' }, { name: 'Tableau' }] },
            { text: 'I write Python.' },
          ],
        },
      });
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: { index: number; score: number; matched: { id: string }[]; missing: { id: string }[] }[] }>().items;
      expect(items.map((i) => i.index)).toEqual([1, 2, 0]);
      expect(items[0]).toMatchObject({ score: 100, missing: [] });
      expect(items[2]).toMatchObject({ score: 0, matched: [] });
    });

    it('refuses more résumés than MAX_RESUMES_PER_RANK with 413', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/v1/postings/${ids.sqlAnalyst}/rank-resumes`,
        payload: { resumes: Array.from({ length: 4 }, () => ({ text: 'SQL' })) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ detail: expect.stringContaining('MAX_RESUMES_PER_RANK') });
    });

    it('answers 404 for an unknown posting', async () => {
      const res = await app.inject({ method: 'POST', url: '/v1/postings/nope/rank-resumes', payload: { resumes: [{ text: 'SQL' }] } });
      expect(res.statusCode).toBe(404);
    });
  });
});

// ---- Several instances on one PostgreSQL database ------------------------------------------

const PG_URL = process.env.TEST_DATABASE_URL;

describe.skipIf(!PG_URL)('two instances on one PostgreSQL database', () => {
  const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let writer: FastifyInstance;
  let reader: FastifyInstance;
  const stores: PostgresPostingStore[] = [];

  const readerRanks = async (): Promise<RankBody> =>
    (
      await reader.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'Stata' }] }, limit: 5 } })
    ).json<RankBody>();
  async function eventually(check: () => Promise<boolean>): Promise<void> {
    const until = Date.now() + 5000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('the other instance never caught up');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  beforeAll(async () => {
    const open = async (): Promise<FastifyInstance> => {
      const store = await PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 3 });
      stores.push(store);
      return buildApp(testConfig({ API_KEYS: 'k1' }), { taxonomy, store });
    };
    writer = await open();
    reader = await open();
  });
  beforeEach(async () => {
    const list = await writer.inject({ method: 'GET', url: '/v1/postings?limit=500' });
    for (const p of list.json<{ items: { id: string }[] }>().items)
      await writer.inject({ method: 'DELETE', url: `/v1/postings/${p.id}`, headers: KEY });
  });
  afterAll(async () => {
    await writer?.close();
    await reader?.close();
    for (const s of stores) await s.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it("each instance's rank index follows the other's writes", async () => {
    const res = await writer.inject({ method: 'POST', url: '/v1/postings', headers: KEY, payload: { text: 'Requirements:\n- Stata' } });
    const { id } = res.json<{ id: string }>();
    await eventually(async () => (await readerRanks()).items.some((i) => i.id === id && i.score === 100));

    await writer.inject({ method: 'PUT', url: `/v1/postings/${id}`, headers: KEY, payload: { text: 'Requirements:\n- SPSS' } });
    await eventually(async () => (await readerRanks()).items.some((i) => i.id === id && i.score === 62.5));

    await reader.inject({ method: 'DELETE', url: `/v1/postings/${id}`, headers: KEY });
    await eventually(async () => {
      const ranked = await writer.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'Stata' }] } } });
      return ranked.json<RankBody>().total === 0;
    });
  });

  it('a new instance starts with everything already stored', async () => {
    await writer.inject({
      method: 'POST',
      url: '/v1/postings',
      headers: KEY,
      payload: { text: 'Requirements:\n- Stata', externalId: 'x' },
    });
    const store = await PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 2 });
    stores.push(store);
    const third = await buildApp(testConfig(), { taxonomy, store });
    try {
      const ranked = await third.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'Stata' }] } } });
      expect(ranked.json<RankBody>().items).toMatchObject([{ externalId: 'x', score: 100 }]);
    } finally {
      await third.close();
    }
  });
});
