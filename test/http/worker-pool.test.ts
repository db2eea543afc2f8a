import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

const POSTING =
  'Data Analyst\nMinimum Qualifications:\n- Proficiency in SQL and Python.\n- Tableau or Power BI.\nPreferred Qualifications:\n- R is a plus.\n- Strong communication skills.';
const RESUME = {
  skills: [{ name: 'PostgreSQL' }, { name: 'Power BI', level: 'advanced' }],
  text: 'Built Tableau dashboards; ran A/B tests in Python.',
};

describe('analysis in worker threads (WORKERS=2)', () => {
  let pooled: FastifyInstance;
  let inline: FastifyInstance;

  beforeAll(async () => {
    // No taxonomy passed: the workers compile the bundled one, as in production.
    pooled = await buildApp(testConfig({ WORKERS: '2', API_KEYS: 'k1' }));
    inline = await buildApp(testConfig({ WORKERS: '0', API_KEYS: 'k1' }));
  }, 60_000);
  afterAll(async () => {
    await pooled?.close();
    await inline?.close();
  });

  it('answers extraction and matching exactly as on the event loop', async () => {
    for (const [url, payload] of [
      ['/v1/postings/extract', { text: POSTING }],
      ['/v1/postings/extract', { jobPosting: { '@type': 'JobPosting', title: 'Analyst', qualifications: 'SQL, Excel' } }],
      ['/v1/match', { posting: { text: POSTING }, resume: RESUME, asOf: '2026-12' }],
    ] as const) {
      const a = await pooled.inject({ method: 'POST', url, payload });
      const b = await inline.inject({ method: 'POST', url, payload });
      expect(a.statusCode, a.body).toBe(200);
      expect(a.json()).toEqual(b.json());
    }
  });

  it('analyses bulk-import lines in the workers, storing what extraction answers', async () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      i % 50 === 3 ? '{"broken"' : JSON.stringify({ externalId: `w-${i}`, text: `${POSTING}\nRef ${i}` }),
    );
    const res = await pooled.inject({
      method: 'POST',
      url: '/v1/postings/bulk',
      headers: { authorization: 'Bearer k1', 'content-type': 'application/x-ndjson' },
      payload: `${lines.join('\n')}\n`,
    });
    expect(res.statusCode).toBe(202);
    const events = await pooled.inject({ method: 'GET', url: `/v1/jobs/${res.json<{ id: string }>().id}/events` });
    const last = [...events.body.matchAll(/data: (\{.*\})\n\n/g)]
      .map((m) => JSON.parse(m[1] as string) as { status?: string; succeeded?: number; failed?: number })
      .filter((e) => e.status)
      .at(-1);
    expect(last).toMatchObject({ status: 'completed', succeeded: 294, failed: 6 });
    const list = await pooled.inject({ method: 'GET', url: '/v1/postings?limit=1' });
    const stored = await pooled.inject({ method: 'GET', url: `/v1/postings/${list.json<{ items: { id: string }[] }>().items[0]?.id}` });
    const extracted = await inline.inject({ method: 'POST', url: '/v1/postings/extract', payload: { text: `${POSTING}\nRef 0` } });
    expect(stored.json<{ analysis: unknown }>().analysis).toEqual(extracted.json());
  });

  // Long to analyse, short to answer: the answer's serialisation stays on the event loop either way.
  const prose =
    'The team owns the lifecycle of its services, from planning and design to rollout, and values clear writing and thoughtful reviews. ';
  const bigText = `${prose.repeat(600)}\nRequirements:\n- SQL and Python\n- Tableau or Power BI`;
  type Request = InjectOptions;

  /** The longest the event loop was blocked while `app` answered six large requests, as a share of their wall time. */
  async function blockedShare(app: FastifyInstance, request: (i: number) => Request): Promise<number> {
    // A ticker of our own rather than monitorEventLoopDelay: the histogram drops its first sample, so a loop
    // blocked from the first moment to the last recorded nothing at all.
    const started = performance.now();
    let lastTick = started;
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - lastTick);
      lastTick = now;
    }, 1);
    const heavy = Array.from({ length: 6 }, (_, i) => app.inject(request(i)));
    // Health checks keep coming while the analyses run.
    const health: number[] = [];
    let running = true;
    void Promise.all(heavy).then(() => (running = false));
    while (running) {
      health.push((await app.inject({ method: 'GET', url: '/healthz' })).statusCode);
      await new Promise((r) => setTimeout(r, 5));
    }
    const ended = performance.now();
    clearInterval(ticker);
    longestGap = Math.max(longestGap, ended - lastTick);
    const wall = ended - started;
    for (const r of await Promise.all(heavy)) expect(r.statusCode, r.body).toBeLessThan(300);
    expect(health.every((s) => s === 200)).toBe(true);
    return longestGap / wall;
  }

  it('keeps the event loop free (and /healthz answering) while large analyses run', async () => {
    // On the event loop the analyses block it for most of the run; in workers only parsing and answering remain.
    const extract = (): Request => ({ method: 'POST', url: '/v1/postings/extract', payload: { text: bigText } });
    const onLoop = await blockedShare(inline, extract);
    const inWorkers = await blockedShare(pooled, extract);
    expect(onLoop).toBeGreaterThan(0.5);
    expect(inWorkers).toBeLessThan(onLoop / 3);
  });

  it('analyses catalogue writes (POST and PUT /v1/postings) in the workers, storing what extraction answers', async () => {
    const write = (i: number): Request => ({
      method: 'POST',
      url: '/v1/postings',
      headers: { authorization: 'Bearer k1' },
      payload: { externalId: `big-${i}`, text: bigText },
    });
    const onLoop = await blockedShare(inline, write);
    const inWorkers = await blockedShare(pooled, write);
    expect(onLoop).toBeGreaterThan(0.5);
    expect(inWorkers).toBeLessThan(onLoop / 3);

    const created = await pooled.inject({ ...write(99), payload: { externalId: 'small-1', text: POSTING } });
    const id = created.json<{ id: string }>().id;
    const replaced = await pooled.inject({
      method: 'PUT',
      url: `/v1/postings/${id}`,
      headers: { authorization: 'Bearer k1' },
      payload: { text: `${POSTING}\n- Looker is a plus.` },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const extracted = await inline.inject({
      method: 'POST',
      url: '/v1/postings/extract',
      payload: { text: `${POSTING}\n- Looker is a plus.` },
    });
    expect(replaced.json<{ analysis: unknown }>().analysis).toEqual(extracted.json());
  });

  it("reads a bulk-import line's title for the posting's occupation in the workers too, as POST /v1/postings does", async () => {
    const line = { externalId: 'titled-1', title: 'Recruiter', text: 'Requirements:\n- Sourcing candidates\n- Applicant tracking systems' };
    const res = await pooled.inject({
      method: 'POST',
      url: '/v1/postings/bulk',
      headers: { authorization: 'Bearer k1', 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(line)}\n`,
    });
    expect(res.statusCode).toBe(202);
    await pooled.inject({ method: 'GET', url: `/v1/jobs/${res.json<{ id: string }>().id}/events` });
    type Page = { items: { id: string; externalId: string | null }[]; nextCursor: string | null };
    let id: string | undefined;
    for (let cursor: string | null = ''; id === undefined && cursor !== null;) {
      const url = `/v1/postings?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = (await pooled.inject({ method: 'GET', url })).json<Page>();
      id = page.items.find((p) => p.externalId === 'titled-1')?.id;
      cursor = page.nextCursor;
    }
    const stored = await pooled.inject({ method: 'GET', url: `/v1/postings/${id}` });
    expect(stored.json<{ analysis: { occupation?: { name: string } } }>().analysis.occupation?.name).toBe('recruitment consultant');
  });
});
