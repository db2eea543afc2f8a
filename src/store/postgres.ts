import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { IndexablePosting } from '../core/rank/index.js';
import {
  IMPORT_JOB_COLUMNS,
  toImportJob,
  type ImportBatch,
  type ImportJob,
  type ImportJobRow,
  type ImportJobStatus,
  type ImportLineError,
  type SpooledLine,
  type UploadProgress,
} from './import-jobs.js';
import { CREATE_MIGRATIONS_TABLE, MIGRATIONS } from './migrations.js';
import { ChangeFeed } from './postgres-changes.js';
import {
  contentParams,
  newPostingId,
  SUMMARY_COLUMNS,
  timestamp,
  POSTING_COLUMNS,
  RANKABLE_COLUMNS,
  toRankable,
  toStoredPosting,
  toSummary,
  type PostingRow,
  type RankableRow,
  type SummaryRow,
} from './rows.js';
import {
  ExternalIdConflictError,
  type AnalysisUpdate,
  type ChangeListener,
  type NewPosting,
  type PostingReplacement,
  type PostingStore,
  type PostingSummary,
  type StoredPosting,
} from './types.js';

export interface PostgresStoreOptions {
  /** Tables live in this schema (created if missing) instead of the search_path default; tests use a fresh one per run. */
  schema?: string;
  poolSize?: number;
  /** How long to wait for a connection (and for the readiness ping); an address that never answers fails start-up. */
  connectTimeoutMs?: number;
  /** The server cancels a statement after this long (statement_timeout); the client gives up a second later. */
  statementTimeoutMs?: number;
}

export const POSTGRES_TIMEOUT_DEFAULTS = { connectTimeoutMs: 5_000, statementTimeoutMs: 30_000 } as const;

/** host:port/database of a connection string, never its password: for error messages and logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;

/** Appended to every write statement so other instances hear of it when the write commits. */
const notifyFrom = (rows: string, kind: 'upsert' | 'delete'): string =>
  `SELECT ${rows}.*, pg_notify($channel, json_build_object('kind', '${kind}', 'id', ${rows}.id, 'origin', $origin::text)::text) AS notified FROM ${rows}`;

