/**
 * STUB of the file reader (issue: file uploads), with its final API: text, Markdown and JSON only. The real
 * implementation (PDF, DOCX, limits, timeouts) replaces this file when the uploads branch is merged.
 */
export interface FileLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export type FileReadErrorCode = 'empty' | 'unsupported-type' | 'type-mismatch' | 'no-text' | 'encrypted' | 'corrupt' | 'too-large' | 'too-many-pages' | 'timeout';

const STATUS: Record<FileReadErrorCode, number> = {
  empty: 400,
  'unsupported-type': 415,
  'type-mismatch': 415,
  'no-text': 422,
  encrypted: 422,
  corrupt: 422,
  'too-large': 413,
  'too-many-pages': 413,
  timeout: 422,
};

export class FileReadError extends Error {
  readonly code: FileReadErrorCode;
  readonly status: number;

  constructor(code: FileReadErrorCode, message: string) {
    super(message);
    this.name = 'FileReadError';
    this.code = code;
    this.status = STATUS[code];
  }
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxBytes: 5 * 1024 * 1024, maxPages: 20, timeoutMs: 10_000 };

const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'application/json']);

/** The text of a file. Only text/plain, text/markdown and application/json in this stub. */
export async function extractFileText(bytes: Uint8Array, mediaType: string | undefined, options: Partial<FileLimits> = {}): Promise<{ text: string; mediaType: string; pages?: number }> {
  const limits = { ...DEFAULT_FILE_LIMITS, ...options };
  if (bytes.length === 0) throw new FileReadError('empty', 'The file is empty.');
  if (bytes.length > limits.maxBytes) throw new FileReadError('too-large', `The file has ${bytes.length} bytes; the limit is ${limits.maxBytes}.`);
  const type = (mediaType ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? 'text/plain';
  if (!TEXT_TYPES.has(type)) throw new FileReadError('unsupported-type', `Files of type ${type} cannot be read yet; use plain text, Markdown or JSON.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError('type-mismatch', 'The file is not UTF-8 text.');
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new FileReadError('no-text', 'The file holds no text.');
  return { text, mediaType: type };
}
