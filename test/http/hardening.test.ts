/**
 * Issue 16's review findings, each as a client meets it: overload, the read-key setting, stalled bodies,
 * normalisation blow-up, HTTP parser errors, lone surrogates, a store that never answers, PUT without a title.
 */
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type AppDependencies } from '../../src/app.js';
import { testConfig, type Config } from '../../src/config.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { SqlitePostingStore } from '../../src/store/sqlite.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const KEY = { authorization: 'Bearer k1' };
const POSTING_TEXT = 'Data Analyst\nRequirements:\n- SQL and Python\n- Tableau is a plus';
const RESUME = { skills: [{ name: 'SQL' }] };
/** ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM: one character that NFKC turns into eighteen. */
const EXPANDS_18_TIMES = '\uFDFA';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function start(overrides: Partial<Record<keyof Config, string>> = {}, deps: AppDependencies = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), { taxonomy, ...deps });
  apps.push(app);
  return app;
}

async function listen(app: FastifyInstance): Promise<{ url: string; port: number }> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, port };
}

/** Sends raw bytes and collects everything the server answers until it closes the connection. */
function rawExchange(port: number, request: string, keepOpenMs = 0): Promise<{ text: string; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, elapsedMs: performance.now() - started }));
    if (keepOpenMs > 0) setTimeout(() => socket.destroy(), keepOpenMs).unref();
  });
}

function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** The security headers helmet puts on a routed answer: every other answer must carry the same ones. */
async function helmetHeaderNames(app: FastifyInstance): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: '/healthz' });
  const notHelmet = new Set([
    'x-request-id',
    'vary',
    'access-control-expose-headers',
    'content-type',
    'content-length',
    'date',
    'connection',
    'keep-alive',
  ]);
  return Object.keys(res.headers).filter((h) => !notHelmet.has(h));
}

