/**
 * Ranking evaluation (`npm run eval:rank -- [--dir eval/rank/data] [--json out.json] [--no-title]`).
 * `--no-title` sends each posting as text alone, as a client that has no title field would: the posting's
 * occupation is then read from its text.
 * For each posting, ranks every résumé of the development set by the fit score (computed in
 * process with the core), by TF-IDF cosine and by BM25; a résumé is relevant when its category is
 * the posting's `category`, or one of its `categories` when a posting lists several (a generic
 * backend posting, say). Prints NDCG@10 and P@5 per posting category and overall, and fit / TF-IDF.
 * The data are built by scripts/build-rank-devset.ts; see eval/rank/SOURCE.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOccupations, resolveTitles } from '../src/core/occupations/index.js';
import { analysePosting, type AnalysedPosting } from '../src/core/posting.js';
import { readResume, type ResumeProfile } from '../src/core/resume/intake.js';
import { matchResume, type Vocabularies } from '../src/core/match.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';

/** `category`, or `categories` when several résumé categories are relevant to one posting. */
interface Posting {
  id: string;
  category?: string;
  categories?: string[];
  title?: string;
  text: string;
}
interface Resume {
  id: string;
  category: string;
  text: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The one place that calls the fit score: its signature is changing, the rest of this script is not. */
function fitScores(vocabularies: Vocabularies, posting: AnalysedPosting, resume: ResumeProfile): { score: number; skillsScore: number } {
  const { score, skillsScore } = matchResume(vocabularies, posting, resume);
  return { score, skillsScore };
}

// --- lexical baselines -------------------------------------------------------------------------

const STOP = new Set(
  'a an and are as at be by for from has have in is it its of on or our that the their this to was were will with you your we us i me my'.split(
    ' ',
  ),
);
const terms = (text: string): string[] => (text.toLowerCase().match(/[a-z][a-z0-9+#]+/g) ?? []).filter((t) => !STOP.has(t));
const counts = (tokens: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

class Lexical {
  private readonly df = new Map<string, number>();
  private readonly docs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly avgLength: number;
  private readonly tfidfDocs: { vec: Map<string, number>; norm: number }[];

  constructor(texts: string[]) {
    this.docs = texts.map((t) => counts(terms(t)));
    for (const d of this.docs) for (const t of d.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.lengths = this.docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
    this.tfidfDocs = this.docs.map((d) => this.vector(d));
  }

  private idf(t: string): number {
    return Math.log((this.docs.length + 1) / ((this.df.get(t) ?? 0) + 1)) + 1;
  }

  /** Sublinear tf × smoothed idf, as scikit-learn's TfidfVectorizer(sublinear_tf=True) computes it. */
  private vector(c: Map<string, number>): { vec: Map<string, number>; norm: number } {
    const vec = new Map<string, number>();
    let sq = 0;
    for (const [t, n] of c) {
      const w = (1 + Math.log(n)) * this.idf(t);
      vec.set(t, w);
      sq += w * w;
    }
    return { vec, norm: Math.sqrt(sq) || 1 };
  }

  tfidf(query: string): number[] {
    const q = this.vector(counts(terms(query)));
    return this.tfidfDocs.map((d) => {
      let dot = 0;
      for (const [t, w] of q.vec) dot += w * (d.vec.get(t) ?? 0);
      return dot / (q.norm * d.norm);
    });
  }

  /** Okapi BM25 (k1 1.2, b 0.75), each query term once. */
  bm25(query: string, k1 = 1.2, b = 0.75): number[] {
    const q = [...new Set(terms(query))];
    const N = this.docs.length;
    return this.docs.map((d, i) => {
      let s = 0;
      for (const t of q) {
        const tf = d.get(t);
        if (!tf) continue;
        const df = this.df.get(t) ?? 0;
        const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
        s += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (this.lengths[i] ?? 0)) / this.avgLength));
      }
      return s;
    });
  }
}

// --- metrics -----------------------------------------------------------------------------------

/** Ties (many résumés score 0) are broken by a hash of posting and résumé ids: neither by category nor by input order. */
function rank(postingId: string, resumes: Resume[], scores: number[]): Resume[] {
  const tie = (r: Resume) => createHash('sha1').update(`${postingId}\u0000${r.id}`).digest().readUInt32BE(0);
  return resumes
    .map((r, i) => ({ r, s: scores[i] ?? 0, t: tie(r) }))
    .sort((a, b) => b.s - a.s || a.t - b.t)
    .map((x) => x.r);
}

/** The résumé categories relevant to a posting. */
const relevantCategories = (p: Posting): Set<string> => new Set(p.categories ?? (p.category ? [p.category] : []));
/** The label a posting is reported under: its category, or its categories joined with '+'. */
const postingLabel = (p: Posting): string => p.category ?? (p.categories ?? []).join('+');

function ndcgAt(k: number, ranked: Resume[], relevant: Set<string>, relevantTotal: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((r, i) => {
    if (relevant.has(r.category)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevantTotal); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}
const precisionAt = (k: number, ranked: Resume[], relevant: Set<string>): number =>
  ranked.slice(0, k).filter((r) => relevant.has(r.category)).length / k;

// --- run ---------------------------------------------------------------------------------------

function main(): void {
  const dir = arg('--dir') ?? join(root, 'eval/rank/data');
  const noTitle = process.argv.includes('--no-title');
  // The set's texts are not committed (licences): a fresh checkout builds them first, as the set's SOURCE.md says.
  if (!existsSync(join(dir, 'postings.jsonl')) || !existsSync(join(dir, 'resumes.jsonl'))) {
    console.error(`No ranking set in ${dir}: build it first (eval/rank/SOURCE.md, "Rebuild"; npm run eval:rank:build).`);
    process.exit(1);
  }
  const postings = readJsonl<Posting>(join(dir, 'postings.jsonl'));
  const resumes = readJsonl<Resume>(join(dir, 'resumes.jsonl'));
  const taxonomy = loadTaxonomy();
  const occupations = loadOccupations();

  const started = performance.now();
  const profiles = resumes.map((r) => readResume(taxonomy, { text: r.text }));
  const resolvedResumes = profiles.filter((p) => resolveTitles(occupations, p.titles).primary).length;
  const lexical = new Lexical(resumes.map((r) => r.text));

  const systems = ['fit', 'skills-only', 'tfidf', 'bm25'] as const;
  type System = (typeof systems)[number];
  const rows: {
    posting: string;
    category: string;
    occupation?: string;
    relevant: number;
    metrics: Record<System, { ndcg10: number; p5: number }>;
  }[] = [];

  for (const p of postings) {
    const analysed = analysePosting(taxonomy, { text: p.text }, { occupations, ...(p.title && !noTitle ? { title: p.title } : {}) });
    const fits = profiles.map((profile) => fitScores({ taxonomy, occupations }, analysed, profile));
    const scores: Record<System, number[]> = {
      fit: fits.map((f) => f.score),
      tfidf: lexical.tfidf(p.text),
      bm25: lexical.bm25(p.text),
      'skills-only': fits.map((f) => f.skillsScore),
    };
    const wanted = relevantCategories(p);
    const relevant = resumes.filter((r) => wanted.has(r.category)).length;
    const metrics = Object.fromEntries(
      systems.map((s) => {
        const ranked = rank(p.id, resumes, scores[s]);
        return [s, { ndcg10: ndcgAt(10, ranked, wanted, relevant), p5: precisionAt(5, ranked, wanted) }];
      }),
    ) as Record<System, { ndcg10: number; p5: number }>;
    rows.push({
      posting: p.id,
      category: postingLabel(p),
      ...(analysed.occupation ? { occupation: `${analysed.occupation.name} (${analysed.occupation.isco})` } : {}),
      relevant,
      metrics,
    });
  }
  const seconds = (performance.now() - started) / 1000;

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const fmt = (x: number) => x.toFixed(3);
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  const header = ['category', 'postings', ...systems.flatMap((s) => [`${s} NDCG@10`, `${s} P@5`])];
  const line = (label: string, rs: typeof rows) => [
    label,
    String(rs.length),
    ...systems.flatMap((s) => [fmt(mean(rs.map((r) => r.metrics[s].ndcg10))), fmt(mean(rs.map((r) => r.metrics[s].p5)))]),
  ];
  const table = [
    header,
    ...categories.map((c) =>
      line(
        c,
        rows.filter((r) => r.category === c),
      ),
    ),
    line('OVERALL', rows),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  process.stdout.write(
    `ranking eval: ${postings.length} postings, ${resumes.length} résumés, ${categories.length} posting categories (${seconds.toFixed(1)} s)\n`,
  );
  for (const r of table) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}\n`);
  const overall = (s: System, m: 'ndcg10' | 'p5') => mean(rows.map((r) => r.metrics[s][m]));
  process.stdout.write(
    `SUMMARY fitNdcg10=${fmt(overall('fit', 'ndcg10'))} tfidfNdcg10=${fmt(overall('tfidf', 'ndcg10'))} bm25Ndcg10=${fmt(overall('bm25', 'ndcg10'))} ` +
      `skillsOnlyNdcg10=${fmt(overall('skills-only', 'ndcg10'))} fitP5=${fmt(overall('fit', 'p5'))} tfidfP5=${fmt(overall('tfidf', 'p5'))} ` +
      `ratioFitTfidf=${fmt(overall('fit', 'ndcg10') / overall('tfidf', 'ndcg10'))}\n`,
  );
  process.stdout.write(
    `occupations: ${rows.filter((r) => r.occupation).length}/${rows.length} postings and ${resolvedResumes}/${resumes.length} résumés resolved\n`,
  );
  const jsonOut = arg('--json');
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
}

main();
