/**
 * Issue #7: property-based fuzzing of every HTTP endpoint with fast-check.
 *
 * Property: every answer is 2xx, or 4xx with `application/problem+json` whose body has `status`
 * equal to the HTTP status and a `title`; never 5xx; every request finishes (within a generous
 * 2 s bound). Inputs: random JSON, wrong types and missing fields in otherwise valid bodies, huge
 * strings, 5,000-deep nesting, Unicode edge cases (zero-width, RTL override, lone surrogates as raw
 * `\ud800` escapes, NUL), `__proto__` / `constructor` / `prototype` keys, malformed JSON and wrong
 * content types, odd methods, paths and query strings.
 *
 * Deterministic: the seed is fixed; `FUZZ_SEED=<n> npx vitest run test/http/fuzz.test.ts` explores another.
 * With TEST_DATABASE_URL set (as .ci/run does) the catalogue is a PostgreSQL store, else SQLite in memory.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import type { PostingStore } from '../../src/store/index.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';

const DEFAULT_SEED = 20_260_707;
const SEED = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || DEFAULT_SEED;
fc.configureGlobal({ seed: SEED });

/** Generous: a request that takes longer than this on the 2-core machine is a bug, not noise. */
const REQUEST_BOUND_MS = 2_000;
const KEY = 'fuzz-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const taxonomy = loadTaxonomy();
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeBefore = Object.getOwnPropertyNames(Array.prototype).sort();

/** With TEST_DATABASE_URL (as in CI) the catalogue routes are fuzzed against PostgreSQL, in a schema of their own. */
const PG_URL = process.env.TEST_DATABASE_URL;
const PG_SCHEMA = `fuzz_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

let app: FastifyInstance;
let pgStore: PostingStore | undefined;
let storedId = '';
let requests = 0;
/** How often each status was answered, so a run that only ever met one kind of answer fails. */
const statuses = new Map<number, number>();

beforeAll(async () => {
  if (PG_URL) pgStore = await PostgresPostingStore.connect(PG_URL, { schema: PG_SCHEMA, poolSize: 4 });
  app = await buildApp(testConfig({ API_KEYS: `${KEY},second-key` }), { taxonomy, ...(pgStore ? { store: pgStore } : {}) });
  const res = await app.inject({
    method: 'POST',
    url: '/v1/postings',
    headers: AUTH,
    payload: { text: POSTING_TEXT, externalId: 'fuzz-anchor', title: 'Anchor' },
  });
  expect(res.statusCode).toBe(201);
  storedId = res.json<{ id: string }>().id;
});
afterAll(async () => {
  await app?.close();
  if (pgStore) {
    await pgStore.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
    await client.end();
  }
});

// ---- Sending and the property --------------------------------------------------------------

interface Req {
  method: InjectOptions['method'];
  url: string;
  headers?: Record<string, string>;
  /** The raw body, sent byte for byte. */
  body?: string;
}

const describeReq = (r: Req): string => {
  const body = r.body === undefined ? '' : ` body(${r.body.length})=${JSON.stringify(r.body.slice(0, 300))}`;
  return `${r.method} ${r.url.slice(0, 300)} headers=${JSON.stringify(r.headers ?? {})}${body}`;
};

async function send(r: Req): Promise<LightMyRequestResponse> {
  requests++;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_BOUND_MS} ms: ${describeReq(r)}`)), REQUEST_BOUND_MS);
  });
  const started = performance.now();
  try {
    const res = await Promise.race([
      app.inject({ method: r.method, url: r.url, headers: r.headers ?? {}, ...(r.body !== undefined ? { payload: r.body } : {}) }),
      bound,
    ]);
    const elapsed = performance.now() - started;
    if (elapsed > REQUEST_BOUND_MS)
      throw new Error(`answered after ${Math.round(elapsed)} ms (bound ${REQUEST_BOUND_MS} ms): ${describeReq(r)}`);
    return res;
  } finally {
    clearTimeout(timer);
  }
}

/** The property every answer must have. Returns the response for extra checks. */
async function check(r: Req): Promise<LightMyRequestResponse> {
  const res = await send(r);
  const status = res.statusCode;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const label = `${status} for ${describeReq(r)}\n→ ${res.body.slice(0, 500)}`;
  const contentType = String(res.headers['content-type'] ?? '');
  const hasBody = r.method !== 'HEAD' && status !== 204;
  if (status >= 200 && status < 300) {
    if (hasBody) {
      expect(contentType, label).toMatch(/^(application\/json|text\/html|application\/javascript|text\/css|image\/)/);
      if (contentType.startsWith('application/json')) expect(() => JSON.parse(res.body), label).not.toThrow();
    }
    return res;
  }
  expect(status >= 400 && status < 500, label).toBe(true);
  expect(contentType, label).toMatch(/^application\/problem\+json/);
  if (hasBody) {
    const body = JSON.parse(res.body) as { status?: unknown; title?: unknown };
    expect(body.status, label).toBe(status);
    expect(typeof body.title === 'string' && body.title.length > 0, label).toBe(true);
  }
  return res;
}

