/**
 * Builds the job-board ranking development set (eval/rank-jobboard/data/{resumes,postings}.jsonl, git-ignored)
 * from eval/rank-jobboard/manifest.json:
 *   npx tsx scripts/build-rank-jobboard.ts <curriculum_vitae_data git dir> --postings <postings source>
 *   npm run eval:rank:jobboard:build -- <curriculum_vitae_data git dir> --postings <postings source>
 * Either half alone: leave out the git dir (postings only) or `--postings` (résumés only).
 * Résumés: `git show <commit>:<path>` of github.com/arefinnomi/curriculum_vitae_data, then `pdftotext -layout -enc
 * UTF-8` (Debian: poppler-utils), runs of spaces collapsed. Postings: the source is a directory holding each manifest
 * file as `<commit>/<path>` (two of the three repositories are too large to clone; SOURCE.md says how to fetch the
 * files). `markdown` items are cleaned as scripts/build-rank-postings.ts cleans the first set's (and lose embedded
 * iframes); `nyc-jobs-csv` items are one row of an NYC Jobs export, chosen by its Job ID.
 * See eval/rank-jobboard/SOURCE.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { postingText } from './build-rank-postings.js';
import { pdfTextAt, readSourceFile } from './lib/git-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'eval/rank-jobboard/manifest.json');
const outDir = join(root, 'eval/rank-jobboard/data');

interface ResumeItem {
  id: string;
  path: string;
  category: string;
}
interface PostingItem {
  id: string;
  category?: string;
  categories?: string[];
  title: string;
  repo: string;
  path: string;
  commit: string;
  format: 'markdown' | 'nyc-jobs-csv';
  /** nyc-jobs-csv: the row's Job ID. */
  jobId?: string;
}
interface Manifest {
  resumes: { repo: string; commit: string; items: ResumeItem[] };
  postings: { items: PostingItem[] };
}

// --- résumés -----------------------------------------------------------------------------------

function buildResumes(gitDir: string, manifest: Manifest): string[] {
  const { commit, items } = manifest.resumes;
  const tmp = mkdtempSync(join(tmpdir(), 'rank-jobboard-'));
  try {
    return items.map((item) => JSON.stringify({ id: item.id, category: item.category, text: pdfTextAt(gitDir, commit, item.path, tmp) }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// --- postings ----------------------------------------------------------------------------------

/** Markdown postings: the first set's rules, and embedded players (`<iframe …></iframe>`) go too. */
const markdownPosting = (markdown: string): string => postingText(markdown.replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, ''));

// The NYC Jobs export is UTF-8 that was read as Windows-1252 and saved as UTF-8, twice ("â€™" twice over for "’").
// Windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads this encoding as Latin-1, so the table is spelled out);
// the five it leaves undefined stand for themselves, as every other byte does.
const CP1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const CP1252_BYTE = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1252_BYTE.set(String.fromCharCode(b), b);
for (let b = 0x80; b < 0xa0; b++) CP1252_BYTE.set(CP1252_80_9F[b - 0x80] as string, b);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Each run of Windows-1252 characters that is the UTF-8 encoding of something else becomes that something. */
function repairOnce(text: string): string {
  return text.replace(/[\u0080-\uffff]{2,}/g, (run) => {
    const bytes = [...run].map((c) => CP1252_BYTE.get(c));
    if (bytes.some((b) => b === undefined)) return run;
    try {
      return UTF8.decode(Uint8Array.from(bytes as number[]));
    } catch {
      return run;
    }
  });
}
const repairMojibake = (text: string): string => repairOnce(repairOnce(text));

/**
 * Agency boilerplate that describes the employer, not the role (the counterpart of GitLab's "GitLab Inc. is …"),
 * and the instruction to read the posting carefully.
 */
const AGENCY_BOILERPLATE = [
  /The (?:New York City|NYC) Department of Environmental Protection \(DEP\) protects public health[\s\S]*?wastewater per day[^.]*\.\s*/,
  /The Mayor’s Office of Management and Budget \(OMB\) is the City government's chief financial agency\.[^.]*?more than 70 City agencies\.\s*(?:In addition, the agency is charged with[^.]*\.\s*)?/,
  /Please read this posting carefully to make certain you meet the qualification requirements before applying to this position\.\s*/,
];

/** The export flattened line breaks into runs of spaces and tabs: a run of two or more becomes a line break again. */
const field = (value: string | undefined): string =>
  repairMojibake(value ?? '')
    .replace(/\t/g, ' ')
    .replace(/ {2,}/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();

const NYC_SECTIONS: [heading: string, column: string][] = [
  ['Job Description', 'Job Description'],
  ['Minimum Qualification Requirements', 'Minimum Qual Requirements'],
  ['Preferred Skills', 'Preferred Skills'],
];

function nycPosting(csv: string, jobId: string): string {
  const rows = parse(csv, { columns: true, bom: true, relax_quotes: true }) as Record<string, string>[];
  const row = rows.find((r) => r['Job ID'] === jobId);
  if (!row) throw new Error(`no row with Job ID ${jobId}`);
  const sections = NYC_SECTIONS.map(([heading, column]) => {
    let body = field(row[column]);
    if (column === 'Job Description') for (const re of AGENCY_BOILERPLATE) body = body.replace(re, '').trim();
    return body ? `## ${heading}\n\n${body}` : '';
  });
  return sections.filter(Boolean).join('\n\n');
}

function buildPostings(source: string, manifest: Manifest): string[] {
  const csvCache = new Map<string, string>();
  return manifest.postings.items.map((item) => {
    let text: string;
    if (item.format === 'markdown') {
      text = markdownPosting(readSourceFile(source, item));
    } else {
      const key = `${item.commit}/${item.path}`;
      if (!csvCache.has(key)) csvCache.set(key, readSourceFile(source, item));
      text = nycPosting(csvCache.get(key) as string, item.jobId ?? '');
    }
    const relevance = item.categories ? { categories: item.categories } : { category: item.category };
    return JSON.stringify({ id: item.id, ...relevance, title: item.title, text });
  });
}

// --- run ---------------------------------------------------------------------------------------

function write(name: string, lines: string[]): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, name), `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${join(outDir, name)}: ${lines.length} lines\n`);
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { postings: { type: 'string' } } });
  const gitDir = positionals[0];
  if (!gitDir && !values.postings) {
    throw new Error('usage: build-rank-jobboard.ts <curriculum_vitae_data git dir> --postings <export dir>');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  if (gitDir) write('resumes.jsonl', buildResumes(gitDir, manifest));
  if (values.postings) write('postings.jsonl', buildPostings(values.postings, manifest));
}

main();
