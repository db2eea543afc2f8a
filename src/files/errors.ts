/** Why a file could not be read; each code has the HTTP status a route answers with. */
export type FileReadErrorCode =
  'empty' | 'unsupported-type' | 'type-mismatch' | 'no-text' | 'encrypted' | 'corrupt' | 'too-large' | 'too-many-pages' | 'timeout';

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
  readonly status: number;

  constructor(
    readonly code: FileReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
    this.status = STATUS[code];
  }
}