// ---- JSON with raw tokens (lone-surrogate escapes, 1e400, 5,000-deep nesting) ----------------

/** A JSON fragment inserted verbatim into a serialised body. */
class Raw {
  constructor(readonly json: string) {}
  /** Keeps fast-check's counterexamples readable when a fragment is 30 KB of brackets. */
  [fc.toStringMethod](): string {
    return this.json.length > 80
      ? `Raw(${this.json.length} chars: ${this.json.slice(0, 40)}…${this.json.slice(-20)})`
      : `Raw(${this.json})`;
  }
}
/** `undefined` values only so that object literals of different shapes type-check; they never occur. */
type Json = null | boolean | number | string | Raw | Json[] | { [key: string]: Json | undefined };

/** Serialises like JSON.stringify, but keeps own `__proto__` keys and inserts Raw fragments verbatim. */
function toJson(value: unknown): string {
  if (value instanceof Raw) return value.json;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}:${toJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Sets an own, enumerable key even when it is `__proto__`. */
function setOwn(obj: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function clone(value: Json): Json {
  if (value instanceof Raw || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  const out: Record<string, Json> = {};
  for (const k of Object.keys(value)) setOwn(out, k, clone(value[k] as Json));
  return out;
}

const deepArray = (n: number): string => `${'['.repeat(n)}"SQL"${']'.repeat(n)}`;
const deepObject = (n: number, key = 'description'): string => `${`{"${key}":`.repeat(n)}"Python"${'}'.repeat(n)}`;
const DEEP = [
  deepArray(5000),
  deepObject(5000),
  deepObject(5000, 'a'),
  `${'[{"x":'.repeat(2500)}1${'}]'.repeat(2500)}`,
  deepArray(100),
  deepObject(100, 'text'),
];

const RAW_TOKENS = [
  '"\\ud800"',
  '"\\udfff\\ud800"',
  '"Python\\ud83d"',
  '"\\u0000"',
  '"SQL\\u0000Python"',
  '"\\u202eSQL\\u200b\\ufeff"',
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '123456789012345678901234567890',
  '0.1e1',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"a":1,"a":2}',
  '[]',
  '{}',
];

// ---- Strings ---------------------------------------------------------------------------------

const EDGE_UNITS = [
  '\u200b',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200d',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\u{1F600}',
  '\u{1F468}\u200d\u{1F469}',
  'e\u0301',
  '\u0130',
  'ß',
  '\ufb03',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u000b',
  '\u00a0',
  '\u3000',
  '\uffff',
  '\ufffe',
  '\uff33\uff31\uff2c',
  '\\',
  '"',
  '/',
  '\\/',
  '<',
  '>',
  '&',
  '&amp;',
  '&#x10FFFF;',
  '&#1114112;',
  '&#0;',
  '&#xD800;',
  '&valueOf;',
  '&proto;',
  '<li>',
  '</ul>',
  '<p>',
  '<br/>',
  '<script>alert(1)</script>',
  '<!--',
  '•',
  '·',
  '-',
  ' - ',
  '–',
  '—',
  '*',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  '.',
  '...',
  'or',
  'and',
  'and/or',
  'e.g.',
  'such as',
  'is a plus',
  'required',
  'must',
  'Requirements:',
  'Preferred Qualifications:',
  'Minimum QualificationsYou',
  'About Us',
  'Python',
  'SQL',
  'R',
  'C++',
  'C#',
  '.NET',
  'Excel',
  'Power BI',
  'A/B testing',
  'Node.js',
  'Go',
  'Tableau/Looker',
  '2+ years of experience',
  "Bachelor's degree in Statistics",
  'graduating between Dec 2025 and Aug 2026',
  '12',
  '99999999999999999999',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  ' ',
  '  ',
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const edgeString = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...EDGE_UNITS) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        ),
        { maxLength },
      ),
      fc.constantFrom('', ' ', '\n', '/', ', ', ' or '),
    )
    .map(([parts, sep]) => parts.join(sep));

