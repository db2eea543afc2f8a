/**
 * @skill-matcher/client: a typed client for the skill-matcher API. The types are generated from the service's
 * OpenAPI document (`npm run generate`); requests go through openapi-fetch, so every path, body and answer is
 * checked by TypeScript. Errors come back as SkillMatcherError carrying the RFC 9457 problem.
 */
import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };

type Schemas = components['schemas'];
export type FitReport = Schemas['FitReport'];
export type MatchRequest = Schemas['MatchRequest'];
export type PostingAnalysis = Schemas['PostingAnalysis'];
export type PostingSource = Schemas['PostingSource'];
export type ResumeInput = Schemas['ResumeInput'];
export type ResumeProfile = Schemas['ResumeProfile'];
export type RankRequest = Schemas['RankRequest'];
export type RankResult = Schemas['RankResult'];
export type SkillSearchResult = Schemas['SkillSearchResult'];
export type Problem = Schemas['Problem'];

export interface SkillMatcherClientOptions {
  /** The service's address, e.g. "https://skills.example.com". */
  baseUrl: string;
  /** A key from the service's API_KEYS: needed for catalogue writes (and reads when REQUIRE_KEY_FOR_READS is on). */
  apiKey?: string;
  /** Another fetch (tests, proxies, retries). */
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
}

/** An answer other than 2xx: the problem+json the service sent (status, title, detail, field errors). */
export class SkillMatcherError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `skill-matcher answered ${status}`);
    this.name = 'SkillMatcherError';
    this.status = status;
    this.problem = problem;
  }
}

function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new SkillMatcherError(result.response.status, result.error as Problem | undefined);
}

export interface SkillMatcherClient {
  /** The generated openapi-fetch client: every operation, fully typed (`api.GET('/v1/skills', …)`). */
  api: Client<paths>;
  /** Score how well a résumé fits a posting (POST /v1/match). */
  match(body: MatchRequest): Promise<FitReport>;
  /**
   * Score a résumé file (PDF, DOCX, text, JSON Resume) against a posting's text: multipart POST /v1/match with the
   * parts `posting` and `file`. The report carries `resumeText`, the text read from the file, when the service
   * returns it.
   */
  matchFile(posting: string, file: Blob, filename?: string): Promise<FitReport & { resumeText?: string }>;
  /** The skills a posting asks for (POST /v1/postings/extract). */
  extractPosting(body: PostingSource): Promise<PostingAnalysis>;
  /** Read a résumé into taxonomy skills (POST /v1/resumes/extract). */
  extractResume(body: ResumeInput): Promise<ResumeProfile>;
  /** Skill autocomplete (GET /v1/skills?q=). */
  searchSkills(q: string, limit?: number): Promise<SkillSearchResult>;
  /** The stored postings that fit a résumé best (POST /v1/rank). */
  rank(body: RankRequest): Promise<RankResult>;
}

export function createSkillMatcherClient(options: SkillMatcherClientOptions): SkillMatcherClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = { ...options.headers, ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) };
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const api = createFetchClient<paths>({ baseUrl, headers, fetch: fetchImpl });
  return {
    api,
    match: async (body) => unwrap(await api.POST('/v1/match', { body })),
    matchFile: async (posting, file, filename = 'resume') => {
      const form = new FormData();
      form.append('posting', posting);
      form.append('file', file, filename);
      const response = await fetchImpl(`${baseUrl}/v1/match`, {
        method: 'POST',
        body: form,
        headers: { ...headers, accept: 'application/json' },
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw new SkillMatcherError(response.status, body as Problem | undefined);
      return body as FitReport & { resumeText?: string };
    },
    extractPosting: async (body) => unwrap(await api.POST('/v1/postings/extract', { body })),
    extractResume: async (body) => unwrap(await api.POST('/v1/resumes/extract', { body })),
    searchSkills: async (q, limit) =>
      unwrap(await api.GET('/v1/skills', { params: { query: { q, ...(limit !== undefined ? { limit } : {}) } } })),
    rank: async (body) => unwrap(await api.POST('/v1/rank', { body })),
  };
}
