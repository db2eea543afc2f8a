export interface FileLimits {
  /** Largest file in bytes. */
  maxBytes: number;
  /** Most pages in a PDF. */
  maxPages: number;
  /** Time allowed to read one file, queueing included; the worker is terminated when it runs out. */
  timeoutMs: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxBytes: 5 * 1024 * 1024, maxPages: 50, timeoutMs: 2000 };
