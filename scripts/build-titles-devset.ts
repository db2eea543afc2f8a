/**
 * Builds the job-title development set (eval/titles/data/resumes.jsonl, git-ignored) from git mirrors of the
 * repositories eval/titles/manifest.json names:
 *   npx tsx scripts/build-titles-devset.ts --mirrors /work/.mirror
 *   npx tsx scripts/build-titles-devset.ts --mirror arefinnomi/curriculum_vitae_data=/tmp/cv.git \
 *     --mirror JAIJANYANI/Automated-Resume-Screening-System=/tmp/screening.git --mirror arnabdey73/resume=/tmp/resume.git
 *   npm run eval:titles:build -- --mirrors <dir>
 * `--mirror owner/name=<git dir>` (repeatable) names one repository's git directory (a bare clone or a .git);
 * `--mirrors <dir>` finds the rest under <dir> as `owner+name/repo`, `owner+name` or `name.git`.
 * For each manifest item, in order: `git show <commit>:<path>`, then PDF → `pdftotext -layout -enc UTF-8`
 * (Debian: poppler-utils), DOCX → mammoth's raw text, Markdown or text as is; runs of spaces collapsed
 * (newlines kept). Writes one `{"id","category","title","text"}` line per item. See eval/titles/SOURCE.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { gitShow, isGitDir, pdfToText } from './lib/git-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'eval/titles/manifest.json');
const out = join(root, 'eval/titles/data/resumes.jsonl');

interface Item {
  id: string;
  repo: string;
  path: string;
  commit: string;
  category: string;
  title: string | null;
}

const USAGE = 'usage: build-titles-devset.ts [--mirrors <dir>] [--mirror owner/name=<git dir>]...';

/** owner/name → git directory: an explicit `--mirror` first, else the layouts `--mirrors` may hold. */
function gitDirs(mirrors: string | undefined, explicit: string[], repos: string[]): Map<string, string> {
  const dirs = new Map<string, string>();
  for (const pair of explicit) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`--mirror wants owner/name=<git dir>, got ${pair}\n${USAGE}`);
    dirs.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  for (const repo of repos) {
    if (dirs.has(repo) || !mirrors) continue;
    const flat = repo.replace('/', '+');
    const found = [join(mirrors, flat, 'repo'), join(mirrors, flat), join(mirrors, `${repo.split('/')[1]}.git`)].find(isGitDir);
    if (found) dirs.set(repo, found);
  }
  const missing = repos.filter((r) => !dirs.has(r));
  if (missing.length > 0) throw new Error(`no git directory for ${missing.join(', ')}\n${USAGE}`);
  return dirs;
}

async function docxText(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

async function toText(path: string, bytes: Buffer, tmp: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return pdfToText(bytes, tmp);
  if (ext === '.docx') return docxText(bytes);
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return bytes.toString('utf8');
  throw new Error(`${path}: no text extraction for ${ext || 'a file without extension'}`);
}

/** Runs of spaces and tabs become one space; newlines stay. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mirrors: { type: 'string' }, mirror: { type: 'string', multiple: true, default: [] } } });
  const items = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { items: Item[] }).items;
  const dirs = gitDirs(values.mirrors, values.mirror ?? [], [...new Set(items.map((i) => i.repo))]);
  const tmp = mkdtempSync(join(tmpdir(), 'titles-devset-'));
  const lines: string[] = [];
  try {
    for (const item of items) {
      const bytes = gitShow(dirs.get(item.repo) as string, item.commit, item.path);
      const text = collapseSpaces(await toText(item.path, bytes, tmp));
      if (!text) process.stderr.write(`warning: ${item.id}: no text\n`);
      lines.push(JSON.stringify({ id: item.id, category: item.category, title: item.title, text }));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${out}: ${lines.length} résumés\n`);
}

await main();
