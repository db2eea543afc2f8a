import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
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
  type NewPosting,
  type PostingReplacement,
  type PostingStore,
  type PostingSummary,
  type StoredPosting,
} from './types.js';

/** `file:./data/x.db` or `:memory:` to a path better-sqlite3 opens. */
export function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  const path = url.replace(/^file:(\/\/)?/, '');
  // SQLite opens an empty name as a private temporary database: every write would vanish at exit.
  if (path.trim() === '')
    throw new Error(`DATABASE_URL "${url}" names no file: give a path such as file:./data/skill-matcher.db, or :memory:`);
  return path;
}

function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return new Database(path);
  } catch (err) {
    throw new Error(`SQLite cannot open ${resolve(path)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

function migrate(db: Database.Database): void {
  db.exec(CREATE_MIGRATIONS_TABLE);
  for (const migration of MIGRATIONS) {
    // IMMEDIATE takes the write lock first, so two processes opening a new file cannot both migrate.
    db.transaction(() => {
      const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version);
      if (applied) return;
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        timestamp(),
      );
    }).immediate();
  }
}

const isUniqueViolation = (err: unknown): boolean => (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The default store: one file, WAL, `synchronous = FULL` so that a write is on disk before the
 * request that made it is answered. better-sqlite3 is synchronous, so each method is one atomic step.
 */
export class SqlitePostingStore implements PostingStore {
  readonly kind = 'sqlite' as const;
  private readonly path: string;
  private readonly db: Database.Database;
  private readonly sql;

  constructor(url: string) {
    const path = sqlitePath(url);
    this.path = path === ':memory:' ? path : resolve(path);
    this.db = openDatabase(path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      migrate(this.db);
      this.assertWritable();
    } catch (err) {
      this.db.close();
      if (err instanceof Error && err.message.startsWith('SQLite cannot')) throw err;
      throw new Error(`SQLite cannot prepare ${this.path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const db = this.db;
    this.sql = {
      byId: db.prepare<[string], PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE id = ?`),
      byIds: db.prepare<[string], PostingRow>(
        `SELECT ${POSTING_COLUMNS} FROM postings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
      ),
      byExternalId: db.prepare<[string], PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE external_id = ?`),
      insert: db.prepare<[Record<string, unknown>], PostingRow>(`
        INSERT INTO postings (id, external_id, title, source, metadata, analysis, rank_input, taxonomy_version, requirement_count, created_at, updated_at)
        VALUES (@id, @external_id, @title, @source, @metadata, @analysis, @rank_input, @taxonomy_version, @requirement_count, @now, @now)
        RETURNING ${POSTING_COLUMNS}`),
      update: db.prepare<[Record<string, unknown>], PostingRow>(`
        UPDATE postings SET external_id = @external_id, title = @title, source = @source, metadata = @metadata, analysis = @analysis,
          rank_input = @rank_input, taxonomy_version = @taxonomy_version, requirement_count = @requirement_count, revision = revision + 1, updated_at = @now
        WHERE id = @id
        RETURNING ${POSTING_COLUMNS}`),
      delete: db.prepare<[string]>('DELETE FROM postings WHERE id = ?'),
      page: db.prepare<[number, number], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM postings WHERE seq > ? ORDER BY seq LIMIT ?`),
      scan: db.prepare<[number, number], PostingRow>(`SELECT ${POSTING_COLUMNS} FROM postings WHERE seq > ? ORDER BY seq LIMIT ?`),
      scanRankable: db.prepare<[number, number], RankableRow>(
        // The planner would take the rowid (the row itself, after the large columns); the covering index is the small copy.
        `SELECT ${RANKABLE_COLUMNS} FROM postings INDEXED BY postings_rankable WHERE seq > ? ORDER BY seq LIMIT ?`,
      ),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM postings'),
      // Two ranges rather than <> and no ORDER BY, so the taxonomy_version index answers it without reading the table.
      outdated: db.prepare<[{ version: string }], { id: string }>(
        'SELECT id FROM postings WHERE taxonomy_version < @version OR taxonomy_version > @version',
      ),
      updateAnalysis: db.prepare<[Record<string, unknown>]>(`
        UPDATE postings SET analysis = @analysis, rank_input = @rank_input, taxonomy_version = @taxonomy_version, requirement_count = @requirement_count,
          revision = revision + 1
        WHERE id = @id AND revision = @revision`),
      job: db.prepare<[string], ImportJobRow>(`SELECT ${IMPORT_JOB_COLUMNS} FROM import_jobs WHERE id = ?`),
      jobOwner: db.prepare<[string], { owner: string | null }>('SELECT owner FROM import_jobs WHERE id = ?'),
      createJob: db.prepare<[Record<string, unknown>], ImportJobRow>(`
        INSERT INTO import_jobs (id, status, owner, started_at, updated_at) VALUES (@id, 'receiving', @owner, @now, @now) RETURNING ${IMPORT_JOB_COLUMNS}`),
      jobErrors: db.prepare<[string, number, number], ImportLineError>(
        'SELECT line, reason FROM import_errors WHERE job_id = ? AND line > ? ORDER BY line LIMIT ?',
      ),
      spoolLine: db.prepare<[string, number, Buffer | null]>('INSERT OR IGNORE INTO import_lines (job_id, line, body) VALUES (?, ?, ?)'),
      uploadProgress: db.prepare<[Record<string, unknown>]>(`
        UPDATE import_jobs SET received = max(received, @received), spooled = max(spooled, @spooled), upload_complete = @upload_complete,
          total = CASE WHEN @upload_complete = 1 THEN max(spooled, @spooled) ELSE total END,
          status = CASE WHEN status = 'completed' THEN status ELSE @status END, updated_at = @now
        WHERE id = @id AND owner = @owner`),
      spooled: db.prepare<[string, number, number], SpooledLine>(
        'SELECT line, body FROM import_lines WHERE job_id = ? AND line > ? ORDER BY line LIMIT ?',
      ),
      recordError: db.prepare<[string, number, string]>('INSERT OR IGNORE INTO import_errors (job_id, line, reason) VALUES (?, ?, ?)'),
      batchProgress: db.prepare<[Record<string, unknown>]>(`
        UPDATE import_jobs SET committed_line = @through, processed = processed + @lines, succeeded = succeeded + @succeeded, failed = failed + @failed,
          status = CASE WHEN @completes = 1 THEN 'completed' ELSE status END,
          finished_at = CASE WHEN @completes = 1 THEN @now ELSE finished_at END, updated_at = @now
        WHERE id = @id AND owner = @owner AND committed_line = @after`),
      dropSpool: db.prepare<[string]>('DELETE FROM import_lines WHERE job_id = ?'),
      staleJobs: db.prepare<[string], ImportJobRow>(
        `SELECT ${IMPORT_JOB_COLUMNS} FROM import_jobs WHERE status <> 'completed' AND (status <> 'interrupted' OR processed < spooled) AND (owner IS NULL OR updated_at < ?) ORDER BY started_at`,
      ),
      release: db.prepare<[string, string]>('UPDATE import_jobs SET owner = NULL WHERE id = ? AND owner = ?'),
      takeOver: db.prepare<[Record<string, unknown>], ImportJobRow>(`
        UPDATE import_jobs SET owner = @owner, status = @status, updated_at = @now
        WHERE id = @id AND updated_at = @expected AND status <> 'completed'
        RETURNING ${IMPORT_JOB_COLUMNS}`),
    };
  }

  /**
   * A write that is rolled back: SQLite opens a file it may not write (permissions, a read-only mount)
   * without complaint and only fails at the first write.
   */
  private assertWritable(): void {
    try {
      this.db.exec('BEGIN IMMEDIATE; DELETE FROM schema_migrations WHERE version < 0;');
    } catch (err) {
      throw new Error(`SQLite cannot write ${this.path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    } finally {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    }
  }

  async ping(): Promise<void> {
    this.assertWritable();
  }

  async get(id: string): Promise<StoredPosting | undefined> {
    const row = this.sql.byId.get(id);
    return row ? toStoredPosting(row) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<StoredPosting[]> {
    if (ids.length === 0) return [];
    return this.sql.byIds.all(JSON.stringify(ids)).map(toStoredPosting);
  }

  async getByExternalId(externalId: string): Promise<StoredPosting | undefined> {
    const row = this.sql.byExternalId.get(externalId);
    return row ? toStoredPosting(row) : undefined;
  }

  private saveOne(posting: NewPosting): { posting: StoredPosting; created: boolean } {
    const params = { ...contentParams(posting), external_id: posting.externalId, now: timestamp() };
    const existing = posting.externalId === null ? undefined : this.sql.byExternalId.get(posting.externalId);
    if (existing) return { posting: toStoredPosting(this.sql.update.get({ ...params, id: existing.id }) as PostingRow), created: false };
    return { posting: toStoredPosting(this.sql.insert.get({ ...params, id: newPostingId() }) as PostingRow), created: true };
  }

  async save(posting: NewPosting): Promise<{ posting: StoredPosting; created: boolean }> {
    return this.db.transaction(() => this.saveOne(posting)).immediate();
  }

  async saveMany(postings: readonly NewPosting[]): Promise<StoredPosting[]> {
    return this.db.transaction(() => postings.map((p) => this.saveOne(p).posting)).immediate();
  }

  async replace(id: string, replacement: PostingReplacement): Promise<StoredPosting | undefined> {
    return this.db
      .transaction(() => {
        const current = this.sql.byId.get(id);
        if (!current) return undefined;
        const externalId = replacement.externalId === undefined ? current.external_id : replacement.externalId;
        try {
          const title = replacement.title === undefined ? current.title : replacement.title;
          const row = this.sql.update.get({ ...contentParams(replacement), title, external_id: externalId, now: timestamp(), id });
          return toStoredPosting(row as PostingRow);
        } catch (err) {
          if (isUniqueViolation(err) && externalId !== null) throw new ExternalIdConflictError(externalId);
          throw err;
        }
      })
      .immediate();
  }

  async delete(id: string): Promise<boolean> {
    return this.sql.delete.run(id).changes > 0;
  }

  async list(options: { limit: number; afterSeq?: number }): Promise<PostingSummary[]> {
    return this.sql.page.all(options.afterSeq ?? 0, options.limit).map(toSummary);
  }

  async *scan(batchSize = 1000): AsyncIterable<StoredPosting[]> {
    let after = 0;
    for (;;) {
      const rows = this.sql.scan.all(after, batchSize);
      if (rows.length === 0) return;
      after = Number((rows[rows.length - 1] as PostingRow).seq);
      yield rows.map(toStoredPosting);
    }
  }

  async *scanRankable(batchSize = 1000): AsyncIterable<IndexablePosting[]> {
    let after = 0;
    for (;;) {
      const rows = this.sql.scanRankable.all(after, batchSize);
      if (rows.length === 0) return;
      after = Number((rows[rows.length - 1] as RankableRow).seq);
      yield rows.map(toRankable);
    }
  }

  async count(): Promise<number> {
    return this.sql.count.get()?.n ?? 0;
  }

  async idsAnalysedWithOtherVersion(version: string): Promise<string[]> {
    return this.sql.outdated.all({ version }).map((r) => r.id);
  }

  async updateAnalyses(updates: readonly AnalysisUpdate[]): Promise<number> {
    return this.db
      .transaction(() => {
        let written = 0;
        for (const u of updates) {
          written += this.sql.updateAnalysis.run({
            id: u.id,
            revision: u.revision,
            analysis: JSON.stringify(u.analysis),
            rank_input: JSON.stringify(u.rankInput),
            taxonomy_version: u.analysis.taxonomyVersion,
            requirement_count: u.analysis.requirements.length,
          }).changes;
        }
        return written;
      })
      .immediate();
  }

  async createImportJob(id: string, owner: string): Promise<ImportJob> {
    return toImportJob(this.sql.createJob.get({ id, owner, now: timestamp() }) as ImportJobRow);
  }

  async getImportJob(id: string): Promise<ImportJob | undefined> {
    const row = this.sql.job.get(id);
    return row ? toImportJob(row) : undefined;
  }

  async importErrors(id: string, options: { afterLine?: number; limit: number }): Promise<ImportLineError[]> {
    return this.sql.jobErrors.all(id, options.afterLine ?? 0, options.limit);
  }

  async spoolImportLines(id: string, owner: string, lines: readonly SpooledLine[], progress: UploadProgress): Promise<boolean> {
    return this.db
      .transaction(() => {
        if (this.sql.jobOwner.get(id)?.owner !== owner) return false;
        for (const l of lines) this.sql.spoolLine.run(id, l.line, l.body);
        this.sql.uploadProgress.run({ ...progress, upload_complete: progress.uploadComplete ? 1 : 0, id, owner, now: timestamp() });
        return true;
      })
      .immediate();
  }

  async spooledImportLines(id: string, afterLine: number, limit: number): Promise<SpooledLine[]> {
    return this.sql.spooled.all(id, afterLine, limit);
  }

  async commitImportBatch(id: string, owner: string, batch: ImportBatch): Promise<StoredPosting[] | undefined> {
    return this.db
      .transaction(() => {
        const moved = this.sql.batchProgress.run({
          id,
          owner,
          through: batch.throughLine,
          after: batch.afterLine,
          lines: batch.lines,
          succeeded: batch.postings.length,
          failed: batch.errors.length,
          completes: batch.completes ? 1 : 0,
          now: timestamp(),
        }).changes;
        // Another instance took the job over, or this batch was committed already: write nothing.
        if (moved === 0) return undefined;
        for (const e of batch.errors) this.sql.recordError.run(id, e.line, e.reason);
        const saved = batch.postings.map((p) => this.saveOne(p).posting);
        if (batch.completes) this.sql.dropSpool.run(id);
        return saved;
      })
      .immediate();
  }

  async staleImportJobs(before: string): Promise<ImportJob[]> {
    return this.sql.staleJobs.all(before).map(toImportJob);
  }

  async releaseImportJob(id: string, owner: string): Promise<void> {
    this.sql.release.run(id, owner);
  }

  async takeOverImportJob(id: string, owner: string, expectedUpdatedAt: string, status: ImportJobStatus): Promise<ImportJob | undefined> {
    const row = this.sql.takeOver.get({ id, owner, status, expected: expectedUpdatedAt, now: timestamp() });
    return row ? toImportJob(row) : undefined;
  }

  async watch(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
