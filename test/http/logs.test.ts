/**
 * Issue #7: the logs never carry personal data or secrets. The app logs at `trace` (the most
 * verbose level it supports) into a captured stream while a full flow runs — matching, résumé and
 * posting extraction, catalogue writes with a bearer key, a refused key, validation failures,
 * broken JSON, a too-long text, a store failure (500) and an unreachable store (503) — every
 * request carrying unique marker words in its texts, skill names, titles, metadata and queries.
 * Then: the log has request lines with reqId (so the test cannot pass on an empty log), and no
 * marker, no posting or résumé text, and no API key appears anywhere in it.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { openStore, type PostingStore } from '../../src/store/index.js';

const taxonomy = loadTaxonomy();

const KEY = 'sk-live-QuokkaKeyMarker-7f3a9c2e51d04b68';
const OTHER_KEY = 'sk-live-CapybaraKeyMarker-0b1c2d3e4f5a6b7c';
const WRONG_KEY = 'sk-live-PangolinKeyMarker-deadbeefcafe0000';

const POSTING_TEXT = [
  'ZebraQuokka posting marker: Senior Data Analyst at AardvarkIbex Holdings',
  'Minimum Qualifications:',
  '- Proficiency in SQL and Python; experience with Tableau or Power BI.',
  '- Familiarity with the NarwhalTapir internal warehouse.',
  'Preferred Qualifications:',
  '- R or SPSS is a plus.',
].join('\n');
const STORED_POSTING_TEXT = [
  'OcelotMarmoset stored posting marker',
  'Requirements:',
  '- Excel and Google Sheets',
  '- Strong communication in English; KiwiAxolotl reporting suite is a bonus',
].join('\n');
const RESUME_TEXT =
  'WombatLemur résumé marker. Jane GazelleHeron, jane.gazelleheron@example.com, +44 20 7946 0958, 12 BisonCrane Road. ' +
  'Built Tableau dashboards and ran A/B tests in Python; five years of SQL.';

const MARKERS = [
  'ZebraQuokka',
  'AardvarkIbex',
  'NarwhalTapir',
  'OcelotMarmoset',
  'KiwiAxolotl',
  'WombatLemur',
  'GazelleHeron',
  'BisonCrane',
  'MeerkatSkillMarker',
  'DingoTitleMarker',
  'LynxExternalMarker',
  'PumaMetadataMarker',
  'YakQueryMarker',
  'EmuCursorMarker',
  'HyenaInvalidMarker',
  'JackalBrokenJsonMarker',
  'OkapiTooLongMarker',
  'SerowFailureMarker',
  'TamarinRankMarker',
  'KoalaResolveMarker',
  'QuokkaKeyMarker',
  'CapybaraKeyMarker',
  'PangolinKeyMarker',
];
const SECRETS = [KEY, OTHER_KEY, WRONG_KEY];
/** Long enough pieces of every text sent, so a log that quotes part of one is caught too. */
const TEXT_PIECES = [POSTING_TEXT, STORED_POSTING_TEXT, RESUME_TEXT]
  .flatMap((t) => t.split(/[\n.;:]/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 16);

/** A store that fails on demand, as a database that lost its disk would. */
function faultyStore(real: PostingStore): { store: PostingStore; failNext: (method: 'save' | 'ping') => void } {
  const failing = new Set<string>();
  const store = new Proxy(real, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && failing.has(prop)) {
        return async () => {
          failing.delete(prop);
          throw Object.assign(new Error('SQLITE_IOERR: disk I/O error'), { code: 'SQLITE_IOERR' });
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store, failNext: (method) => failing.add(method) };
}

const lines: string[] = [];
let app: FastifyInstance;
let realStore: PostingStore;
let failNext: (method: 'save' | 'ping') => void;
const requestIds: string[] = [];

beforeAll(async () => {
  realStore = await openStore(':memory:');
  const faulty = faultyStore(realStore);
  failNext = faulty.failNext;
  app = await buildApp(testConfig({ LOG_LEVEL: 'trace', API_KEYS: `${KEY},${OTHER_KEY}`, MAX_TEXT_LENGTH: '5000' }), {
    taxonomy,
    store: faulty.store,
    logStream: { write: (line: string) => void lines.push(line) },
  });
});
afterAll(async () => {
  await app?.close();
  await realStore?.close();
});

async function call(options: InjectOptions, expected: number): Promise<LightMyRequestResponse> {
  const res = await app.inject(options);
  expect(res.statusCode, `${options.method} ${options.url}: ${res.body.slice(0, 300)}`).toBe(expected);
  requestIds.push(String(res.headers['x-request-id']));
  return res;
}

const json = { 'content-type': 'application/json' };
const auth = (key: string) => ({ ...json, authorization: `Bearer ${key}` });

describe('logs at trace level', () => {
  it('carry request lines with reqId and no personal data, texts or keys through a full flow', async () => {
    const resume = { text: RESUME_TEXT, skills: [{ name: 'SQL', level: 'advanced' }, { name: 'MeerkatSkillMarker analytics' }] };

    // Matching, extraction and search, all open.
    const match = await call(
      { method: 'POST', url: '/v1/match', headers: json, payload: { posting: { text: POSTING_TEXT }, resume } },
      200,
    );
    expect(match.json<{ score: number }>().score).toBeGreaterThan(0);
    await call({ method: 'POST', url: '/v1/postings/extract', headers: json, payload: { text: POSTING_TEXT } }, 200);
    await call(
      {
        method: 'POST',
        url: '/v1/postings/extract',
        headers: json,
        payload: { jobPosting: { title: 'DingoTitleMarker analyst', description: `<p>${POSTING_TEXT}</p>` } },
      },
      200,
    );
    await call({ method: 'POST', url: '/v1/resumes/extract', headers: json, payload: resume }, 200);
    await call({ method: 'POST', url: '/v1/skills/resolve', headers: json, payload: { names: ['KoalaResolveMarker', 'pyhton'] } }, 200);
    await call({ method: 'GET', url: '/v1/skills?q=YakQueryMarker&limit=5' }, 200);

    // The catalogue with a bearer key: create, read, replace, rank, list.
    const created = await call(
      {
        method: 'POST',
        url: '/v1/postings',
        headers: auth(KEY),
        payload: {
          text: STORED_POSTING_TEXT,
          externalId: 'LynxExternalMarker-42',
          title: 'DingoTitleMarker lead',
          metadata: { recruiter: 'PumaMetadataMarker', email: 'puma@example.com' },
        },
      },
      201,
    );
    const id = created.json<{ id: string }>().id;
    await call({ method: 'GET', url: `/v1/postings/${id}`, headers: auth(KEY) }, 200);
    await call(
      {
        method: 'PUT',
        url: `/v1/postings/${id}`,
        headers: auth(OTHER_KEY),
        payload: { text: `${STORED_POSTING_TEXT}\n- SQL`, title: 'DingoTitleMarker lead' },
      },
      200,
    );
    await call(
      {
        method: 'POST',
        url: '/v1/rank',
        headers: json,
        payload: { resume: { text: `${RESUME_TEXT} TamarinRankMarker` }, filter: { externalIds: ['LynxExternalMarker-42'] } },
      },
      200,
    );
    await call(
      {
        method: 'POST',
        url: `/v1/postings/${id}/rank-resumes`,
        headers: json,
        payload: { resumes: [resume, { text: 'TamarinRankMarker Excel' }] },
      },
      200,
    );
    await call({ method: 'POST', url: '/v1/match', headers: json, payload: { posting: { id }, resume } }, 200);
    await call({ method: 'GET', url: '/v1/postings?limit=1&cursor=EmuCursorMarker' }, 400);

    // Refusals: a wrong key and no key.
    await call({ method: 'POST', url: '/v1/postings', headers: auth(WRONG_KEY), payload: { text: STORED_POSTING_TEXT } }, 401);
    await call({ method: 'DELETE', url: `/v1/postings/${id}`, headers: { authorization: `Basic ${WRONG_KEY}` } }, 401);

    // Validation failures whose bodies carry the texts, one answered with the offending field's path.
    const invalid = await call(
      {
        method: 'POST',
        url: '/v1/match',
        headers: json,
        payload: { posting: { text: POSTING_TEXT }, resume: { text: RESUME_TEXT, skills: [{ name: 'HyenaInvalidMarker', years: -1 }] } },
      },
      400,
    );
    expect(invalid.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('/body/resume/skills/0/years');
    await call(
      {
        method: 'POST',
        url: '/v1/resumes/extract',
        headers: json,
        payload: { text: 42, jsonResume: { basics: { summary: RESUME_TEXT, label: 'x'.repeat(501) } } },
      },
      400,
    );
    await call(
      {
        method: 'POST',
        url: '/v1/postings/extract',
        headers: json,
        payload: `{"text": "JackalBrokenJsonMarker ${POSTING_TEXT.replace(/\n/g, ' ')}`,
      },
      400,
    );
    await call(
      {
        method: 'POST',
        url: '/v1/postings/extract',
        headers: { 'content-type': 'application/xml' },
        payload: `JackalBrokenJsonMarker ${POSTING_TEXT}`,
      },
      415,
    );
    await call(
      { method: 'POST', url: '/v1/postings/extract', headers: json, payload: { text: `OkapiTooLongMarker ${POSTING_TEXT.repeat(30)}` } },
      413,
    );

    // The store fails: a write answers 500, readiness 503.
    failNext('save');
    const failed = await call(
      {
        method: 'POST',
        url: '/v1/postings',
        headers: auth(KEY),
        payload: { text: `SerowFailureMarker ${STORED_POSTING_TEXT}`, title: 'DingoTitleMarker failing' },
      },
      500,
    );
    expect(failed.body).not.toContain('SQLITE_IOERR');
    failNext('ping');
    await call({ method: 'GET', url: '/readyz' }, 503);
    await call({ method: 'DELETE', url: `/v1/postings/${id}`, headers: { authorization: `Bearer ${KEY}` } }, 204);

    // ---- The log itself ----
    const log = lines.join('');
    const entries = lines
      .flatMap((chunk) => chunk.split('\n'))
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

    // Not vacuous: trace-level request lines for every request, each with its reqId, and the failures were logged.
    expect(entries.length).toBeGreaterThanOrEqual(2 * requestIds.length);
    const withReqId = entries.filter((e) => typeof e.reqId === 'string');
    expect(withReqId.length).toBeGreaterThanOrEqual(2 * requestIds.length);
    for (const reqId of requestIds) {
      expect(
        entries.some((e) => e.reqId === reqId && e.msg === 'incoming request'),
        `incoming request ${reqId}`,
      ).toBe(true);
      expect(
        entries.some((e) => e.reqId === reqId && e.msg === 'request completed'),
        `request completed ${reqId}`,
      ).toBe(true);
    }
    expect(entries.some((e) => e.msg === 'unhandled error' && e.level === 50)).toBe(true);
    expect(entries.some((e) => e.msg === 'store not reachable')).toBe(true);
    expect(entries.some((e) => (e.req as { url?: string } | undefined)?.url === '/v1/skills')).toBe(true);

    // Nothing personal or secret, in any case.
    const lower = log.toLowerCase();
    const leaks = [...MARKERS, ...SECRETS, ...TEXT_PIECES, 'jane.gazelleheron@example.com', 'puma@example.com', '+44 20 7946 0958'].filter(
      (s) => lower.includes(s.toLowerCase()),
    );
    expect(leaks).toEqual([]);
    expect(lower).not.toMatch(/bearer|authorization/);
  });
});
