/**
 * `rank_input` is the part of `analysis` the rank index reads, packed (src/core/rank/packed.ts), so
 * that building the index at start-up parses a few hundred bytes per posting; rows written before
 * packing hold the same part as plain JSON, and the index reads both.
 *
 * Versioned schema changes, one entry per version, in both dialects. Never edit an applied entry:
 * add a new version. Each store applies the versions missing from its `schema_migrations` table,
 * in order, each in its own transaction.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create postings',
    sqlite: `
      CREATE TABLE postings (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        external_id TEXT UNIQUE,
        title TEXT,
        source TEXT NOT NULL,
        metadata TEXT,
        analysis TEXT NOT NULL,
        rank_input TEXT NOT NULL,
        taxonomy_version TEXT NOT NULL,
        requirement_count INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX postings_taxonomy_version ON postings (taxonomy_version);
    `,
    // json rather than jsonb: kept verbatim, and jsonb rejects the \u0000 escape a scraped posting may hold.
    postgres: `
      CREATE TABLE postings (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        external_id TEXT UNIQUE,
        title TEXT,
        source JSON NOT NULL,
        metadata JSON,
        analysis JSON NOT NULL,
        rank_input JSON NOT NULL,
        taxonomy_version TEXT NOT NULL,
        requirement_count INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX postings_taxonomy_version ON postings (taxonomy_version);
    `,
  },
  {
    version: 2,
    name: 'create import jobs',
    // Times are ISO 8601 text in both dialects: the store compares them as strings (lease expiry).
    // import_lines keeps an upload's lines until they are processed (bytes: a line may hold NUL or invalid UTF-8).
    sqlite: `
      CREATE TABLE import_jobs (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        owner TEXT,
        received INTEGER NOT NULL DEFAULT 0,
        spooled INTEGER NOT NULL DEFAULT 0,
        upload_complete INTEGER NOT NULL DEFAULT 0,
        total INTEGER,
        committed_line INTEGER NOT NULL DEFAULT 0,
        processed INTEGER NOT NULL DEFAULT 0,
        succeeded INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX import_jobs_unfinished ON import_jobs (updated_at) WHERE status <> 'completed';
      CREATE TABLE import_lines (
        job_id TEXT NOT NULL,
        line INTEGER NOT NULL,
        body BLOB,
        PRIMARY KEY (job_id, line)
      ) WITHOUT ROWID;
      CREATE TABLE import_errors (
        job_id TEXT NOT NULL,
        line INTEGER NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (job_id, line)
      ) WITHOUT ROWID;
    `,
    postgres: `
      CREATE TABLE import_jobs (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        owner TEXT,
        received BIGINT NOT NULL DEFAULT 0,
        spooled BIGINT NOT NULL DEFAULT 0,
        upload_complete BOOLEAN NOT NULL DEFAULT FALSE,
        total BIGINT,
        committed_line BIGINT NOT NULL DEFAULT 0,
        processed BIGINT NOT NULL DEFAULT 0,
        succeeded BIGINT NOT NULL DEFAULT 0,
        failed BIGINT NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX import_jobs_unfinished ON import_jobs (updated_at) WHERE status <> 'completed';
      CREATE TABLE import_lines (
        job_id TEXT NOT NULL,
        line BIGINT NOT NULL,
        body BYTEA,
        PRIMARY KEY (job_id, line)
      );
      CREATE TABLE import_errors (
        job_id TEXT NOT NULL,
        line BIGINT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (job_id, line)
      );
    `,
  },
  {
    version: 3,
    name: 'index the rank inputs',
    // SQLite keeps a row's columns together and rank_input comes after the large source and analysis,
    // so reading it walks their overflow pages: the start-up scan read the whole file. A covering index
    // in seq order holds just what the scan reads (a third of the time at 300,000 postings).
    // PostgreSQL moves large values out of line (TOAST), so its scan already reads only small rows.
    sqlite: `CREATE INDEX postings_rankable ON postings (seq, id, external_id, title, rank_input);`,
    postgres: `SELECT 1;`,
  },
];

export const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;
