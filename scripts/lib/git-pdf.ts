/**
 * What the development-set builders share: a file of a git directory at a commit, and a PDF of one
 * read to text the way every set reads its PDFs (`pdftotext -layout -enc UTF-8`, Debian: poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BUFFER = 64 * 1024 * 1024;

export function gitShow(gitDir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: MAX_BUFFER });
}

export function gitLsTree(gitDir: string, commit: string, under: string): string[] {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, under], { maxBuffer: MAX_BUFFER })
    .toString()
    .trim()
    .split('\n');
}

/** The PDF at `commit:path` as text, runs of spaces collapsed and blank-line runs cut to one; `tmp` holds the file meanwhile. */
export function pdfTextAt(gitDir: string, commit: string, path: string, tmp: string): string {
  const pdf = join(tmp, 'file.pdf');
  writeFileSync(pdf, gitShow(gitDir, commit, path));
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: MAX_BUFFER }).toString('utf8');
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
