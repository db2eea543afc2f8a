/**
 * The real server (src/server.ts in a child process, SQLite on disk) called through a client generated
 * from openapi/openapi.json (`npm run client` writes clients/typescript/src/schema.d.ts, the types of the client package).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../clients/typescript/src/schema.js';
import { freePort } from '../support/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const POSTING = [
  'Junior Data Analyst (Retail Insights)',
  'What you will do:',
  '- Build weekly sales reports for store managers and explain what changed.',
  '- Clean and join data from our point-of-sale and inventory systems.',
  'Minimum Qualifications:',
  '- 1+ years of experience writing SQL queries against a relational database.',
  '- Solid spreadsheet skills and clear written communication.',
  'Preferred Qualifications:',
  '- Knowledge of Python is a plus.',
  'About us',
  'We run 40 neighbourhood stores and care about our customers.',
].join('\n');

describe('generated client against the real server', () => {
  let child: ChildProcess;
  let dir: string;
  let baseUrl: string;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let client: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-e2e-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${join(dir, 'db.sqlite')}`,
        LOG_LEVEL: 'warn',
        API_KEYS: '',
        REQUIRE_KEY_FOR_READS: '',
        CORS_ORIGINS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

    const deadline = Date.now() + 20_000;
    let up = false;
    while (!up) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering:\n${output}`);
      if (Date.now() > deadline) throw new Error(`server did not answer /readyz within 20 s:\n${output}`);
      // Ready, not only alive: the worker threads have compiled the catalogue.
      up = await fetch(`${baseUrl}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    client = createClient<paths>({ baseUrl });
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('GET /healthz and /readyz', async () => {
    const health = await client.GET('/healthz');
    expect(health.response.status).toBe(200);
    expect(health.data?.status).toBe('ok');
    expect(health.response.headers.get('x-request-id')).toBeTruthy();

    const ready = await client.GET('/readyz');
    expect(ready.response.status).toBe(200);
    expect(ready.data?.status).toBe('ready');
    expect(ready.data?.store.kind).toBe('sqlite');
    expect(ready.data?.taxonomy.skills).toBeGreaterThan(0);
  });

  it('GET /v1/skills autocompletes "pyth" to Python', async () => {
    const { data, response } = await client.GET('/v1/skills', { params: { query: { q: 'pyth' } } });
    expect(response.status).toBe(200);
    expect(data?.items.map((i) => i.id)).toContain('python');
    expect(data?.total).toBeGreaterThanOrEqual(1);
  });

  it('POST /v1/skills/resolve resolves a typo and keeps an unknown name', async () => {
    const { data, response } = await client.POST('/v1/skills/resolve', { body: { names: ['pyhton', 'competitive yodelling on stilts'] } });
    expect(response.status).toBe(200);
    expect(data?.results[0]?.skill?.id).toBe('python');
    expect(data?.results[1]).toMatchObject({ input: 'competitive yodelling on stilts', skill: null });
  });

  it('POST /v1/postings/extract: SQL is required, the skill that "is a plus" is preferred', async () => {
    const { data, response } = await client.POST('/v1/postings/extract', { body: { text: POSTING } });
    expect(response.status).toBe(200);
    const levels = Object.fromEntries((data?.requirements ?? []).map((r) => [r.skill.id, r.level]));
    expect(levels.sql).toBe('required');
    expect(levels.python).toBe('preferred');
    const python = data?.requirements.find((r) => r.skill.id === 'python');
    expect(python?.cues.join(' ')).toMatch(/plus/i);
    // Offsets point into the text that was sent.
    const mention = data?.requirements.find((r) => r.skill.id === 'sql')?.mentions[0];
    expect(mention?.section).toBe('required');
    expect(mention && POSTING.slice(mention.start, mention.end)).toBe(mention?.text);
    expect(mention?.text).toContain('SQL');
  });

  it('POST /v1/resumes/extract reads listed skills and text', async () => {
    const { data, response } = await client.POST('/v1/resumes/extract', {
      body: { skills: [{ name: 'Python', level: 'advanced', years: 3 }], text: 'Wrote SQL reports every week.' },
    });
    expect(response.status).toBe(200);
    const ids = data?.skills.map((s) => s.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(data?.skills.find((s) => s.id === 'python')?.level).toBe('advanced');
  });

  it('POST /v1/match scores the résumé against the posting', async () => {
    const strong = await client.POST('/v1/match', {
      body: { posting: { text: POSTING }, resume: { skills: [{ name: 'SQL' }, { name: 'Python' }] } },
    });
    const weak = await client.POST('/v1/match', {
      body: { posting: { text: POSTING }, resume: { skills: [{ name: 'Python' }] } },
    });
    expect(strong.response.status).toBe(200);
    expect(weak.response.status).toBe(200);
    expect(strong.data?.requirements.find((r) => r.skill.id === 'sql')?.status).toBe('matched');
    expect(weak.data?.requirements.find((r) => r.skill.id === 'sql')?.status).toBe('missing');
    expect(weak.data?.gaps.map((g) => g.skill.id)).toContain('sql');
    expect(strong.data?.score ?? 0).toBeGreaterThan(weak.data?.score ?? 100);
  });

  it('a bad request answers 400 application/problem+json with errors[].path', async () => {
    const { data, error, response } = await client.POST('/v1/skills/resolve', {
      // @ts-expect-error -- deliberately wrong: names must be an array of strings
      body: { names: 'python' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error?.status).toBe(400);
    expect(error?.errors?.map((e) => e.path)).toContain('/body/names');
  });

  it('SIGTERM shuts the server down cleanly (exit code 0)', async () => {
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
  });
});
