/**
 * What the development-set builders share: a file of a git directory at a commit (or of a `<commit>/<path>`
 * export, for repositories too large to mirror), and a PDF read to text the way every set reads its PDFs
 * (`pdftotext -layout -enc UTF-8`, Debian: poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BUFFER = 64 * 1024 * 1024;

/** A bare clone or a clone's `.git`. */
export function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'));
}

export function gitShow(gitDir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: MAX_BUFFER });
}

export function gitLsTree(gitDir: string, commit: string, under: string): string[] {
  return execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, under], { maxBuffer: MAX_BUFFER })
    .toString()
    .trim()
    .split('\n');
}

/** The file at `commit:path` as text, from a git directory (or a clone's work tree) or from a `<commit>/<path>` export. */
export function readSourceFile(source: string, item: { id: string; commit: string; path: string }): string {
  const gitDir = [source, join(source, '.git')].find(isGitDir);
  if (gitDir) return gitShow(gitDir, item.commit, item.path).toString('utf8');
  const file = join(source, item.commit, item.path);
  if (!existsSync(file)) throw new Error(`${item.id}: ${source} is no git directory and holds no ${item.commit}/${item.path}`);
  return readFileSync(file, 'utf8');
}

/** A PDF's text as pdftotext gives it; `tmp` holds the file meanwhile. */
export function pdfToText(bytes: Buffer, tmp: string): string {
  const pdf = join(tmp, 'file.pdf');
  writeFileSync(pdf, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: MAX_BUFFER }).toString('utf8');
}

/** The PDF at `commit:path` as text, runs of spaces collapsed and blank-line runs cut to one. */
export function pdfTextAt(gitDir: string, commit: string, path: string, tmp: string): string {
  return pdfToText(gitShow(gitDir, commit, path), tmp)
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
