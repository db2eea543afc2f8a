import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';
import { SqlitePostingStore } from '../../src/store/sqlite.js';
import type { PostingStore } from '../../src/store/types.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const KEY = 'Bearer k1';
const PG_URL = process.env.TEST_DATABASE_URL;
const LINE_LIMIT = 8192;
const CONFIG = { API_KEYS: 'k1', BODY_LIMIT: String(LINE_LIMIT), MAX_TEXT_LENGTH: '2000' };

interface Job {
  id: string;
  status: string;
  processed: number;
  succeeded: number;
  failed: number;
  total: number | null;
  received: number;
  errors: { line: number; reason: string }[];
  etaSeconds: number | null;
}

const TEXTS = [
  'Requirements:\n- SQL and Python\n- Tableau is a plus',
  'Requirements:\n- Excel\n- Strong communication in English',
  'Requirements:\n- Stata or SPSS',
];

/** Why each kind of bad line must be refused, and the line itself. */
const BAD_LINES: Record<string, (i: number) => string> = {
  'invalid JSON': (i) => `{"externalId": "bad-${i}", "text": "Requirements: SQL"`,
  'no text, jobPosting or job': (i) => JSON.stringify({ externalId: `bad-${i}`, title: 'No source' }),
  'a raw NUL byte': (i) => `{"externalId": "bad-${i}", "text": "SQL\u0000"}`,
  'NUL in the externalId': (i) => JSON.stringify({ externalId: `bad-${i}\u0000`, text: 'Requirements:\n- SQL' }),
  'text of the wrong type': (i) => JSON.stringify({ externalId: `bad-${i}`, text: 42 }),
  'metadata of the wrong type': (i) => JSON.stringify({ externalId: `bad-${i}`, text: 'SQL', metadata: [1, 2] }),
  'a line longer than BODY_LIMIT': (i) => JSON.stringify({ externalId: `bad-${i}`, text: 'x '.repeat(LINE_LIMIT) }),
  'text over MAX_TEXT_LENGTH': (i) => JSON.stringify({ externalId: `bad-${i}`, text: 'SQL. '.repeat(1000) }),
  'not an object': () => '[1, 2, 3]',
};

interface Fixture {
  body: string;
  good: number;
  badLines: number[];
  total: number;
}

/** `count` lines, every 97th bad (cycling through the kinds), with blank lines and CRLF here and there. */
function ndjson(count: number, prefix: string): Fixture {
  const kinds = Object.values(BAD_LINES);
  const lines: string[] = [];
  const badLines: number[] = [];
  let good = 0;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (i % 250 === 249) lines.push('   ');
    if (i % 97 === 13) {
      lines.push((kinds[badLines.length % kinds.length] as (i: number) => string)(i));
      badLines.push(lines.length);
    } else {
      const line = JSON.stringify({
        externalId: `${prefix}-${i}`,
        title: `Posting ${i}`,
        text: TEXTS[i % TEXTS.length],
        metadata: { n: i },
      });
      lines.push(i % 50 === 7 ? `${line}\r` : line);
      good += 1;
    }
    total += 1;
  }
  return { body: `${lines.join('\n')}\n`, good, badLines, total };
}

