/**
 * npm run bench:rank [-- --postings N] [-- --postgres URL] — ranking over a large stored catalogue, all figures
 * from one run:
 *  - 100,000 synthetic postings (skills drawn from the real taxonomy with a popularity skew, levels,
 *    intensities and alternatives groups) written through the real store — SQLite, or PostgreSQL with
 *    --postgres (a schema of its own, dropped afterwards) — in a child process so that generating them
 *    does not inflate the memory figure;
 *  - start-up: open the store and build the rank index, the way buildApp does;
 *  - rank one résumé (read it, rank, full reports for the top 20): p50 / p99 over 200 queries;
 *  - resident memory after start-up.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/catalog/catalog.js';
import type { CatalogLog } from '../src/catalog/live-index.js';
import type { Intensity, Level } from '../src/core/extract/cues.js';
import type { AlternativesGroup, Requirement } from '../src/core/extract/extract.js';
import type { AnalysedPosting } from '../src/core/posting.js';
import { rankInputOf } from '../src/core/rank/compact.js';
import { rankPostings } from '../src/core/rank/rank.js';
import { reportKindOf, requirementWeight } from '../src/core/score/policy.js';
import { readResume, type ListedSkill, type Proficiency } from '../src/core/resume/intake.js';
import type { Skill, Taxonomy } from '../src/core/taxonomy/compile.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';
import { PostgresPostingStore } from '../src/store/postgres.js';
import { SqlitePostingStore } from '../src/store/sqlite.js';
import type { NewPosting, PostingStore } from '../src/store/types.js';
import { seededRandom } from './lib/synthetic-postings.js';

export interface BenchRankOptions {
  postings?: number;
  queries?: number;
  limit?: number;
  seed?: number;
  /** Where to put the database; a fresh temporary directory when absent (removed afterwards). */
  dir?: string;
  /** A PostgreSQL URL: store the catalogue there (in a schema of its own) instead of SQLite. */
  postgres?: string;
}

export interface BenchRankRow {
  metric: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
}

const TARGETS = { startupMs: 10_000, p50Ms: 50, p99Ms: 150 };
const BATCH = 5000;

type Draw = () => Skill;

/** Skills by popularity: a few (SQL, Excel…) appear in many postings, most in few, as in real postings. */
function skewedDraw(taxonomy: Taxonomy, random: () => number): Draw {
  const skills = [...taxonomy.list];
  for (let i = skills.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [skills[i], skills[j]] = [skills[j] as Skill, skills[i] as Skill];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < skills.length; r++) cumulative.push((sum += 1 / (r + 5)));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return skills[lo] as Skill;
  };
}

function distinct(draw: Draw, count: number): Skill[] {
  const picked = new Map<string, Skill>();
  for (let tries = 0; picked.size < count && tries < count * 20; tries++) {
    const s = draw();
    picked.set(s.id, s);
  }
  return [...picked.values()];
}

const pick = <T>(random: () => number, weighted: readonly (readonly [T, number])[]): T => {
  let x = random();
  for (const [value, p] of weighted) if ((x -= p) < 0) return value;
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
};

