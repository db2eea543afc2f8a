/**
 * The skill-matcher CLI as a user runs it: the bin's entry point in a child process, on fixture files, reading its
 * stdout (JSON / NDJSON), stderr and exit code.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { minimalPdf } from '../fixtures/pdf.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const POSTINGS = join(FIXTURES, 'postings');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args],
      { cwd: ROOT, maxBuffer: 20 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const ndjson = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const skillIds = (line: Record<string, unknown>): string[] => (line.requirements as { skill: { id: string } }[]).map((r) => r.skill.id);

describe('skill-matcher CLI', () => {
  let app: FastifyInstance;
  let tmp: string;

  beforeAll(async () => {
    app = await buildApp(testConfig());
    tmp = await mkdtemp(join(tmpdir(), 'skill-matcher-cli-'));
  });

  afterAll(async () => {
    await app?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('package.json maps the skill-matcher bin to the compiled entry point, which starts with a node shebang', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(pkg.bin?.['skill-matcher']).toBe('dist/src/cli/main.js');
    expect((await readFile(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('extract: one NDJSON line per posting file (text, Markdown, schema.org JSON), exit 0, nothing on stderr', async () => {
    const files = ['analyst.txt', 'backend.md', 'reporting.json'].map((f) => join(POSTINGS, f));
    const { code, stdout, stderr } = await run(['extract', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = ndjson(stdout);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(skillIds(lines[0]!)).toEqual(expect.arrayContaining(['sql', 'python', 'tableau', 'power-bi']));
    expect(skillIds(lines[1]!)).toEqual(expect.arrayContaining(['java', 'kubernetes', 'docker']));
    expect(skillIds(lines[2]!)).toEqual(expect.arrayContaining(['excel', 'sql']));
    // The same analysis the API gives.
    const api = await app.inject({ method: 'POST', url: '/v1/postings/extract', payload: { text: await readFile(files[0]!, 'utf8') } });
    expect({ ...lines[0], file: undefined }).toEqual({ ...api.json<Record<string, unknown>>(), file: undefined });
  });

  it('extract: a bad file gets one clear message naming it and a non-zero exit; the good files are still written', async () => {
    const missing = join(POSTINGS, 'no-such-posting.txt');
    const broken = join(FIXTURES, 'broken.json');
    const { code, stdout, stderr } = await run(['extract', join(POSTINGS, 'analyst.txt'), missing, broken]);
    expect(code).toBe(1);
    expect(ndjson(stdout).map((l) => l.file)).toEqual([join(POSTINGS, 'analyst.txt')]);
    const messages = stderr.trim().split('\n');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(`skill-matcher: ${missing}: no such file`);
    expect(messages[1]).toMatch(new RegExp(`^skill-matcher: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not valid JSON`));
  });

  it('match: the fit report as JSON, the same as POST /v1/match for the same posting and JSON Resume', async () => {
    const { code, stdout, stderr } = await run([
      'match',
      '--posting',
      join(POSTINGS, 'analyst.txt'),
      '--resume',
      join(FIXTURES, 'resume.json'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { score: number };
    const api = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: {
        posting: { text: await readFile(join(POSTINGS, 'analyst.txt'), 'utf8') },
        resume: { jsonResume: JSON.parse(await readFile(join(FIXTURES, 'resume.json'), 'utf8')) as object },
      },
    });
    expect(report).toEqual(api.json());
    expect(report.score).toBeGreaterThan(50);
  });

  it('match: a missing option is a usage error naming it', async () => {
    const { code, stdout, stderr } = await run(['match', '--posting', join(POSTINGS, 'analyst.txt')]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain("required option '--resume <file>' not specified");
  });

  it('match: a PDF résumé is read (or, before PDF support, refused with a message naming the file and exit 1)', async () => {
    const pdf = join(tmp, 'resume.pdf');
    await writeFile(pdf, minimalPdf(['Jane Doe', 'Skills: SQL, Python, Power BI']));
    const { code, stdout, stderr } = await run(['match', '--posting', join(POSTINGS, 'analyst.txt'), '--resume', pdf, '--compact']);
    if (code === 0) {
      const report = JSON.parse(stdout) as { requirements: { skill: { id: string }; status: string }[] };
      expect(report.requirements.find((r) => r.skill.id === 'sql')?.status).toBe('matched');
    } else {
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^skill-matcher: ${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\(unsupported-type\\)\\n$`));
    }
  });

  it('rank: every posting in the folder, best first, numbered; --limit keeps the best', async () => {
    const { code, stdout, stderr } = await run(['rank', '--postings', POSTINGS, '--resume', join(FIXTURES, 'resume.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = ndjson(stdout) as { rank: number; file: string; score: number }[];
    expect(lines.map((l) => l.rank)).toEqual([1, 2, 3]);
    expect(lines[0]?.file).toBe(join(POSTINGS, 'analyst.txt'));
    expect(lines.at(-1)?.file).toBe(join(POSTINGS, 'backend.md'));
    const scores = lines.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const limited = await run(['rank', '--postings', POSTINGS, '--resume', join(FIXTURES, 'resume.txt'), '--limit', '1', '--json']);
    expect(limited.code).toBe(0);
    expect((JSON.parse(limited.stdout) as { file: string }[]).map((l) => l.file)).toEqual([join(POSTINGS, 'analyst.txt')]);
  });

  it('rank --progress: the progress bar goes to stderr and stdout stays NDJSON', async () => {
    const { code, stdout, stderr } = await run(['rank', '--postings', POSTINGS, '--resume', join(FIXTURES, 'resume.json'), '--progress']);
    expect(code).toBe(0);
    expect(stderr).toContain('3/3 files');
    expect(ndjson(stdout)).toHaveLength(3);
  });

  it('rank: a folder that does not exist, or a résumé that cannot be read, exits 1 with the path in the message', async () => {
    const noDir = await run(['rank', '--postings', join(tmp, 'nowhere'), '--resume', join(FIXTURES, 'resume.txt')]);
    expect(noDir.code).toBe(1);
    expect(noDir.stdout).toBe('');
    expect(noDir.stderr).toBe(`skill-matcher: ${join(tmp, 'nowhere')}: no such directory\n`);
    const badResume = await run(['rank', '--postings', POSTINGS, '--resume', join(FIXTURES, 'broken.json')]);
    expect(badResume.code).toBe(1);
    expect(badResume.stderr).toContain(`${join(FIXTURES, 'broken.json')}: is not valid JSON`);
  });
});