function bulkImport(makeStore: () => Promise<{ store: () => Promise<PostingStore>; dispose: () => Promise<void> }>): void {
  let app: FastifyInstance;
  let harness: Awaited<ReturnType<typeof makeStore>>;
  const open = async (): Promise<FastifyInstance> => buildApp(testConfig(CONFIG), { taxonomy, store: await harness.store() });

  const upload = (body: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/v1/postings/bulk${query}`,
      headers: { authorization: KEY, 'content-type': 'application/x-ndjson' },
      payload: body,
    });
  const job = async (id: string, on = app): Promise<Job> => (await on.inject({ method: 'GET', url: `/v1/jobs/${id}` })).json<Job>();
  async function completed(id: string, on = app): Promise<Job> {
    for (;;) {
      const current = await job(id, on);
      if (current.status === 'completed') return current;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const count = async (): Promise<number> => await harness.store().then((s) => s.count());

  beforeAll(async () => {
    harness = await makeStore();
    app = await open();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.dispose();
  });

  const file = ndjson(2000, 'a');

  it('imports every good line once and reports every bad line with its number and reason', async () => {
    const before = await count();
    const res = await upload(file.body);
    expect(res.statusCode).toBe(202);
    const accepted = res.json<Job>();
    expect(res.headers.location).toBe(`/v1/jobs/${accepted.id}`);
    expect(accepted.total).toBe(file.total);

    const done = await completed(accepted.id);
    expect(done).toMatchObject({
      processed: file.total,
      total: file.total,
      succeeded: file.good,
      failed: file.badLines.length,
      etaSeconds: 0,
    });
    expect(done.errors.map((e) => e.line)).toEqual(file.badLines);
    expect(await count()).toBe(before + file.good);

    const reasons = done.errors.map((e) => e.reason);
    expect(reasons).toContain('the line is not valid JSON');
    expect(reasons.some((r) => r.includes('give exactly one of text, jobPosting or job'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('/externalId') && r.includes('NUL'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('/text'))).toBe(true);
    expect(reasons.some((r) => r.includes(`longer than ${LINE_LIMIT} bytes`))).toBe(true);
    expect(reasons.some((r) => r.includes('MAX_TEXT_LENGTH'))).toBe(true);
    expect(reasons).toContain('the line is not a JSON object');

    const stored = await app.inject({ method: 'GET', url: `/v1/postings?limit=500` });
    const one = stored.json<{ items: { id: string; title: string }[] }>().items.find((p) => p.title === 'Posting 3');
    expect(one).toBeDefined();
    const rank = await app.inject({ method: 'POST', url: '/v1/rank', payload: { resume: { skills: [{ name: 'Stata' }] }, limit: 1 } });
    expect(rank.json<{ items: { title: string | null }[] }>().items[0]?.title).toMatch(/^Posting \d+$/);
  });

  it('re-importing the same file updates the postings instead of duplicating them', async () => {
    const before = await count();
    const res = await upload(file.body);
    const done = await completed(res.json<Job>().id);
    expect(done).toMatchObject({ succeeded: file.good, failed: file.badLines.length });
    expect(await count()).toBe(before);
  });

  it('streams progress as server-sent events that only grow and end with done', async () => {
    const fresh = ndjson(1500, 'sse');
    const res = await upload(fresh.body);
    const events = await app.inject({ method: 'GET', url: `/v1/jobs/${res.json<Job>().id}/events` });
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(events.headers['x-request-id']).toBeDefined();
    expect(events.headers['x-content-type-options']).toBe('nosniff');
    const progress = [...events.body.matchAll(/event: progress\nid: \d+\ndata: (.*)\n\n/g)].map((m) => JSON.parse(m[1] as string) as Job);
    expect(progress.length).toBeGreaterThan(0);
    const processed = progress.map((p) => p.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ status: 'completed', processed: fresh.total });
    expect(events.body.trimEnd().endsWith('event: done\ndata: ' + JSON.stringify({ id: res.json<Job>().id }))).toBe(true);
  });

  it('refuses uploads without a key and content types other than NDJSON, JSON or text', async () => {
    const noKey = await app.inject({
      method: 'POST',
      url: '/v1/postings/bulk',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: file.body,
    });
    expect(noKey.statusCode).toBe(401);
    const xml = await app.inject({
      method: 'POST',
      url: '/v1/postings/bulk',
      headers: { authorization: KEY, 'content-type': 'application/xml' },
      payload: '<posting/>',
    });
    expect(xml.statusCode).toBe(415);
    // One JSON object is a one-line NDJSON file.
    const json = await app.inject({
      method: 'POST',
      url: '/v1/postings/bulk',
      headers: { authorization: KEY },
      payload: { externalId: 'one-json', text: 'Requirements: SQL' },
    });
    expect(json.statusCode).toBe(202);
    expect(await completed(json.json<Job>().id)).toMatchObject({ total: 1, succeeded: 1 });
    expect((await app.inject({ method: 'GET', url: `/v1/jobs/${randomUUID()}` })).statusCode).toBe(404);
  });

  it('is not held to BODY_LIMIT: an upload many times larger is accepted', async () => {
    const big = ndjson(300, 'big');
    expect(Buffer.byteLength(big.body)).toBeGreaterThan(4 * LINE_LIMIT);
    const res = await upload(big.body);
    expect(res.statusCode).toBe(202);
    expect((await completed(res.json<Job>().id)).succeeded).toBe(big.good);
  });

  it('resumes after a restart mid-import without duplicates', async () => {
    const fresh = ndjson(3000, 'restart');
    const before = await count();
    const res = await upload(fresh.body);
    const id = res.json<Job>().id;
    await app.close();
    const interrupted = await job(id, (app = await open()));
    const done = await completed(id);
    // The premise: the restart came while lines were still waiting.
    expect(interrupted.processed).toBeLessThan(fresh.total);
    expect(done).toMatchObject({ processed: fresh.total, succeeded: fresh.good, failed: fresh.badLines.length });
    expect(done.errors.map((e) => e.line)).toEqual(fresh.badLines);
    expect(await count()).toBe(before + fresh.good);
  });

  it('continues an upload that broke off when the same file is sent again with ?resume=', async () => {
    const fresh = ndjson(1200, 'broken');
    const before = await count();
    const id = randomUUID();
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const lines = fresh.body.split('\n');
    const half = `${lines.slice(0, 700).join('\n')}\n${lines[700]?.slice(0, 20)}`;
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${address}/v1/postings/bulk?resume=${id}`, {
        method: 'POST',
        headers: { authorization: KEY, 'content-type': 'application/x-ndjson' },
      });
      req.on('error', () => resolve());
      req.write(half, () => {
        const waitForLines = async (): Promise<void> => {
          const seen = await app.inject({ method: 'GET', url: `/v1/jobs/${id}` });
          if (seen.statusCode === 200 && seen.json<Job>().received >= 500) {
            req.destroy();
            return resolve();
          }
          setTimeout(() => void waitForLines(), 20);
        };
        void waitForLines();
      });
    });
    let broken: Job;
    do {
      await new Promise((r) => setTimeout(r, 50));
      broken = await job(id);
    } while (broken.status !== 'interrupted' || broken.processed < Math.min(broken.received, 700) - fresh.badLines.length);
    expect(broken.received).toBe(700);
    expect(broken.total).toBeNull();

    const res = await upload(fresh.body, `?resume=${id}`);
    expect(res.statusCode).toBe(202);
    const done = await completed(id);
    expect(done).toMatchObject({ processed: fresh.total, total: fresh.total, succeeded: fresh.good, failed: fresh.badLines.length });
    expect(done.errors.map((e) => e.line)).toEqual(fresh.badLines);
    expect(await count()).toBe(before + fresh.good);
  });
}

describe('bulk import (SQLite)', () => {
  bulkImport(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skill-matcher-bulk-'));
    const stores: PostingStore[] = [];
    return {
      // A fresh store on the same file for each app: a restart opens the file again.
      store: async () => {
        const store = new SqlitePostingStore(`file:${join(dir, 'db.sqlite')}`);
        stores.push(store);
        return store;
      },
      dispose: async () => {
        for (const s of stores) await s.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  });
});

describe.skipIf(!PG_URL)('bulk import (PostgreSQL)', () => {
  bulkImport(async () => {
    const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const stores: PostingStore[] = [];
    return {
      store: async () => {
        const store = await PostgresPostingStore.connect(PG_URL as string, { schema, poolSize: 4 });
        stores.push(store);
        return store;
      },
      dispose: async () => {
        for (const s of stores) await s.close();
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  });
});
