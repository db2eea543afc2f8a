import { z } from 'zod';
import { NO_NUL_MESSAGE, noNul, SkillIdNameSchema, TaxonomyVersionSchema } from './common.js';
import { EXAMPLE_POSTING_TEXT, JsonResumeJobSchema, PostingAnalysisSchema, SchemaOrgJobPostingSchema } from './postings.js';
import { EXAMPLE_RESUME, ResumeInputSchema } from './resumes.js';

// ---- The stored catalogue -------------------------------------------------------------------

const ExternalIdSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(noNul, NO_NUL_MESSAGE)
  .describe('Your own key for the posting (an ATS id, a URL). Unique in the catalogue.');
const TitleSchema = z.string().min(1).max(500).refine(noNul, NO_NUL_MESSAGE);
const MetadataSchema = z.record(z.string(), z.unknown()).describe('Any JSON object; stored and returned as given.');
const TimestampSchema = z.string().describe('ISO 8601, UTC.');

const postingFields = {
  text: z.string().optional().describe('The posting as pasted or scraped.'),
  jobPosting: SchemaOrgJobPostingSchema.optional(),
  job: JsonResumeJobSchema.optional(),
  externalId: ExternalIdSchema.optional(),
  title: TitleSchema.optional().describe('Defaults to the title of a jobPosting or job, if it has one.'),
  metadata: MetadataSchema.optional(),
};

const oneSource = (b: { text?: unknown; jobPosting?: unknown; job?: unknown }): boolean =>
  [b.text, b.jobPosting, b.job].filter((x) => x !== undefined).length === 1;

/** A jobPosting's or job's title becomes the stored title when none is given, so it is held to the same rule. */
const structuredTitleWithoutNul = (
  b: { title?: unknown; jobPosting?: { title?: unknown }; job?: { title?: unknown } },
  ctx: z.RefinementCtx,
): void => {
  if (b.title !== undefined) return;
  for (const key of ['jobPosting', 'job'] as const) {
    const title = b[key]?.title;
    if (typeof title === 'string' && !noNul(title)) ctx.addIssue({ code: 'custom', path: [key, 'title'], message: NO_NUL_MESSAGE });
  }
};

const EXAMPLE_POSTING_WRITE = {
  text: EXAMPLE_POSTING_TEXT,
  externalId: 'ats-4711',
  title: 'Data Analyst Intern',
  metadata: { location: 'Berlin', team: 'Marketplace analytics' },
};

export const CreatePostingBodySchema = z
  .object(postingFields)
  .refine(oneSource, { message: 'give exactly one of text, jobPosting or job' })
  .superRefine(structuredTitleWithoutNul)
  .meta({
    id: 'PostingCreate',
    description:
      'Exactly one of `text`, `jobPosting` or `job`. With an `externalId` already in the catalogue, that posting is replaced instead.',
    example: EXAMPLE_POSTING_WRITE,
  });

export const ReplacePostingBodySchema = z
  .object(postingFields)
  .refine(oneSource, { message: 'give exactly one of text, jobPosting or job' })
  .superRefine(structuredTitleWithoutNul)
  .meta({
    id: 'PostingReplace',
    description:
      'The new content: source and metadata are replaced (an omitted metadata is cleared). An omitted title keeps the stored one ' +
      '(unless the new jobPosting or job has its own); an omitted externalId is kept.',
    example: EXAMPLE_POSTING_WRITE,
  });

export const StoredPostingSchema = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    title: z.string().nullable(),
    metadata: MetadataSchema.nullable(),
    analysis: PostingAnalysisSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema.describe('Last write by a client. Re-analysis after a taxonomy update changes taxonomyVersion, not this.'),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'StoredPosting' });

export const PostingIdParamsSchema = z.object({ id: z.string().min(1).max(100).refine(noNul, NO_NUL_MESSAGE) });

export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const postingListQuerySchema = (maxItems: number) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(maxItems).default(Math.min(50, maxItems)),
    cursor: z
      .string()
      .regex(CURSOR_PATTERN, 'must be a nextCursor from a previous page')
      .optional()
      .describe('nextCursor from the previous page.'),
  });