describe('overload (MAX_EVENT_LOOP_DELAY_MS)', () => {
  it('sheds load with one 503 problem+json carrying Retry-After and the security headers, while /healthz answers 200', async () => {
    const logs: string[] = [];
    const logStream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    const app = await start(
      { MAX_EVENT_LOOP_DELAY_MS: '1', LOG_LEVEL: 'info' },
      {
        logStream,
        extraRoutes: (a) => {
          a.get('/slow', async () => {
            const until = performance.now() + 400;
            while (performance.now() < until);
            return { ok: true };
          });
        },
      },
    );
    const { url } = await listen(app);
    const expected = await helmetHeaderNames(app);

    await fetch(`${url}/slow`);
    let shed: Response | undefined;
    for (let attempt = 0; attempt < 40 && !shed; attempt++) {
      const res = await fetch(`${url}/v1/skills`);
      if (res.status !== 200) shed = res;
      else await new Promise((r) => setTimeout(r, 50));
    }
    const health = await fetch(`${url}/healthz`);

    expect(shed?.status).toBe(503);
    expect(shed?.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(shed?.headers.get('retry-after')).toMatch(/^\d+$/);
    for (const header of expected) expect(shed?.headers.get(header), header).not.toBeNull();
    expect(await shed?.json()).toMatchObject({ status: 503, title: 'Service Unavailable', instance: '/v1/skills' });
    expect(health.status).toBe(200);
    await app.close();
    expect(logs.join('')).not.toContain('ERR_HTTP_HEADERS_SENT');
    expect(logs.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('REQUIRE_KEY_FOR_READS', () => {
  it('covers a stored posting named in POST /v1/match: no key, no requirements and no hint whether the id exists', async () => {
    const app = await start({ API_KEYS: 'k1', REQUIRE_KEY_FOR_READS: 'true' });
    const stored = await app.inject({ method: 'POST', url: '/v1/postings', payload: { text: POSTING_TEXT }, headers: KEY });
    expect(stored.statusCode).toBe(201);
    const id = stored.json<{ id: string }>().id;
    const match = (posting: object, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/v1/match', payload: { posting, resume: RESUME }, headers });

    const withoutKey = await match({ id });
    expect(withoutKey.statusCode).toBe(401);
    expect(withoutKey.body).not.toContain('SQL');
    expect((await match({ id: 'no-such-posting' })).statusCode).toBe(401);
    expect((await match({ id }, KEY)).statusCode).toBe(200);
    // A posting sent inline reads nothing stored.
    expect((await match({ text: POSTING_TEXT })).statusCode).toBe(200);
  });
});

describe('REQUEST_TIMEOUT_MS', () => {
  it('answers 408 problem+json to a body that stalls, soon after the timeout', async () => {
    const timeoutMs = 400;
    const app = await start({ REQUEST_TIMEOUT_MS: String(timeoutMs) });
    const { port } = await listen(app);
    const { text, elapsedMs } = await rawExchange(
      port,
      'POST /v1/postings/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":"SQL',
      timeoutMs * 20,
    );
    const answer = parseRaw(text);
    expect(answer.status).toBe(408);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 408, title: 'Request Timeout' });
    expect(elapsedMs / timeoutMs).toBeLessThan(4);
  });
});

describe('errors of the HTTP parser', () => {
  const cases: [string, string, number][] = [
    ['a malformed header line', 'GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n', 400],
    ['headers larger than the server accepts', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    [
      'Content-Length with Transfer-Encoding',
      'POST /v1/postings/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
    ],
    ['an unknown method', 'BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 400],
  ];
  for (const [what, request, status] of cases) {
    it(`${what} answers ${status} problem+json with the security headers`, async () => {
      const app = await start();
      const { port } = await listen(app);
      const answer = parseRaw((await rawExchange(port, request)).text);
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body)).toMatchObject({ type: 'about:blank', status });
      for (const header of await helmetHeaderNames(app)) expect(answer.headers[header], header).toBeDefined();
    });
  }
});

describe('MAX_TEXT_LENGTH after Unicode normalisation', () => {
  // 10,000 characters as sent, 180,000 once normalised: over the default limit of 100,000.
  const blowUp = EXPANDS_18_TIMES.repeat(10_000);

  it('refuses a posting, a résumé text and a match whose text grows past the limit when normalised', async () => {
    const app = await start();
    const calls = [
      { url: '/v1/postings/extract', payload: { text: blowUp } },
      { url: '/v1/resumes/extract', payload: { text: blowUp } },
      { url: '/v1/match', payload: { posting: { text: blowUp }, resume: { text: blowUp } } },
      { url: '/v1/match', payload: { posting: { text: POSTING_TEXT }, resume: { text: blowUp } } },
    ];
    for (const call of calls) {
      const res = await app.inject({ method: 'POST', ...call });
      expect(res.statusCode, call.url).toBe(413);
      expect(res.json<{ detail: string }>().detail).toContain('180000 characters after Unicode normalisation');
    }
  });

  it('still reads a text whose normalised form is within the limit', async () => {
    const app = await start();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/postings/extract',
      payload: { text: `${POSTING_TEXT}\n${EXPANDS_18_TIMES.repeat(100)}` },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('strings that are not well-formed Unicode', () => {
  it('are refused (400) before anything is stored, so two externalIds cannot collide in PostgreSQL', async () => {
    const app = await start({ API_KEYS: 'k1' });
    for (const externalId of ['ats-\uD800', 'ats-\uDC00']) {
      const res = await app.inject({ method: 'POST', url: '/v1/postings', payload: { text: POSTING_TEXT, externalId }, headers: KEY });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ errors: [{ path: '/body/externalId' }] });
    }
    const nested = await app.inject({
      method: 'POST',
      url: '/v1/postings',
      payload: { text: POSTING_TEXT, metadata: { tags: ['ok', 'x\uD83D'] } },
      headers: KEY,
    });
    expect(nested.json()).toMatchObject({ status: 400, errors: [{ path: '/body/metadata/tags/1' }] });
    expect((await app.inject({ method: 'GET', url: '/v1/postings' })).json<{ items: unknown[] }>().items).toEqual([]);
    // A surrogate pair (an emoji) is well-formed.
    const emoji = await app.inject({
      method: 'POST',
      url: '/v1/postings',
      payload: { text: POSTING_TEXT, externalId: 'ats-\uD83D\uDE00' },
      headers: KEY,
    });
    expect(emoji.statusCode).toBe(201);
  });
});

describe('/readyz with a store that never answers', () => {
  it('answers 503 within DATABASE_CONNECT_TIMEOUT_MS', async () => {
    const store = new SqlitePostingStore(':memory:');
    store.ping = () => new Promise<void>(() => undefined);
    const app = await start({ DATABASE_CONNECT_TIMEOUT_MS: '200' }, { store });
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    await app.close();
    await store.close();
  });
});

describe('PUT /v1/postings/:id without a title', () => {
  it('keeps the stored title', async () => {
    const app = await start({ API_KEYS: 'k1' });
    const created = await app.inject({
      method: 'POST',
      url: '/v1/postings',
      payload: { text: POSTING_TEXT, title: 'Data Analyst (Berlin)' },
      headers: KEY,
    });
    const id = created.json<{ id: string }>().id;
    const replaced = await app.inject({
      method: 'PUT',
      url: `/v1/postings/${id}`,
      payload: { text: `${POSTING_TEXT}\n- Excel` },
      headers: KEY,
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json<{ title: string | null }>().title).toBe('Data Analyst (Berlin)');
    const retitled = await app.inject({
      method: 'PUT',
      url: `/v1/postings/${id}`,
      payload: { text: POSTING_TEXT, title: 'Analyst' },
      headers: KEY,
    });
    expect(retitled.json<{ title: string | null }>().title).toBe('Analyst');
  });
});
