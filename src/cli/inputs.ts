/** Reads the CLI's input files into the forms src/core takes; every failure names the file and says why. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PostingSource } from '../core/intake/posting-source.js';
import type { ResumeInput } from '../core/resume/intake.js';
import { extractFileText, FileReadError } from '../files/index.js';

export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

const MEDIA_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The extensions a postings folder is scanned for. */
export const KNOWN_EXTENSIONS = Object.keys(MEDIA_TYPES);

export function mediaTypeOf(file: string): string | undefined {
  return MEDIA_TYPES[extname(file).toLowerCase()];
}

/** The text of a file: JSON as UTF-8, documents (PDF, DOCX, text, Markdown, HTML) by extractFileText. */
export async function readText(file: string): Promise<{ text: string; mediaType: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      file,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`,
    );
  }
  const declared = mediaTypeOf(file);
  // JSON is read here, as UTF-8 text: file reading is for documents (PDF, DOCX, text, Markdown, HTML).
  if (declared === 'application/json') return { text: new TextDecoder('utf-8').decode(bytes), mediaType: declared };
  try {
    const { text, mediaType } = await extractFileText(bytes, declared);
    return { text, mediaType };
  } catch (err) {
    if (err instanceof FileReadError) throw new InputError(file, `${err.message} (${err.code})`);
    throw new InputError(file, err instanceof Error ? err.message : String(err));
  }
}

function parseJson(file: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `is not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(file, 'is JSON but not an object');
  return value as Record<string, unknown>;
}

/**
 * A posting file: text or Markdown as it is; JSON as { "text": … }, a schema.org JobPosting (has "@type" or
 * "description") or a JSON Resume job ("responsibilities", "qualifications" or "skills" lists).
 */
export async function readPosting(file: string): Promise<PostingSource> {
  const { text, mediaType } = await readText(file);
  if (mediaType !== 'application/json') return { text };
  const json = parseJson(file, text);
  if (typeof json.text === 'string') return { text: json.text };
  if (json['@type'] === 'JobPosting' || typeof json.description === 'string') return { jobPosting: json };
  if (['responsibilities', 'qualifications', 'skills'].some((k) => Array.isArray(json[k]))) return { job: json };
  throw new InputError(file, 'is JSON but neither { "text": … }, a schema.org JobPosting nor a JSON Resume job');
}

/** A résumé file: .json is a JSON Resume document, anything else is read as text. */
export async function readResumeFile(file: string): Promise<ResumeInput> {
  const { text, mediaType } = await readText(file);
  if (mediaType !== 'application/json') return { text };
  return { jsonResume: parseJson(file, text) };
}

/** The posting files in a folder (known extensions, not hidden), by name. */
export async function postingFilesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new InputError(dir, 'is not a directory');
    names = await readdir(dir);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(dir, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : `cannot be read (${String(err)})`);
  }
  const files = names.filter((n) => !n.startsWith('.') && KNOWN_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  if (files.length === 0) throw new InputError(dir, `holds no posting files (${KNOWN_EXTENSIONS.join(', ')})`);
  return files.map((n) => join(dir, n));
}