export const PostingListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        externalId: z.string().nullable(),
        title: z.string().nullable(),
        createdAt: TimestampSchema,
        updatedAt: TimestampSchema,
        requirementCount: z.number().int(),
      }),
    ),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({
    id: 'PostingList',
    description: 'Oldest first. A posting added while paging appears on a later page; none is skipped or repeated.',
  });

// ---- Ranking ---------------------------------------------------------------------------------

export const RANK_LIMIT = { default: 20, max: 100 } as const;

export const RankBodySchema = z
  .object({
    resume: ResumeInputSchema,
    filter: z
      .object({
        ids: z.array(z.string().max(100)).max(1000).optional(),
        externalIds: z.array(z.string().max(200)).max(1000).optional(),
      })
      .optional()
      .describe('Rank only these postings (those matching either list); without it, the whole catalogue.'),
    limit: z.number().int().min(1).max(RANK_LIMIT.max).default(RANK_LIMIT.default),
  })
  .meta({ id: 'RankRequest', example: { resume: EXAMPLE_RESUME, limit: 10 } });

const FitSummaryFields = {
  score: z.number().min(0).max(100),
  skillsScore: z
    .number()
    .min(0)
    .max(100)
    .describe('The score from skills alone, before the eligibility, experience and occupation factors.'),
  band: z.enum(['strong', 'good', 'partial', 'weak']),
  eligibility: z.enum(['meets', 'unmet', 'unknown']),
  dealbreakers: z.array(z.string()).describe('Unmet dealbreakers (enrolment, graduation window, a required degree level).'),
  matched: z.array(SkillIdNameSchema).describe('Up to 5 requirements the résumé fully meets, heaviest first.'),
  missing: z.array(SkillIdNameSchema).describe('Up to 5 gaps (missing or only partly met), costliest first.'),
};

export const RankResultSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        externalId: z.string().nullable(),
        title: z.string().nullable(),
        ...FitSummaryFields,
      }),
    ),
    total: z.number().int().describe('How many postings were ranked: the catalogue, or those the filter selected.'),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'RankResult', description: 'Best fit first; equal scores by posting id.' });

export const RankResumesBodySchema = z
  .object({ resumes: z.array(ResumeInputSchema).min(1).max(10_000) })
  .meta({ id: 'RankResumesRequest', example: { resumes: [EXAMPLE_RESUME, { skills: [{ name: 'Excel' }, { name: 'SPSS' }] }] } });

export const RankResumesResultSchema = z
  .object({
    items: z.array(z.object({ index: z.number().int().describe('Position of the résumé in the request.'), ...FitSummaryFields })),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'RankResumesResult', description: 'Best fit first; equal scores by index.' });

// ---- Re-analysis after a taxonomy change ----------------------------------------------------

export const ReanalysisSchema = z
  .object({
    status: z
      .enum(['idle', 'running', 'completed', 'failed'])
      .describe(
        'idle: not started yet; running: batches are being re-analysed; completed: every outdated posting is done; failed: the run stopped (see the log).',
      ),
    taxonomyVersion: z.string().describe('The taxonomy version stored postings are brought to (this service’s).'),
    outdated: z.number().int().describe('Postings stored under another taxonomy version when the service started.'),
    processed: z.number().int().describe('Outdated postings handled so far. Only grows.'),
    updated: z
      .number()
      .int()
      .describe(
        'Postings whose analysis was replaced; one edited meanwhile keeps its newer analysis, one another instance did first is skipped.',
      ),
    failed: z.number().int().describe('Postings whose source could not be analysed; they keep their previous analysis (logged).'),
    startedAt: TimestampSchema.optional(),
    finishedAt: TimestampSchema.optional(),
    etaSeconds: z.number().int().optional().describe('Estimated seconds left, from the rate so far.'),
  })
  .meta({ id: 'Reanalysis' });
