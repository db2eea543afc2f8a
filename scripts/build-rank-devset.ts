/**
 * Builds the ranking development set's résumés (eval/rank/data/resumes.jsonl, git-ignored) from a
 * mirror of github.com/Sbhawal/resumeScraper (the LiveCareer résumés behind Kaggle's "Resume Dataset"):
 *   npx tsx scripts/build-rank-devset.ts /path/to/resumeScraper.git [--postings <postings source>] [--pick]
 * Needs `git` and `pdftotext` (Debian: poppler-utils). The résumés picked are listed in
 * eval/rank/manifest.json, so the same set comes back every time. `--postings` also builds the postings
 * (eval/rank/data/postings.jsonl) from a git directory of github.com/damianhakert/damianhakert.github.io
 * or a `<commit>/<path>` export of its files: see scripts/build-rank-postings.ts and eval/rank/SOURCE.md.
 */
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPostings } from './build-rank-postings.js';
import { gitLsTree, pdfTextAt } from './lib/git-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(root, 'eval/rank/manifest.json');
const out = join(root, 'eval/rank/data/resumes.jsonl');

interface Manifest {
  resumes: { repo: string; commit: string; perCategory: Record<string, number>; ids: Record<string, string[]> };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { pick: { type: 'boolean', default: false }, postings: { type: 'string' } },
  });
  const gitDir = positionals[0];
  const { pick } = values;
  if (!gitDir) throw new Error('usage: build-rank-devset.ts <resumeScraper git dir> [--postings <postings git dir or export>] [--pick]');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const { commit, perCategory } = manifest.resumes;

  if (pick) {
    // Every k-th résumé by numeric id: deterministic, spread over the whole category.
    const files = gitLsTree(gitDir, commit, 'data/');
    const ids: Record<string, string[]> = {};
    for (const [category, n] of Object.entries(perCategory)) {
      const all = files
        .filter((f) => f.startsWith(`data/${category}/`) && f.endsWith('.pdf'))
        .map((f) => f.slice(`data/${category}/`.length, -4))
        .sort((a, b) => Number(a) - Number(b));
      const step = all.length / n;
      ids[category] = Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor(i * step)] as string);
    }
    manifest.resumes.ids = ids;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'rank-devset-'));
  const lines: string[] = [];
  try {
    for (const [category, ids] of Object.entries(manifest.resumes.ids)) {
      for (const id of ids) {
        lines.push(
          JSON.stringify({ id: `${category}/${id}`, category, text: pdfTextAt(gitDir, commit, `data/${category}/${id}.pdf`, tmp) }),
        );
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${out}: ${lines.length} résumés\n`);
  if (values.postings) buildPostings(values.postings);
}

main();
