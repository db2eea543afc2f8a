/**
 * npm run load — loopback-only load, soak and shutdown figures, bounded in time.
 *   LOAD_SECONDS (30) per endpoint at full speed; SOAK_SECONDS (300) at half the peak rate of /v1/match;
 *   SKIP_SOAK=1 to leave the soak out. The server runs in a child process so that the load generator
 *   does not share its event loop.
 * Then the worker pool: extract and match throughput with WORKERS=1 and WORKERS=2, one server after the
 *   other in the same run, and their ratio (SKIP_WORKERS=1 leaves it out; LOAD_WORKERS_ONLY=1 runs only it).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import autocannon, { type Result } from 'autocannon';
import { SAMPLE_RESUME_TEXT } from './lib/synthetic-postings.js';

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);

const POSTING = [
  'Data Analyst, Marketplace',
  'About the Role:',
  'You will work with product, operations and engineering teams to understand marketplace health and turn data into decisions. '.repeat(8),
  'Responsibilities:',
  '\u2022 Build Tableau and Looker dashboards that track seller performance and share findings with stakeholders.',
  '\u2022 Design A/B tests with product managers and analyse results with Python and SQL.',
  '\u2022 Investigate anomalies, run root-cause analysis and present recommendations to leadership.',
  'Minimum Qualifications:',
  "\u2022 Bachelor's degree in Statistics, Economics, Computer Science or a related field.",
  '\u2022 3+ years of experience in analytics; proficiency in SQL and Python (pandas); experience with Excel/Google Sheets.',
  '\u2022 Strong written communication in English and attention to detail.',
  'Preferred Qualifications:',
  '\u2022 Experience with R, Stata or SPSS is a plus; familiarity with BI tools (Tableau/Power BI/Looker Studio).',
  '\u2022 Knowledge of e-commerce, trust and safety or fraud detection.',
  'About Us',
  'We are an equal opportunity employer. Our mission is to inspire creativity and bring joy. '.repeat(10),
].join('\n');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  // Compiled by `npm run load`; run from source (tsx) the server is loaded through tsx too.
  const fromSource = import.meta.url.endsWith('.ts');
  const child = fork(fileURLToPath(new URL(`./lib/load-server.${fromSource ? 'ts' : 'js'}`, import.meta.url)), [], {
    env: { ...process.env, PORT: String(port), ...env },
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function run(url: string, body: unknown, seconds: number, extra: Partial<autocannon.Options> = {}): Promise<Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections: CONNECTIONS,
    duration: seconds,
    ...extra,
  });
}

function describe(name: string, r: Result): string {
  return `| ${name.padEnd(28)} | ${r.requests.average.toFixed(0).padStart(7)} req/s | p50 ${String(r.latency.p50).padStart(4)} ms | p99 ${String(r.latency.p99).padStart(4)} ms | errors ${r.errors} | non-2xx ${r.non2xx} |`;
}

/** Throughput with one worker thread, then with two: what the pool buys on this machine. */
async function compareWorkers(extractBody: unknown, matchBody: unknown): Promise<void> {
  const results: Record<string, { extract: Result; match: Result }> = {};
  for (const workers of ['1', '2']) {
    const port = await freePort();
    const server = await startServer(port, { WORKERS: workers });
    const base = `http://127.0.0.1:${port}`;
    // A short warm-up so that neither run pays for JIT compilation in the workers.
    await run(`${base}/v1/match`, matchBody, 2);
    results[workers] = {
      extract: await run(`${base}/v1/postings/extract`, extractBody, LOAD_SECONDS),
      match: await run(`${base}/v1/match`, matchBody, LOAD_SECONDS),
    };
    const exit = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exit;
  }
  const [one, two] = [results['1'], results['2']] as { extract: Result; match: Result }[] as [
    { extract: Result; match: Result },
    { extract: Result; match: Result },
  ];
  console.log(describe('extract, WORKERS=1', one.extract));
  console.log(describe('extract, WORKERS=2', two.extract));
  console.log(describe('match, WORKERS=1', one.match));
  console.log(describe('match, WORKERS=2', two.match));
  const ratio = (r: 'extract' | 'match') => (two[r].requests.average / one[r].requests.average).toFixed(2);
  console.log(
    `2 workers / 1 worker throughput: extract ${ratio('extract')}, match ${ratio('match')} (target >= 1.6 on 2 cores; ${availableParallelism()} here)`,
  );
}

async function main(): Promise<void> {
  if (process.env.LOAD_WORKERS_ONLY) {
    await compareWorkers({ text: POSTING }, { posting: { text: POSTING }, resume: { text: SAMPLE_RESUME_TEXT } });
    return;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const extractBody = { text: POSTING };
  const matchBody = { posting: { text: POSTING }, resume: { text: SAMPLE_RESUME_TEXT } };
  console.log(
    `posting ${POSTING.length} chars, résumé ${SAMPLE_RESUME_TEXT.length} chars, ${CONNECTIONS} connections, ${LOAD_SECONDS} s each`,
  );

  const echoExtract = await run(`${base}/__echo`, extractBody, LOAD_SECONDS);
  const extract = await run(`${base}/v1/postings/extract`, extractBody, LOAD_SECONDS);
  const echoMatch = await run(`${base}/__echo`, matchBody, LOAD_SECONDS);
  const match = await run(`${base}/v1/match`, matchBody, LOAD_SECONDS);
  console.log(describe('echo (extract body)', echoExtract));
  console.log(describe('POST /v1/postings/extract', extract));
  console.log(describe('echo (match body)', echoMatch));
  console.log(describe('POST /v1/match', match));
  console.log(
    `ratio to the echo floor: extract ${(extract.requests.average / echoExtract.requests.average).toFixed(3)}, match ${(match.requests.average / echoMatch.requests.average).toFixed(3)} (target >= 0.5)`,
  );

  if (!process.env.SKIP_WORKERS) await compareWorkers(extractBody, matchBody);

  if (!process.env.SKIP_SOAK) {
    const rate = Math.max(1, Math.floor(match.requests.average / 2));
    const before = rssMb(server.pid as number);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(rssMb(server.pid as number)), 10_000);
    // Warm-up minute excluded from the growth figure: the first samples settle JIT and caches.
    const soak = await run(`${base}/v1/match`, matchBody, SOAK_SECONDS, { overallRate: rate });
    clearInterval(timer);
    const settled = samples[Math.min(5, samples.length - 1)] ?? before;
    const after = rssMb(server.pid as number);
    console.log(describe(`soak ${SOAK_SECONDS} s at ${rate} req/s`, soak));
    console.log(
      `soak RSS: start ${before.toFixed(1)} MB, after warm-up ${settled.toFixed(1)} MB, end ${after.toFixed(1)} MB, growth after warm-up ${(((after - settled) / settled) * 100).toFixed(1)}% (target < 10%)`,
    );
  }

  // Graceful shutdown under load: SIGTERM halfway through a run; in-flight requests must complete.
  const exit = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const under = run(`${base}/v1/match`, matchBody, 6);
  setTimeout(() => server.kill('SIGTERM'), 3000);
  const [result, code] = await Promise.all([under, exit]);
  const codes = result.statusCodeStats as Record<string, { count: number }> | undefined;
  const fiveXx = Object.entries(codes ?? {})
    .filter(([status]) => status.startsWith('5'))
    .reduce((a, [, v]) => a + v.count, 0);
  console.log(
    `shutdown under load: exit code ${code}, 2xx ${result['2xx']}, 5xx ${fiveXx}, connection errors after close ${result.errors}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