/** An analysis as the extractor would produce it for a posting naming these skills; no text is extracted. */
function syntheticPosting(taxonomy: Taxonomy, draw: Draw, random: () => number, i: number): NewPosting {
  const skills = distinct(draw, 6 + Math.floor(random() * 13));
  const text = `Synthetic posting ${i}\nRequirements:\n${skills.map((s) => `- ${s.name}`).join('\n')}`;
  let offset = text.indexOf('- ') + 2;
  const requirements: Requirement[] = skills.map((s) => {
    const level = pick<Level>(random, [
      ['required', 0.5],
      ['preferred', 0.3],
      ['mentioned', 0.2],
    ]);
    const intensity = pick<Intensity>(random, [
      ['strong', 0.2],
      ['normal', 0.6],
      ['basic', 0.2],
    ]);
    const start = offset;
    offset += s.name.length + 3;
    return {
      skill: { id: s.id, name: s.name, kind: s.kind, category: s.category },
      level,
      weight: requirementWeight(level, intensity, reportKindOf(s.kind)),
      intensity,
      groups: [],
      mentions: [{ start, end: start + s.name.length, text: s.name, section: 'required', level }],
      cues: [],
    };
  });
  const groups: AlternativesGroup[] = [];
  const first = requirements[0];
  if (first && random() < 0.3) {
    const members = requirements.filter((r) => r.level === first.level).slice(0, 2 + Math.floor(random() * 3));
    if (members.length >= 2) {
      groups.push({
        id: 'g1',
        mode: 'anyOf',
        level: first.level,
        skills: members.map((m) => m.skill.id),
        start: 0,
        end: 0,
        text: members.map((m) => m.skill.name).join('/'),
      });
      for (const m of members) {
        m.group = 'g1';
        m.groups = ['g1'];
      }
    }
  }
  const analysis: AnalysedPosting = {
    requirements,
    traits: [],
    groups,
    sections: [{ kind: 'required', heading: 'Requirements:', start: text.indexOf('Requirements'), end: text.length }],
    education: { degreeLevels: [], fieldsOfStudy: [], evidence: [] },
    experience: { perSkill: [], evidence: [] },
    taxonomyVersion: taxonomy.version,
    warnings: [],
  };
  return {
    externalId: `bench-${i}`,
    title: `Synthetic posting ${i}`,
    metadata: { synthetic: true },
    source: { text },
    analysis,
    rankInput: rankInputOf(analysis),
  };
}

/** Where the catalogue lives: a SQLite file, or a schema of its own in PostgreSQL. */
type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

async function openStore(target: Target): Promise<PostingStore> {
  return target.kind === 'sqlite'
    ? new SqlitePostingStore(`file:${target.file}`)
    : PostgresPostingStore.connect(target.url, { schema: target.schema, statementTimeoutMs: 600_000 });
}

/** Writes `count` synthetic postings to the store. */
export async function generateCatalogue(target: Target, count: number, seed: number): Promise<void> {
  const taxonomy = loadTaxonomy();
  const random = seededRandom(seed);
  const draw = skewedDraw(taxonomy, random);
  const store = await openStore(target);
  for (let i = 0; i < count; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - i) }, (_, k) => syntheticPosting(taxonomy, draw, random, i + k));
    await store.saveMany(batch);
  }
  await store.close();
}

/** Runs generateCatalogue in a child process (this file, --generate), so its memory is not counted. */
async function generateElsewhere(target: Target, count: number, seed: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--generate', JSON.stringify(target), String(count), String(seed)], {
    execArgv: process.execArgv,
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`generating the catalogue failed (exit ${code})`);
}

function syntheticResume(draw: Draw, random: () => number): ListedSkill[] {
  const levels: (Proficiency | undefined)[] = [undefined, 'beginner', 'intermediate', 'advanced', 'expert'];
  return distinct(draw, 5 + Math.floor(random() * 8)).map((s) => {
    const level = levels[Math.floor(random() * levels.length)];
    return { name: s.name, ...(level ? { level } : {}) };
  });
}

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

const quiet: CatalogLog = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as CatalogLog;

