import { randomUUID } from 'node:crypto';
import type { PostingSource } from '../core/intake/posting-source.js';
import type { AnalysedPosting } from '../core/posting.js';
import type { IndexablePosting, StoredRankInput } from '../core/rank/index.js';
import type { PostingContent, PostingMetadata, PostingSummary, StoredPosting } from './types.js';

/** A postings row as both drivers return it; JSON columns arrive as text (SQLite) or parsed (pg). rank_input is not selected. */
export interface PostingRow {
  seq: number | string;
  id: string;
  external_id: string | null;
  title: string | null;
  source: string | object;
  metadata: string | object | null;
  analysis: string | object;
  taxonomy_version: string;
  requirement_count: number;
  revision: number;
  created_at: string | Date;
  updated_at: string | Date;
}

export interface RankableRow {
  seq: number | string;
  id: string;
  external_id: string | null;
  title: string | null;
  rank_input: string | object;
}

export type SummaryRow = Pick<PostingRow, 'seq' | 'id' | 'external_id' | 'title' | 'requirement_count' | 'created_at' | 'updated_at'>;

export const newPostingId = (): string => randomUUID();
export const timestamp = (): string => new Date().toISOString();

const json = <T>(value: string | object): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const iso = (value: string | Date): string => (value instanceof Date ? value.toISOString() : value);

export function toSummary(row: SummaryRow): PostingSummary {
  return {
    id: row.id,
    seq: Number(row.seq),
    externalId: row.external_id,
    title: row.title,
    requirementCount: row.requirement_count,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toStoredPosting(row: PostingRow): StoredPosting {
  return {
    id: row.id,
    seq: Number(row.seq),
    revision: row.revision,
    externalId: row.external_id,
    title: row.title,
    source: json<PostingSource>(row.source),
    metadata: row.metadata === null ? null : json<PostingMetadata>(row.metadata),
    analysis: json<AnalysedPosting>(row.analysis),
    taxonomyVersion: row.taxonomy_version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toRankable(row: RankableRow): IndexablePosting {
  return {
    id: row.id,
    seq: Number(row.seq),
    externalId: row.external_id,
    title: row.title,
    analysis: json<StoredRankInput>(row.rank_input),
  };
}

export const POSTING_COLUMNS =
  'seq, id, external_id, title, source, metadata, analysis, taxonomy_version, requirement_count, revision, created_at, updated_at';
export const RANKABLE_COLUMNS = 'seq, id, external_id, title, rank_input';
export const SUMMARY_COLUMNS = 'seq, id, external_id, title, requirement_count, created_at, updated_at';

/** The column values of a posting's content, the same for both drivers. */
export function contentParams(content: Omit<PostingContent, 'title'> & { title?: string | null }): Record<string, unknown> {
  return {
    title: content.title ?? null,
    source: JSON.stringify(content.source),
    metadata: content.metadata === null ? null : JSON.stringify(content.metadata),
    analysis: JSON.stringify(content.analysis),
    rank_input: JSON.stringify(content.rankInput),
    taxonomy_version: content.analysis.taxonomyVersion,
    requirement_count: content.analysis.requirements.length,
  };
}