/** Any value of a wrong (or right) type for a field. */
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, 2 ** 53 + 2, '', ' ', [], {}, [null], { '': '' }, [[]], ['SQL']),
  },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_TOKENS).map((t) => new Raw(t)) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP).map((t) => new Raw(t)) },
  { weight: 3, arbitrary: edgeString(12) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

const FORBIDDEN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];
const keyArb = fc.oneof(
  fc.constantFrom(...FORBIDDEN_KEYS),
  fc.constantFrom('text', 'job', 'jobPosting', 'id', 'resume', 'posting', 'skills', 'name', 'names', 'limit'),
  fc.string({ maxLength: 6 }),
);

// ---- Valid bodies and their mutations ---------------------------------------------------------

const POSTING_TEXT = [
  'Data Analyst',
  'Minimum Qualifications:',
  '• Proficiency in SQL and Python; experience with Tableau/Looker or similar BI tools.',
  "• Bachelor's degree in Statistics; 2+ years of experience.",
  'Preferred Qualifications:',
  '• R or SPSS is a plus.',
].join('\n');
const JOB_POSTING: Json = {
  '@type': 'JobPosting',
  title: 'Data Analyst',
  description: '<p>Join our team.</p><ul><li>Build dashboards in Tableau</li></ul>',
  responsibilities: ['Build dashboards', { description: 'Run A/B tests' }],
  qualifications: ['Proficiency in SQL', { description: 'Python is a plus' }],
  educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: "bachelor's degree" },
  experienceRequirements: { monthsOfExperience: 24 },
  skills: 'Excel, SPSS',
};
const JOB: Json = {
  title: 'Web Developer',
  description: 'Build web apps.',
  responsibilities: ['Write JavaScript'],
  qualifications: ['3+ years of experience in web development'],
  skills: [{ name: 'Databases', level: 'Senior', keywords: ['SQL', 'MongoDB'] }],
  experience: '3 years',
};
const RESUME: Json = {
  skills: [{ name: 'PostgreSQL', level: 'advanced', years: 3, lastUsed: '2025-06' }, { name: 'Tableau' }],
  text: 'Data analyst. Built Looker dashboards and ran A/B tests. Fluent English.',
  jsonResume: {
    basics: { summary: 'Analyst with Python', label: 'Data Analyst' },
    work: [{ position: 'Analyst', summary: 'SQL reporting', description: 'Dashboards', highlights: ['Excel models'] }],
    volunteer: [{ position: 'Tutor', summary: 'Statistics', highlights: ['R'] }],
    projects: [{ name: 'Churn', description: 'Forecasting', highlights: ['scikit-learn'], keywords: ['Spark'] }],
    skills: [{ name: 'R', level: 'Advanced', keywords: ['ggplot2'] }],
    education: [{ area: 'Statistics', studyType: 'Bachelor', courses: ['Econometrics'] }],
    languages: [{ language: 'Spanish', fluency: 'Native speaker' }],
    certificates: [{ name: 'AWS Certified Cloud Practitioner', issuer: 'Amazon' }],
  },
};

interface Endpoint {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  headers?: Record<string, string>;
  templates: () => Json[];
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /v1/postings/extract',
    method: 'POST',
    url: () => '/v1/postings/extract',
    templates: () => [{ text: POSTING_TEXT }, { jobPosting: JOB_POSTING }, { job: JOB }],
  },
  {
    name: 'POST /v1/resumes/extract',
    method: 'POST',
    url: () => '/v1/resumes/extract',
    templates: () => [RESUME, { text: 'SQL, Python' }],
  },
  {
    name: 'POST /v1/match',
    method: 'POST',
    url: () => '/v1/match',
    templates: () => [
      { posting: { text: POSTING_TEXT }, resume: RESUME, weights: { required: 1, preferred: 0.5, mentioned: 0.25 } },
      { posting: { id: storedId }, resume: { skills: [{ name: 'SQL' }] } },
      { posting: { jobPosting: JOB_POSTING }, resume: { text: 'Tableau' } },
      { posting: { job: JOB }, resume: { jsonResume: { skills: [{ name: 'SQL' }] } } },
    ],
  },
  {
    name: 'POST /v1/skills/resolve',
    method: 'POST',
    url: () => '/v1/skills/resolve',
    templates: () => [{ names: ['pyhton', 'MS Excel', 'Google Data Studio', 'R', 'competitive yodelling on stilts'] }],
  },
  {
    name: 'POST /v1/postings',
    method: 'POST',
    url: () => '/v1/postings',
    headers: AUTH,
    templates: () => [
      { text: POSTING_TEXT, externalId: 'fuzz-1', title: 'Data Analyst', metadata: { location: 'Berlin', nested: { a: [1, 2] } } },
      { jobPosting: JOB_POSTING, externalId: 'fuzz-2' },
      { job: JOB },
    ],
  },
  {
    name: 'PUT /v1/postings/:id',
    method: 'PUT',
    url: () => `/v1/postings/${storedId}`,
    headers: AUTH,
    templates: () => [{ text: POSTING_TEXT, externalId: 'fuzz-anchor', title: 'Anchor', metadata: { team: 'x' } }, { job: JOB }],
  },
  {
    name: 'POST /v1/rank',
    method: 'POST',
    url: () => '/v1/rank',
    templates: () => [
      { resume: RESUME, filter: { ids: [storedId, 'nope'], externalIds: ['fuzz-anchor'] }, limit: 10 },
      { resume: { skills: [{ name: 'SQL' }] } },
    ],
  },
  {
    name: 'POST /v1/postings/:id/rank-resumes',
    method: 'POST',
    url: () => `/v1/postings/${storedId}/rank-resumes`,
    templates: () => [{ resumes: [RESUME, { skills: [{ name: 'Excel' }, { name: 'SPSS' }] }, { text: 'SQL' }] }],
  },
];