export async function benchRank(options: BenchRankOptions = {}): Promise<BenchRankRow[]> {
  const count = options.postings ?? 100_000;
  const queries = options.queries ?? 200;
  const limit = options.limit ?? 20;
  const seed = options.seed ?? 7;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'skill-matcher-bench-rank-')));
  const target: Target = options.postgres
    ? { kind: 'postgres', url: options.postgres, schema: `bench_rank_${process.pid}` }
    : { kind: 'sqlite', file: join(dir, 'bench.sqlite') };
  try {
    const generated = performance.now();
    await generateElsewhere(target, count, seed);
    const generateMs = performance.now() - generated;

    const taxonomy = loadTaxonomy();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const store = await openStore(target);
    const catalog = await Catalog.open(store, { taxonomy }, quiet);
    const startupMs = performance.now() - started;
    const { rss: rssAfter, heapUsed } = process.memoryUsage();

    const random = seededRandom(seed + 1);
    const draw = skewedDraw(taxonomy, seededRandom(seed)); // the postings' popularity order
    const resumes = Array.from({ length: queries + 20 }, () => syntheticResume(draw, random));
    const times: number[] = [];
    let candidates = 0;
    let scored = 0;
    resumes.forEach((skills, q) => {
      const t0 = performance.now();
      const profile = readResume(taxonomy, { skills });
      const ranking = rankPostings(taxonomy, catalog.index, profile, { limit });
      const elapsed = performance.now() - t0;
      if (ranking.items.length !== Math.min(limit, count)) throw new Error('ranking returned too few postings');
      if (q < 20) return; // warm-up
      times.push(elapsed);
      candidates += ranking.work.candidates;
      scored += ranking.work.scored;
    });
    await catalog.close();
    await store.close();

    const p50 = quantile(times, 0.5);
    const p99 = quantile(times, 0.99);
    return [
      { metric: `postings stored (${target.kind})`, value: count, unit: '' },
      { metric: 'generate + store (child process)', value: generateMs, unit: 'ms' },
      { metric: 'stored per second', value: count / (generateMs / 1000), unit: '/s' },
      {
        metric: 'start-up: open store + build index',
        value: startupMs,
        unit: 'ms',
        target: `< ${TARGETS.startupMs}`,
        ok: startupMs < TARGETS.startupMs,
      },
      { metric: `rank one résumé, top ${limit}: p50`, value: p50, unit: 'ms', target: `< ${TARGETS.p50Ms}`, ok: p50 < TARGETS.p50Ms },
      { metric: `rank one résumé, top ${limit}: p99`, value: p99, unit: 'ms', target: `< ${TARGETS.p99Ms}`, ok: p99 < TARGETS.p99Ms },
      { metric: 'candidates per query (share a skill, bounded)', value: candidates / times.length, unit: '' },
      { metric: 'candidates scored exactly per query', value: scored / times.length, unit: '' },
      { metric: 'rss after start-up', value: rssAfter / 2 ** 20, unit: 'MB' },
      { metric: 'rss added by start-up', value: (rssAfter - rssBefore) / 2 ** 20, unit: 'MB' },
      { metric: 'heap used after start-up (not yet collected)', value: heapUsed / 2 ** 20, unit: 'MB' },
    ];
  } finally {
    if (!options.dir) await rm(dir, { recursive: true, force: true });
    if (target.kind === 'postgres') await dropSchema(target.url, target.schema);
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export function printRows(rows: readonly BenchRankRow[]): void {
  const cells = rows.map((r) => [
    r.metric,
    `${r.value >= 100 || Number.isInteger(r.value) ? Math.round(r.value).toLocaleString('en') : r.value.toFixed(2)}${r.unit ? ` ${r.unit}` : ''}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => (row[c] as string).length)));
  const line = (row: string[]): string => `| ${row.map((cell, c) => cell.padEnd(widths[c] as number)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}

function flag(args: string[], name: string): number | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--generate') {
    await generateCatalogue(JSON.parse(args[1] as string) as Target, Number(args[2]), Number(args[3]));
    return;
  }
  const postings = flag(args, '--postings');
  const queries = flag(args, '--queries');
  const at = args.indexOf('--postgres');
  const postgres = at >= 0 ? args[at + 1] : undefined;
  const rows = await benchRank({ ...(postings ? { postings } : {}), ...(queries ? { queries } : {}), ...(postgres ? { postgres } : {}) });
  printRows(rows);
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
