/**
 * Builds the ranking development set's postings (eval/rank/data/postings.jsonl, git-ignored) from
 * GitLab's job descriptions as kept in github.com/damianhakert/damianhakert.github.io:
 *   npx tsx scripts/build-rank-postings.ts /path/to/damianhakert.github.io.git
 *   npx tsx scripts/build-rank-postings.ts /path/to/export        # <export>/<commit>/<path>, no git needed
 *   npm run eval:rank:build -- <résumé git dir> --postings <postings git dir or export>   # both halves
 * The source is a git directory (a bare clone or a .git: each file is `git show <commit>:<path>`) or, when
 * the repository is too large to clone, a directory holding each manifest file as `<commit>/<path>`.
 * For each `postings.items` entry of eval/rank/manifest.json, in order, the file loses its YAML front
 * matter, HTML comments, the company introduction, the Apply link and the sections named in
 * `postings.note`, and its links are reduced to their text. See eval/rank/SOURCE.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSourceFile } from './lib/git-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'eval/rank/manifest.json');
const out = join(root, 'eval/rank/data/postings.jsonl');

interface PostingItem {
  id: string;
  category: string;
  title: string;
  repo: string;
  path: string;
  commit: string;
}
interface Manifest {
  postings: { note: string; items: PostingItem[] };
}

/** Sections left out, by a word of their heading (with every subsection under them). */
const DROPPED_SECTION = /hiring process|workflow|relevant links|success criteria|interview questions?|^(how to )?apply\b/i;
/** GitLab's company boilerplate: an introduction that opens with it is about the company, not the role. */
const COMPANY_INTRO = /^GitLab Inc\.? is\b/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

function dropFrontMatter(text: string): string {
  return text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
}

function dropHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

/** A heading's level and its words (inline HTML such as `<a name="…"></a>` removed), or undefined. */
function heading(line: string): { level: number; name: string } | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  return { level: (m[1] as string).length, name: (m[2] as string).replace(/<[^>]*>/g, '').trim() };
}

/** The lines before the first heading, when they open with GitLab's company boilerplate, go. */
function dropCompanyIntro(lines: string[]): string[] {
  const first = lines.findIndex((l) => heading(l) !== undefined);
  const intro = first === -1 ? lines : lines.slice(0, first);
  const opening = intro.find((l) => l.trim() !== '');
  if (opening === undefined || !COMPANY_INTRO.test(opening.trim())) return lines;
  return first === -1 ? [] : lines.slice(first);
}

/** A dropped section runs from its heading to the next heading of the same or a higher level. */
function dropSections(lines: string[]): string[] {
  const kept: string[] = [];
  let droppedLevel = 0;
  for (const line of lines) {
    const h = heading(line);
    if (h && droppedLevel > 0 && h.level <= droppedLevel) droppedLevel = 0;
    if (h && droppedLevel === 0 && DROPPED_SECTION.test(h.name)) droppedLevel = h.level;
    if (droppedLevel === 0) kept.push(line);
  }
  return kept;
}

/**
 * A line that only tells the reader where to apply: an "Apply" link standing alone (Markdown or HTML, such
 * as the purple Apply button), or a parenthesised pointer to the jobs page ("(Check our [Jobs](…/jobs/)
 * page to see current openings).").
 */
function isApplyLink(line: string): boolean {
  const t = line.trim();
  return (
    /^<a\b[^>]*>\s*apply\b[^<]*<\/a>$/i.test(t) ||
    /^\[\s*apply\b[^\]]*\]\([^)]*\)$/i.test(t) ||
    /^\(.*\]\([^)]*\/jobs\/?\).*\)\.?$/i.test(t)
  );
}

/** `[text](url)` and `<a …>text</a>` become their text; bare anchors (`<a name="…"></a>`) go. */
function linksToText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<a\b[^>]*>([\s\S]*?)<\/a>/gi, '$1')
    .replace(/<a\b[^>]*\/>/gi, '');
}

function tidy(lines: string[]): string {
  return lines
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function postingText(markdown: string): string {
  let lines = dropHtmlComments(dropFrontMatter(markdown)).split(/\r?\n/);
  lines = dropCompanyIntro(lines);
  lines = dropSections(lines);
  lines = lines.filter((l) => !isApplyLink(l));
  return tidy(linksToText(lines.join('\n')).split('\n'));
}

/** Writes eval/rank/data/postings.jsonl from `source` (a git directory or an export); returns the count. */
export function buildPostings(source: string): number {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const lines = manifest.postings.items.map((item) =>
    JSON.stringify({ id: item.id, category: item.category, title: item.title, text: postingText(readSourceFile(source, item)) }),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${out}: ${lines.length} postings\n`);
  return lines.length;
}

function main(): void {
  const source = process.argv[2];
  if (!source) throw new Error('usage: build-rank-postings.ts <damianhakert.github.io git dir | <commit>/<path> export dir>');
  buildPostings(source);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