for (const e of ENDPOINTS) Object.defineProperty(e, fc.toStringMethod, { value: () => e.name });

type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (value instanceof Raw || value === null || typeof value !== 'object') return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const k of keys) {
    const p = [...prefix, k];
    out.push(p);
    pathsOf((value as Record<string | number, Json>)[k] as Json, p, out);
  }
  return out;
}

function nodeAt(root: Json, path: Path): Json {
  let node = root;
  for (const k of path) node = (node as Record<string | number, Json>)[k] as Json;
  return node;
}

type Mutation =
  { op: 'delete'; at: number } | { op: 'replace'; at: number; value: Json } | { op: 'addKey'; at: number; key: string; value: Json };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: keyArb, value: anyValue }),
);

function mutate(template: Json, mutations: Mutation[]): Json {
  let root = clone(template);
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) {
      if (m.op === 'replace') root = m.value;
      continue;
    }
    const path = paths[m.at % paths.length] as Path;
    const parent = nodeAt(root, path.slice(0, -1));
    const key = path[path.length - 1] as string | number;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
    } else if (m.op === 'replace') {
      if (Array.isArray(parent)) parent[key as number] = m.value;
      else setOwn(parent as Record<string, Json>, String(key), m.value);
    } else {
      const target = nodeAt(root, path);
      const obj = target !== null && typeof target === 'object' && !Array.isArray(target) && !(target instanceof Raw) ? target : parent;
      if (Array.isArray(obj)) obj.push({ [m.key]: m.value });
      else setOwn(obj as Record<string, Json>, m.key, m.value);
    }
  }
  return root;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const bodyRequest = (e: Endpoint, body: string, headers: Record<string, string> = {}): Req => ({
  method: e.method,
  url: e.url(),
  headers: { ...JSON_HEADERS, ...(e.headers ?? {}), ...headers },
  body,
});

const endpointArb = fc.constantFrom(...ENDPOINTS);
const templateOf = (e: Endpoint, i: number): Json => {
  const all = e.templates();
  return all[i % all.length] as Json;
};

// ---- Query strings and paths --------------------------------------------------------------

/** encodeURIComponent that also copes with lone surrogates (sent as their WTF-8 bytes, which are not valid UTF-8). */
function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff)
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(ch);
  }
  return out;
}

const QUERY_BITS = [
  'q=',
  'q=py',
  'q=%',
  'q=%ZZ',
  'q=%00',
  'q=%E0%A4%A',
  '&',
  '=',
  '==',
  'limit=',
  'limit=5',
  'limit=0',
  'limit=-1',
  'limit=1e3',
  'limit=101',
  'limit=abc',
  'limit=5&limit=6',
  'q[]=a',
  'q[a]=b',
  'kind=hard',
  'kind=nope',
  'category=database',
  'category=',
  'cursor=10',
  'cursor=-1',
  'cursor=99999999999999999999',
  'cursor=c2VxOjE',
  'cursor=c2VxOi0x',
  'cursor=%2F%2F',
  '__proto__=x',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  'constructor=1',
  'toString=1',
  'hasOwnProperty=1',
  '%5F_proto__=1',
  '+',
  '%20',
  '%2B',
  ';',
  '#frag',
];

