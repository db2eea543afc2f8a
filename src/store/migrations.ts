/**
 * `rank_input` is the part of `analysis` the rank index reads, so that building the index at start-up
 * parses a fraction of the JSON.
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
];

export const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;
