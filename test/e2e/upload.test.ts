/**
 * Résumé files against the real server (its own process, real sockets), as a career site's page
 * sends them: FormData through fetch. /healthz answers while a long PDF is read, and the server
 * exits on SIGTERM with its parser threads running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFromText, pdfWithPages, POSTING_TEXT, RESUME_TEXT } from '../fixtures/files.js';
import { freePort } from '../support/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('file uploads against the real server', () => {
  let child: ChildProcess;
  let baseUrl: string;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

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
        MAX_EVENT_LOOP_DELAY_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering:\n${output}`);
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
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });

  it('a FormData upload of a PDF résumé and a posting text gets a fit report with the résumé text', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await pdfFromText(RESUME_TEXT))], { type: 'application/pdf' }), 'resume.pdf');
    form.append('posting', POSTING_TEXT);
    const res = await fetch(`${baseUrl}/v1/match`, { method: 'POST', body: form });
    const report = (await res.json()) as { score: number; resumeText: string };
    expect(res.status, JSON.stringify(report).slice(0, 300)).toBe(200);
    expect(report.resumeText).toContain('Built Tableau dashboards on PostgreSQL');
    expect(report.score).toBeGreaterThan(50);
  });

  it('/healthz answers while a long PDF is being read', async () => {
    const long = await pdfWithPages(
      Array.from({ length: 45 }, (_, i) => `${RESUME_TEXT}\n${'Python SQL Tableau dashboards. '.repeat(40)} ${i}`),
    );
    let parsed = false;
    const parse = fetch(`${baseUrl}/v1/resumes/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(long),
    }).then((res) => {
      parsed = true;
      return res.status;
    });
    await new Promise((r) => setTimeout(r, 20));
    const health = await fetch(`${baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(parsed).toBe(false);
    expect(await parse).toBe(200);
  });

  it('exits on SIGTERM with its parser threads started', async () => {
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  });
});