const queryArb = fc.oneof(
  fc.array(fc.constantFrom(...QUERY_BITS), { maxLength: 5 }).map((bits) => bits.join('&')),
  fc
    .record({
      q: fc.option(edgeString(6), { nil: undefined }),
      kind: fc.option(fc.oneof(fc.constantFrom('hard', 'soft', 'trait', 'language'), edgeString(2)), { nil: undefined }),
      category: fc.option(fc.oneof(fc.constantFrom('database', 'programming-language', 'soft-skill'), edgeString(2)), { nil: undefined }),
      limit: fc.option(fc.oneof(fc.integer({ min: -5, max: 600 }).map(String), edgeString(2)), { nil: undefined }),
      cursor: fc.option(fc.oneof(fc.nat().map(String), fc.base64String({ maxLength: 20 }), edgeString(2)), { nil: undefined }),
    })
    .map((params) =>
      Object.entries(params)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${encode(v as string)}`)
        .join('&'),
    ),
);

const SKILL_IDS = [...taxonomy.skills.keys()];
const pathSegmentArb = fc.oneof(
  { weight: 3, arbitrary: edgeString(4).map(encode) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%ZZ',
      '%E0%A4%A',
      '%00',
      '%2F',
      '..',
      '.',
      '%2e%2e',
      '',
      '~',
      '%C0%AE',
      '%FF',
      '%ED%A0%80',
      '*',
      'a'.repeat(101),
      'b'.repeat(2_000),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SKILL_IDS.slice(0, 50)) },
);

const HEADER_CHARS = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const extraHeadersArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-request-id': fc.oneof(HEADER_CHARS, fc.constantFrom('abc-123', 'a'.repeat(129), '../../etc', '')),
    accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml', '', 'application/problem+json;q=0.1, x/y'),
    origin: fc.constantFrom('https://careers.example.com', 'null', 'https://evil.example.com', ''),
    authorization: fc.oneof(
      fc.constantFrom(
        `Bearer ${KEY}`,
        'Bearer',
        'Bearer ',
        `bearer ${KEY}`,
        `Bearer  ${KEY} `,
        `Basic ${KEY}`,
        'Bearer second-key',
        `Bearer ${KEY}x`,
        'Bearer \t',
      ),
      HEADER_CHARS,
    ),
  },
  { requiredKeys: [] },
);

const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'text/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;',
  'application/json;;;',
  'application/jsonx',
  'application/problem+json',
  'application/vnd.api+json',
  'application/octet-stream',
  '*/*',
  '',
  ';',
  'application/json, text/plain',
  ' application/json',
];

// ---- The properties -------------------------------------------------------------------------

describe(`HTTP fuzzing (FUZZ_SEED=${SEED})`, () => {
  it('answers random JSON on every body endpoint with 2xx or problem+json 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.jsonValue({ maxDepth: 3 }), async (e, body) => {
        await check(bodyRequest(e, toJson(body)));
      }),
      { numRuns: 1_500 },
    );
    // Random objects under the known top-level keys, so validation goes past the first level.
    const knownKeys = [
      'text',
      'jobPosting',
      'job',
      'posting',
      'resume',
      'resumes',
      'weights',
      'names',
      'skills',
      'jsonResume',
      'filter',
      'limit',
      'externalId',
      'title',
      'metadata',
      'id',
    ];
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.dictionary(fc.constantFrom(...knownKeys), anyValue, { maxKeys: 4 }), async (e, body) => {
        await check(bodyRequest(e, toJson(body)));
      }),
      { numRuns: 1_500 },
    );
  });

  it('answers valid bodies with wrong types, missing fields and extra keys', async () => {
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (e, t, mutations) => {
        await check(bodyRequest(e, toJson(mutate(templateOf(e, t), mutations))));
      }),
      { numRuns: 3_000 },
    );
  });

  it('answers Unicode edge cases in every string field (raw \\ud800 escapes, NUL, RTL, zero-width)', async () => {
    const stringPaths = (v: Json): Path[] => pathsOf(v).filter((p) => typeof nodeAt(v, p) === 'string');
    await fc.assert(
      fc.asyncProperty(
        endpointArb,
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), edgeString(30)), { minLength: 1, maxLength: 4 }),
        async (e, t, edits) => {
          const body = clone(templateOf(e, t));
          const targets = stringPaths(body);
          for (const [at, value] of edits) {
            const path = targets[at % targets.length] as Path;
            const parent = nodeAt(body, path.slice(0, -1)) as Record<string | number, Json>;
            parent[path[path.length - 1] as string | number] = value;
          }
          // JSON.stringify writes lone surrogates as the escapes "\ud800"; check that they really are in the body.
          const raw = toJson(body);
          const lone = stringPaths(body).some((p) => LONE_SURROGATE.test(nodeAt(body, p) as string));
          if (lone) expect(raw).toMatch(/\\ud[89a-f][0-9a-f]{2}/);
          await check(bodyRequest(e, raw));
        },
      ),
      { numRuns: 1_600 },
    );
  });

  it('answers __proto__, constructor and prototype keys anywhere in a body, and pollutes nothing', async () => {
    const poison = fc.constantFrom(
      '"__proto__":{"polluted":"yes"}',
      '"constructor":{"prototype":{"polluted":"yes"}}',
      '"prototype":{"polluted":"yes"}',
      '"__proto__":null',
      '"__proto__":[]',
      '"constructor":null',
      '"\\u005f_proto__":{"polluted":"yes"}',
      '"__proto__":{"__proto__":{"polluted":"yes"}}',
    );
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.nat(), poison, fc.nat(), async (e, t, key, at) => {
        // Insert the key into one of the body's objects, as raw JSON text.
        const raw = toJson(templateOf(e, t));
        const opens = [...raw.matchAll(/\{/g)].map((m) => m.index as number);
        const pos = (opens[at % opens.length] as number) + 1;
        const next = raw[pos] === '}' ? '' : ',';
        await check(bodyRequest(e, `${raw.slice(0, pos)}${key}${next}${raw.slice(pos)}`));
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers malformed JSON and wrong content types', async () => {
    const breakJson = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ',',
          ':',
          '\\',
          "'",
          'NaN',
          'undefined',
          '/*x*/',
          '\u0000',
          '\ufeff',
          ',,',
          '"\\x41"',
          '"\\u12"',
          '\n',
        ),
      }),
      fc.record({
        kind: fc.constant('wrap' as const),
        prefix: fc.constantFrom('', '\ufeff', ' ', 'x', '[', ")]}'\n"),
        suffix: fc.constantFrom('', ' ', ',', '}', 'x', '\u0000', '\n{}'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.nat(), breakJson, async (e, t, how) => {
        const valid = toJson(templateOf(e, t));
        const at = 'at' in how ? how.at % (valid.length + 1) : 0;
        const body =
          how.kind === 'truncate'
            ? valid.slice(0, at)
            : how.kind === 'insert'
              ? `${valid.slice(0, at)}${how.text}${valid.slice(at)}`
              : `${how.prefix}${valid}${how.suffix}`;
        await check(bodyRequest(e, body));
      }),
      { numRuns: 1_000 },
    );
    await fc.assert(
      fc.asyncProperty(
        endpointArb,
        fc.nat(),
        fc.option(fc.oneof(fc.constantFrom(...CONTENT_TYPES), HEADER_CHARS), { nil: undefined }),
        fc.boolean(),
        async (e, t, type, emptyBody) => {
          const body = emptyBody ? '' : toJson(templateOf(e, t));
          const headers: Record<string, string> = { ...(e.headers ?? {}), ...(type !== undefined ? { 'content-type': type } : {}) };
          await check({ method: e.method, url: e.url(), headers, body });
        },
      ),
      { numRuns: 500 },
    );
    // A content-length that does not match the body.
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.nat(), fc.constantFrom('0', '1', '5', '999999', '-1', 'abc', '1e3'), async (e, t, length) => {
        await check(bodyRequest(e, toJson(templateOf(e, t)), { 'content-length': length }));
      }),
      { numRuns: 60 },
    );
  });

  it('answers 5,000-deep arrays and objects as whole bodies and inside every field', async () => {
    const depth = fc.constantFrom(64, 65, 100, 1_000, 5_000);
    const shape = fc.constantFrom('array', 'object', 'mixed');
    const deep = fc
      .tuple(depth, shape)
      .map(
        ([n, s]) =>
          new Raw(
            s === 'array'
              ? deepArray(n)
              : s === 'object'
                ? deepObject(n)
                : `${'[{"description":'.repeat(n >> 1)}"SQL"${'}]'.repeat(n >> 1)}`,
          ),
      );
    await fc.assert(
      fc.asyncProperty(endpointArb, deep, async (e, body) => {
        await check(bodyRequest(e, body.json));
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(endpointArb, fc.nat(), fc.nat(), deep, async (e, t, at, value) => {
        const body = mutate(templateOf(e, t), [{ op: 'replace', at, value }]);
        await check(bodyRequest(e, toJson(body)));
      }),
      { numRuns: 150 },
    );
  });

  it('answers huge strings (up to ~200 KB) in text fields', async () => {
    const hugeArb = fc.tuple(fc.constantFrom(50_000, 99_000, 100_001, 200_000), edgeString(40)).map(([size, unit]) => {
      const piece = unit.length > 0 ? unit : 'SQL ';
      return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
    });
    const placements: ((s: string) => { e: string; body: Json })[] = [
      (s) => ({ e: 'POST /v1/postings/extract', body: { text: s } }),
      (s) => ({
        e: 'POST /v1/postings/extract',
        body: { jobPosting: { title: 'T', description: s.slice(0, 60_000), qualifications: [s.slice(0, 30_000)] } },
      }),
      (s) => ({ e: 'POST /v1/resumes/extract', body: { text: s } }),
      (s) => ({ e: 'POST /v1/resumes/extract', body: { jsonResume: { basics: { summary: s } } } }),
      (s) => ({ e: 'POST /v1/match', body: { posting: { text: s }, resume: { text: s.slice(0, 50_000) } } }),
      (s) => ({ e: 'POST /v1/skills/resolve', body: { names: [s, 'SQL'] } }),
      (s) => ({ e: 'POST /v1/postings', body: { text: s, title: s.slice(0, 1_000), externalId: s.slice(0, 300) } }),
      (s) => ({ e: 'POST /v1/rank', body: { resume: { text: s } } }),
      (s) => ({
        e: 'POST /v1/postings/:id/rank-resumes',
        body: { resumes: [{ text: s.slice(0, 60_000) }, { skills: [{ name: s.slice(0, 201) }] }] },
      }),
    ];
    const answered: number[] = [];
    await fc.assert(
      fc.asyncProperty(hugeArb, fc.nat(), async (s, p) => {
        const { e, body } = (placements[p % placements.length] as (s: string) => { e: string; body: Json })(s);
        const endpoint = ENDPOINTS.find((x) => x.name === e) as Endpoint;
        answered.push((await check(bodyRequest(endpoint, toJson(body)))).statusCode);
      }),
      { numRuns: 16 },
    );
    // Some were analysed in full, some refused as too long.
    expect(answered.filter((s) => s < 300).length, JSON.stringify(answered)).toBeGreaterThanOrEqual(3);
    expect(answered, JSON.stringify(answered)).toContain(413);
    // Over BODY_LIMIT.
    await check(bodyRequest(ENDPOINTS[0] as Endpoint, toJson({ text: 'x'.repeat(1_100_000) })));
  });

  // PostgreSQL text refuses NUL (found fuzzing against PostgreSQL): the title a structured posting carries is
  // stored when no title is given, and ids are looked up in text columns.
  it("answers NUL in a structured posting's title and in posting ids with 400", async () => {
    const write = { ...AUTH, ...JSON_HEADERS };
    for (const body of ['{"job":{"title":"A\\u0000B","description":"SQL"}}', '{"jobPosting":{"title":"\\u0000","description":"SQL"}}']) {
      expect((await check({ method: 'POST', url: '/v1/postings', headers: write, body })).statusCode).toBe(400);
      expect((await check({ method: 'PUT', url: `/v1/postings/${storedId}`, headers: write, body })).statusCode).toBe(400);
    }
    const nulId = [
      { method: 'GET', url: '/v1/postings/a%00b' },
      { method: 'DELETE', url: '/v1/postings/%00', headers: AUTH },
      { method: 'PUT', url: '/v1/postings/%00', headers: write, body: '{"text":"SQL"}' },
      { method: 'POST', url: '/v1/postings/%00/rank-resumes', headers: JSON_HEADERS, body: '{"resumes":[{"text":"SQL"}]}' },
      { method: 'POST', url: '/v1/match', headers: JSON_HEADERS, body: '{"posting":{"id":"\\u0000"},"resume":{"text":"SQL"}}' },
    ] satisfies Req[];
    for (const r of nulId) expect((await check(r)).statusCode, describeReq(r)).toBe(400);
  });

  it('answers GET /v1/skills with any query string', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, extraHeadersArb, async (query, headers) => {
        await check({ method: 'GET', url: `/v1/skills?${query}`, headers });
      }),
      { numRuns: 900 },
    );
  });

  // The schema allows q up to 200 characters; autocomplete compares q with every name and alias
  // (src/core/taxonomy/search.ts), so a long q must still be answered within the bound.
  it('answers GET /v1/skills with a q of the schema maximum (200 characters) within the bound', async () => {
    await check({ method: 'GET', url: `/v1/skills?q=${'data analysis '.repeat(15).slice(0, 200)}` });
    await check({ method: 'GET', url: `/v1/skills?q=${'x'.repeat(201)}` });
  });

  // One long word without vowels: every token is stemmed (src/core/text/nlp.ts → natural's Porter stemmer).
  it('answers a posting and a résumé that are one 60,000-letter word without vowels within the bound', async () => {
    const word = 'bcdfghjklmnpqrstvwxz'.repeat(3_000);
    await check(bodyRequest(ENDPOINTS[0] as Endpoint, toJson({ text: word })));
    await check(bodyRequest(ENDPOINTS[1] as Endpoint, toJson({ text: `${word}q` })));
  });

  it('answers GET /v1/skills/:id with any id', async () => {
    await fc.assert(
      fc.asyncProperty(pathSegmentArb, async (id) => {
        await check({ method: 'GET', url: `/v1/skills/${id}` });
      }),
      { numRuns: 500 },
    );
  });

  it('answers the stored-posting routes with any id, query, key and method', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, extraHeadersArb, async (query, headers) => {
        await check({ method: 'GET', url: `/v1/postings?${query}`, headers });
      }),
      { numRuns: 400 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(pathSegmentArb, fc.constant(storedId).map(encode)),
        fc.constantFrom('GET', 'DELETE', 'PUT', 'POST'),
        extraHeadersArb,
        fc.option(anyValue, { nil: undefined }),
        async (id, method, headers, body) => {
          const url = method === 'POST' ? `/v1/postings/${id}/rank-resumes` : `/v1/postings/${id}`;
          const withBody = body !== undefined && method !== 'GET';
          // Never delete the anchor posting the other properties use.
          const safeHeaders = method === 'DELETE' && id === storedId ? { ...headers, authorization: 'Bearer wrong' } : headers;
          await check({
            method,
            url,
            headers: { ...safeHeaders, ...(withBody ? JSON_HEADERS : {}) },
            ...(withBody ? { body: toJson(body) } : {}),
          });
        },
      ),
      { numRuns: 600 },
    );
    // Writes with every kind of Authorization header.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS.filter((e) => e.headers === AUTH)),
        fc.nat(),
        extraHeadersArb,
        async (e, t, headers) => {
          await check({ method: e.method, url: e.url(), headers: { ...headers, ...JSON_HEADERS }, body: toJson(templateOf(e, t)) });
        },
      ),
      { numRuns: 300 },
    );
    // Create then delete, so DELETE also meets ids that exist.
    await fc.assert(
      fc.asyncProperty(edgeString(8), async (text) => {
        const created = await check({
          method: 'POST',
          url: '/v1/postings',
          headers: { ...AUTH, ...JSON_HEADERS },
          body: toJson({ text: `${text} SQL` }),
        });
        const id = created.statusCode < 300 ? created.json<{ id: string }>().id : 'missing';
        await check({ method: 'DELETE', url: `/v1/postings/${encode(id)}`, headers: AUTH });
      }),
      { numRuns: 100 },
    );
  });

  it('answers healthz, readyz, documentation and unknown routes with any method', async () => {
    const methods = fc.constantFrom<InjectOptions['method']>('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/healthz', '/readyz', '/healthz/', '/readyz?x=1', '/openapi.json', '/HEALTHZ', '//healthz', '/healthz?%ZZ'),
        methods,
        extraHeadersArb,
        async (url, method, headers) => {
          await check({ method, url, headers });
        },
      ),
      { numRuns: 400 },
    );
    const unknownPath = fc
      .tuple(
        fc.constantFrom('', '/v1', '/v2', '/v1/postings/x/y', '/v1/skills/a/b', '/v1/match/x', '/api', '/.well-known', '/%2e%2e'),
        fc.array(pathSegmentArb, { minLength: 1, maxLength: 4 }),
        fc.option(queryArb, { nil: undefined }),
      )
      .map(([prefix, segments, query]) => `${prefix}/${segments.join('/')}${query !== undefined ? `?${query}` : ''}`)
      .filter((url) => !/^\/+docs(\/|\?|$)/.test(url));
    await fc.assert(
      fc.asyncProperty(unknownPath, methods, fc.option(anyValue, { nil: undefined }), async (url, method, body) => {
        const withBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
        await check({ method, url, headers: withBody ? JSON_HEADERS : {}, ...(withBody ? { body: toJson(body) } : {}) });
      }),
      { numRuns: 900 },
    );
    // The known routes with the wrong method.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/v1/postings/extract',
          '/v1/resumes/extract',
          '/v1/match',
          '/v1/skills/resolve',
          '/v1/rank',
          `/v1/postings/x/rank-resumes`,
          '/v1/skills',
          '/v1/skills/sql',
        ),
        methods,
        async (url, method) => {
          await check({ method, url });
        },
      ),
      { numRuns: 200 },
    );
  });

  it(`ran at least 10,000 cases and left Object.prototype and Array.prototype untouched`, () => {
    console.info(
      `fuzz: ${requests} requests with FUZZ_SEED=${SEED}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(requests).toBeGreaterThanOrEqual(10_000);
    // Not vacuous: the fuzz met successes and every kind of refusal.
    const seen = [...statuses.keys()].sort();
    for (const status of [200, 201, 204, 400, 401, 404, 413, 414, 415])
      expect(seen, `statuses seen: ${JSON.stringify([...statuses])}`).toContain(status);
    expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0)).toBeGreaterThan(1_000);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeBefore);
    for (const key of ['polluted', 'x', 'a']) expect((Object.prototype as Record<string, unknown>)[key], key).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
