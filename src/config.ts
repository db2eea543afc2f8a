import { availableParallelism } from 'node:os';
import { z } from 'zod';

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the service reads from the environment, with defaults that work on a laptop. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: csv.default([]).describe('Comma-separated origins allowed to call the API from browsers; "*" allows any.'),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  MAX_TEXT_LENGTH: z.coerce
    .number()
    .int()
    .min(100)
    .max(10 * 1024 * 1024)
    .default(100_000),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/|:memory:$)/, 'must start with file:, postgres:// or postgresql://, or be :memory:')
    .refine(
      (url) => !/^file:(\/\/)?\s*$/.test(url),
      'file: needs a path, e.g. file:./data/skill-matcher.db (an empty one would be a temporary database)',
    )
    .default('file:./data/skill-matcher.db'),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(5_000)
    .describe('PostgreSQL: longest wait for a connection and for the /readyz ping.'),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(30_000)
    .describe('PostgreSQL: statement_timeout of every connection.'),
  API_KEYS: csv.default([]).describe('Comma-separated keys for catalogue writes (`Authorization: Bearer <key>`).'),
  REQUIRE_KEY_FOR_READS: bool.default(false),
  MAX_RESUMES_PER_RANK: z.coerce.number().int().min(1).max(10_000).default(200),
  MAX_LIST_ITEMS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(500)
    .describe('Largest page of the posting list (`limit` of `GET /v1/postings`; 400 above it).'),
  RATE_LIMIT_MAX: z.coerce
    .number()
    .int()
    .min(0)
    .default(600)
    .describe('Requests per client per window (429 with `Retry-After`); `0` turns it off.'),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(10_000)
    .describe('Time allowed to receive a whole request (408 problem+json after it).'),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(1000)
    .describe('Above this event-loop delay the service answers 503 with `Retry-After`; `0` turns it off.'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024)
    .describe('Largest uploaded résumé or posting file.'),
  MAX_FILE_PAGES: z.coerce.number().int().min(1).max(10_000).default(50),
  FILE_PARSE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(2000)
    .describe('Time allowed to read one file; its worker thread is stopped after it.'),
  WORKERS: z.coerce
    .number()
    .int()
    .min(0)
    .max(256)
    .default(availableParallelism())
    .describe('Worker threads for posting analysis and fit scoring; 0 runs them on the event loop.'),
  BULK_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * 1024 ** 3)
    .describe('Largest NDJSON upload to /v1/postings/bulk in bytes (BODY_LIMIT does not apply to it; each line is held to BODY_LIMIT).'),
  BULK_IMPORT_MAX_LINES: z.coerce.number().int().min(1).default(1_000_000).describe('Most non-blank lines in one bulk import.'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value throws a message that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = ConfigSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/** Defaults for tests and embedding: the same parse, with overrides. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({
    DATABASE_URL: ':memory:',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '0',
    MAX_EVENT_LOOP_DELAY_MS: '0',
    WORKERS: '0',
    ...overrides,
  });
}