/** Named parameters ($name) to positional ones, so the statements below stay readable. */
function positional(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const names: string[] = [];
  const text = sql.replace(/\$([a-z_]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing SQL parameter ${name}`);
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: names.map((n) => params[n]) };
}

const UPSERT = `
  WITH saved AS (
    INSERT INTO postings (id, external_id, title, source, metadata, analysis, rank_input, taxonomy_version, requirement_count, created_at, updated_at)
    VALUES ($id, $external_id, $title, $source, $metadata, $analysis, $rank_input, $taxonomy_version, $requirement_count, $now, $now)
    ON CONFLICT (external_id) DO UPDATE SET
      title = EXCLUDED.title, source = EXCLUDED.source, metadata = EXCLUDED.metadata, analysis = EXCLUDED.analysis, rank_input = EXCLUDED.rank_input,
      taxonomy_version = EXCLUDED.taxonomy_version, requirement_count = EXCLUDED.requirement_count,
      revision = postings.revision + 1, updated_at = EXCLUDED.updated_at
    RETURNING ${POSTING_COLUMNS}, (xmax = 0) AS inserted
  ) ${notifyFrom('saved', 'upsert')}`;

/** UPSERT for many postings in one statement (bulk import); the batch holds each externalId at most once. */
const UPSERT_MANY = `
  WITH input AS (
    SELECT * FROM unnest($ids::text[], $external_ids::text[], $titles::text[], $sources::json[], $metadatas::json[], $analyses::json[], $rank_inputs::json[],
      $taxonomy_versions::text[], $requirement_counts::int[])
      AS t(id, external_id, title, source, metadata, analysis, rank_input, taxonomy_version, requirement_count)
  ), saved AS (
    INSERT INTO postings (id, external_id, title, source, metadata, analysis, rank_input, taxonomy_version, requirement_count, created_at, updated_at)
    SELECT id, external_id, title, source, metadata, analysis, rank_input, taxonomy_version, requirement_count, $now, $now FROM input
    ON CONFLICT (external_id) DO UPDATE SET
      title = EXCLUDED.title, source = EXCLUDED.source, metadata = EXCLUDED.metadata, analysis = EXCLUDED.analysis, rank_input = EXCLUDED.rank_input,
      taxonomy_version = EXCLUDED.taxonomy_version, requirement_count = EXCLUDED.requirement_count,
      revision = postings.revision + 1, updated_at = EXCLUDED.updated_at
    RETURNING ${POSTING_COLUMNS}
  ) ${notifyFrom('saved', 'upsert')}`;

const REPLACE = `
  WITH saved AS (
    UPDATE postings SET
      external_id = CASE WHEN $keep_external_id THEN external_id ELSE $external_id END,
      title = CASE WHEN $keep_title THEN title ELSE $title END, source = $source, metadata = $metadata, analysis = $analysis, rank_input = $rank_input, taxonomy_version = $taxonomy_version,
      requirement_count = $requirement_count, revision = revision + 1, updated_at = $now
    WHERE id = $id
    RETURNING ${POSTING_COLUMNS}
  ) ${notifyFrom('saved', 'upsert')}`;

const DELETE = `WITH gone AS (DELETE FROM postings WHERE id = $id RETURNING id) ${notifyFrom('gone', 'delete')}`;

const UPDATE_ANALYSIS = `
  WITH saved AS (
    UPDATE postings SET analysis = $analysis, rank_input = $rank_input, taxonomy_version = $taxonomy_version, requirement_count = $requirement_count,
      revision = revision + 1
    WHERE id = $id AND revision = $revision
    RETURNING id
  ) ${notifyFrom('saved', 'upsert')}`;

const isExternalIdViolation = (err: unknown): boolean => {
  const e = err as { code?: string; constraint?: string };
  return e.code === '23505' && (e.constraint ?? '').includes('external_id');
};

/**
 * PostgreSQL, for several instances behind one database. Every write notifies `channel` in the same
 * statement, so other instances hear of exactly the writes that committed.
 */
export class PostgresPostingStore implements PostingStore {
  readonly kind = 'postgres' as const;
  private readonly origin = randomUUID();
  private readonly channel: string;
  private readonly changes: ChangeFeed;

  private constructor(
    private readonly pool: pg.Pool,
    clientConfig: pg.ClientConfig,
    schema: string | undefined,
    private readonly pingTimeoutMs: number,
  ) {
    this.channel = schema ? `skill_matcher_postings__${schema}` : 'skill_matcher_postings';
    this.changes = new ChangeFeed(clientConfig, this.channel, this.origin);
  }

  static async connect(url: string, options: PostgresStoreOptions = {}): Promise<PostgresPostingStore> {
    const { schema } = options;
    const { connectTimeoutMs, statementTimeoutMs } = { ...POSTGRES_TIMEOUT_DEFAULTS, ...options };
    if (schema !== undefined && !IDENTIFIER.test(schema)) throw new Error(`"${schema}" is not a valid schema name`);
    // Without these a server that accepts connections and never answers (or is paused) hangs every call forever.
    const clientConfig: pg.ClientConfig = {
      connectionString: url,
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      query_timeout: statementTimeoutMs + 1_000,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    };
    const pool = new pg.Pool({ ...clientConfig, max: options.poolSize ?? 10 });
    // An idle connection that dies is replaced by the pool; without a listener the error would kill the process.
    pool.on('error', () => undefined);
    const store = new PostgresPostingStore(pool, clientConfig, schema, connectTimeoutMs);
    try {
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await store.migrate();
    } catch (err) {
      await pool.end().catch(() => undefined);
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`PostgreSQL at ${describePostgresUrl(url)}: ${reason}`, { cause: err });
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Instances starting together take turns; the second finds the work done.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('skill-matcher.migrations.' || current_schema()))`);
      await client.query(CREATE_MIGRATIONS_TABLE);
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
      );
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.postgres);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          timestamp(),
        ]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async run<R extends pg.QueryResultRow>(
    sql: string,
    params: Record<string, unknown>,
    client: pg.Pool | pg.PoolClient = this.pool,
  ): Promise<R[]> {
    const { text, values } = positional(sql, { ...params, channel: this.channel, origin: this.origin });
    return (await client.query<R>(text, values)).rows;
  }

  async ping(): Promise<void> {
    // pg reads query_timeout per query too; its types only know the connection-wide one.
    await this.pool.query({ text: 'SELECT 1', query_timeout: this.pingTimeoutMs } as pg.QueryConfig);
  }

  async get(id: string): Promise<StoredPosting | undefined> {
    const [row] = await this.run<PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE id = $id`, { id });
    return row ? toStoredPosting(row) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<StoredPosting[]> {
    if (ids.length === 0) return [];
    return (await this.run<PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE id = ANY($ids) ORDER BY seq`, { ids })).map(
      toStoredPosting,
    );
  }

  async getByExternalId(externalId: string): Promise<StoredPosting | undefined> {
    const [row] = await this.run<PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE external_id = $external_id`, {
      external_id: externalId,
    });
    return row ? toStoredPosting(row) : undefined;
  }

  private async upsert(posting: NewPosting, client?: pg.PoolClient): Promise<{ posting: StoredPosting; created: boolean }> {
    const params = { ...contentParams(posting), id: newPostingId(), external_id: posting.externalId, now: timestamp() };
    const [row] = await this.run<PostingRow & { inserted: boolean }>(UPSERT, params, client);
    if (!row) throw new Error('upsert returned no row');
    return { posting: toStoredPosting(row), created: row.inserted };
  }

  /** One statement for the whole batch; of postings sharing an externalId the last wins, as saving them in order would. */
  private async upsertMany(postings: readonly NewPosting[], client: pg.PoolClient): Promise<StoredPosting[]> {
    if (postings.length === 0) return [];
    const lastOfEachExternalId = new Map<string, NewPosting>();
    const unkeyed: NewPosting[] = [];
    for (const p of postings) {
      if (p.externalId === null) unkeyed.push(p);
      else {
        lastOfEachExternalId.delete(p.externalId);
        lastOfEachExternalId.set(p.externalId, p);
      }
    }
    const rows = [...lastOfEachExternalId.values(), ...unkeyed].map((p) => ({
      ...contentParams(p),
      id: newPostingId(),
      external_id: p.externalId,
    }));
    const column = (name: string) => rows.map((r) => r[name as keyof typeof r] ?? null);
    const saved = await this.run<PostingRow>(
      UPSERT_MANY,
      {
        ids: column('id'),
        external_ids: column('external_id'),
        titles: column('title'),
        sources: column('source'),
        metadatas: column('metadata'),
        analyses: column('analysis'),
        rank_inputs: column('rank_input'),
        taxonomy_versions: column('taxonomy_version'),
        requirement_counts: column('requirement_count'),
        now: timestamp(),
      },
      client,
    );
    return saved.map(toStoredPosting);
  }

  async save(posting: NewPosting): Promise<{ posting: StoredPosting; created: boolean }> {
    return this.upsert(posting);
  }

  async saveMany(postings: readonly NewPosting[]): Promise<StoredPosting[]> {
    return this.transaction(async (client) => {
      const saved: StoredPosting[] = [];
      for (const p of postings) saved.push((await this.upsert(p, client)).posting);
      return saved;
    });
  }

  async replace(id: string, replacement: PostingReplacement): Promise<StoredPosting | undefined> {
    const params = {
      ...contentParams(replacement),
      id,
      keep_external_id: replacement.externalId === undefined,
      keep_title: replacement.title === undefined,
      external_id: replacement.externalId ?? null,
      now: timestamp(),
    };
    try {
      const [row] = await this.run<PostingRow>(REPLACE, params);
      return row ? toStoredPosting(row) : undefined;
    } catch (err) {
      if (isExternalIdViolation(err) && replacement.externalId) throw new ExternalIdConflictError(replacement.externalId);
      throw err;
    }
  }

  async delete(id: string): Promise<boolean> {
    return (await this.run(DELETE, { id })).length > 0;
  }

  async list(options: { limit: number; afterSeq?: number }): Promise<PostingSummary[]> {
    const rows = await this.run<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM postings WHERE seq > $after ORDER BY seq LIMIT $limit`, {
      after: options.afterSeq ?? 0,
      limit: options.limit,
    });
    return rows.map(toSummary);
  }

  async *scan(batchSize = 1000): AsyncIterable<StoredPosting[]> {
    let after = 0;
    for (;;) {
      const rows = await this.run<PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE seq > $after ORDER BY seq LIMIT $limit`, {
        after,
        limit: batchSize,
      });
      if (rows.length === 0) return;
      after = Number((rows[rows.length - 1] as PostingRow).seq);
      yield rows.map(toStoredPosting);
    }
  }

  async *scanRankable(batchSize = 1000): AsyncIterable<IndexablePosting[]> {
    let after = 0;
    for (;;) {
      const rows = await this.run<RankableRow>(`SELECT ${RANKABLE_COLUMNS} FROM postings WHERE seq > $after ORDER BY seq LIMIT $limit`, {
        after,
        limit: batchSize,
      });
      if (rows.length === 0) return;
      after = Number((rows[rows.length - 1] as RankableRow).seq);
      yield rows.map(toRankable);
    }
  }

  async count(): Promise<number> {
    const [row] = await this.run<{ n: string }>('SELECT count(*) AS n FROM postings', {});
    return Number(row?.n ?? 0);
  }

  async idsAnalysedWithOtherVersion(version: string): Promise<string[]> {
    const rows = await this.run<{ id: string }>(
      'SELECT id FROM postings WHERE taxonomy_version < $version OR taxonomy_version > $version ORDER BY seq',
      { version },
    );
    return rows.map((r) => r.id);
  }

  async updateAnalyses(updates: readonly AnalysisUpdate[]): Promise<number> {
    return this.transaction(async (client) => {
      let written = 0;
      for (const u of updates) {
        const params = {
          id: u.id,
          revision: u.revision,
          analysis: JSON.stringify(u.analysis),
          rank_input: JSON.stringify(u.rankInput),
          taxonomy_version: u.analysis.taxonomyVersion,
          requirement_count: u.analysis.requirements.length,
        };
        written += (await this.run(UPDATE_ANALYSIS, params, client)).length;
      }
      return written;
    });
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async createImportJob(id: string, owner: string): Promise<ImportJob> {
    const [row] = await this.run<ImportJobRow>(
      `INSERT INTO import_jobs (id, status, owner, started_at, updated_at) VALUES ($id, 'receiving', $owner, $now, $now) RETURNING ${IMPORT_JOB_COLUMNS}`,
      { id, owner, now: timestamp() },
    );
    return toImportJob(row as ImportJobRow);
  }

  async getImportJob(id: string): Promise<ImportJob | undefined> {
    const [row] = await this.run<ImportJobRow>(`SELECT ${IMPORT_JOB_COLUMNS} FROM import_jobs WHERE id = $id`, { id });
    return row ? toImportJob(row) : undefined;
  }

  async importErrors(id: string, options: { afterLine?: number; limit: number }): Promise<ImportLineError[]> {
    const rows = await this.run<{ line: string; reason: string }>(
      'SELECT line, reason FROM import_errors WHERE job_id = $id AND line > $after ORDER BY line LIMIT $limit',
      {
        id,
        after: options.afterLine ?? 0,
        limit: options.limit,
      },
    );
    return rows.map((r) => ({ line: Number(r.line), reason: r.reason }));
  }

  /** Locks the job row; true when `owner` owns it. */
  private async owns(client: pg.PoolClient, id: string, owner: string): Promise<boolean> {
    const [row] = await this.run<{ owner: string | null }>('SELECT owner FROM import_jobs WHERE id = $id FOR UPDATE', { id }, client);
    return row?.owner === owner;
  }

  async spoolImportLines(id: string, owner: string, lines: readonly SpooledLine[], progress: UploadProgress): Promise<boolean> {
    return this.transaction(async (client) => {
      if (!(await this.owns(client, id, owner))) return false;
      if (lines.length > 0) {
        await this.run(
          'INSERT INTO import_lines (job_id, line, body) SELECT $id, l, b FROM unnest($lines::bigint[], $bodies::bytea[]) AS t(l, b) ON CONFLICT DO NOTHING',
          { id, lines: lines.map((l) => l.line), bodies: lines.map((l) => l.body) },
          client,
        );
      }
      await this.run(
        `UPDATE import_jobs SET received = GREATEST(received, $received), spooled = GREATEST(spooled, $spooled), upload_complete = $upload_complete,
           total = CASE WHEN $upload_complete THEN GREATEST(spooled, $spooled) ELSE total END,
           status = CASE WHEN status = 'completed' THEN status ELSE $status END, updated_at = $now
         WHERE id = $id`,
        {
          id,
          received: progress.received,
          spooled: progress.spooled,
          upload_complete: progress.uploadComplete,
          status: progress.status,
          now: timestamp(),
        },
        client,
      );
      return true;
    });
  }

  async spooledImportLines(id: string, afterLine: number, limit: number): Promise<SpooledLine[]> {
    const rows = await this.run<{ line: string; body: Buffer | null }>(
      'SELECT line, body FROM import_lines WHERE job_id = $id AND line > $after ORDER BY line LIMIT $limit',
      {
        id,
        after: afterLine,
        limit,
      },
    );
    return rows.map((r) => ({ line: Number(r.line), body: r.body }));
  }

  async commitImportBatch(id: string, owner: string, batch: ImportBatch): Promise<StoredPosting[] | undefined> {
    return this.transaction(async (client) => {
      if (!(await this.owns(client, id, owner))) return undefined;
      const moved = await this.run(
        `UPDATE import_jobs SET committed_line = $through, processed = processed + $lines, succeeded = succeeded + $succeeded, failed = failed + $failed,
           status = CASE WHEN $completes THEN 'completed' ELSE status END,
           finished_at = CASE WHEN $completes THEN $now ELSE finished_at END, updated_at = $now
         WHERE id = $id AND committed_line = $after RETURNING id`,
        {
          id,
          after: batch.afterLine,
          through: batch.throughLine,
          lines: batch.lines,
          succeeded: batch.postings.length,
          failed: batch.errors.length,
          completes: batch.completes,
          now: timestamp(),
        },
        client,
      );
      if (moved.length === 0) return undefined;
      if (batch.errors.length > 0) {
        await this.run(
          'INSERT INTO import_errors (job_id, line, reason) SELECT $id, l, r FROM unnest($lines::bigint[], $reasons::text[]) AS t(l, r) ON CONFLICT DO NOTHING',
          {
            id,
            lines: batch.errors.map((e) => e.line),
            reasons: batch.errors.map((e) => e.reason),
          },
          client,
        );
      }
      const saved = await this.upsertMany(batch.postings, client);
      if (batch.completes) await this.run('DELETE FROM import_lines WHERE job_id = $id', { id }, client);
      return saved;
    });
  }

  async staleImportJobs(before: string): Promise<ImportJob[]> {
    const rows = await this.run<ImportJobRow>(
      `SELECT ${IMPORT_JOB_COLUMNS} FROM import_jobs WHERE status <> 'completed' AND (status <> 'interrupted' OR processed < spooled) AND (owner IS NULL OR updated_at < $before) ORDER BY started_at`,
      { before },
    );
    return rows.map(toImportJob);
  }

  async releaseImportJob(id: string, owner: string): Promise<void> {
    await this.run('UPDATE import_jobs SET owner = NULL WHERE id = $id AND owner = $owner', { id, owner });
  }

  async takeOverImportJob(id: string, owner: string, expectedUpdatedAt: string, status: ImportJobStatus): Promise<ImportJob | undefined> {
    const [row] = await this.run<ImportJobRow>(
      `UPDATE import_jobs SET owner = $owner, status = $status, updated_at = $now WHERE id = $id AND updated_at = $expected AND status <> 'completed' RETURNING ${IMPORT_JOB_COLUMNS}`,
      { id, owner, status, expected: expectedUpdatedAt, now: timestamp() },
    );
    return row ? toImportJob(row) : undefined;
  }

  async watch(listener: ChangeListener): Promise<() => Promise<void>> {
    return this.changes.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.changes.close();
    await this.pool.end();
  }
}
