import { z } from 'zod';
import { EvidenceSchema, LevelSchema, NO_NUL_MESSAGE, noNul, SkillIdNameSchema, SkillRefSchema, TaxonomyVersionSchema } from './common.js';
import { EXAMPLE_POSTING_TEXT, JsonResumeJobSchema, SchemaOrgJobPostingSchema } from './postings.js';
import { EXAMPLE_RESUME, ResumeEvidenceSchema, ResumeInputSchema } from './resumes.js';

export const LevelWeightsSchema = z
  .object({
    required: z.number().min(0).max(100).default(1),
    preferred: z.number().min(0).max(100).default(0.5),
    mentioned: z.number().min(0).max(100).default(0.25),
  })
  .meta({ id: 'LevelWeights' });

export const PostingRefSchema = z
  .object({
    text: z.string().optional(),
    jobPosting: SchemaOrgJobPostingSchema.optional(),
    job: JsonResumeJobSchema.optional(),
    id: z.string().max(100).refine(noNul, NO_NUL_MESSAGE).optional().describe('A stored posting\'s id.'),
  })
  .refine((p) => [p.text, p.jobPosting, p.job, p.id].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, jobPosting, job or id',
  })
  .meta({ id: 'PostingRef' });

export const MatchBodySchema = z
  .object({
    posting: PostingRefSchema,
    resume: ResumeInputSchema,
    weights: LevelWeightsSchema.optional(),
  })
  .meta({ id: 'MatchRequest', example: { posting: { text: EXAMPLE_POSTING_TEXT }, resume: EXAMPLE_RESUME } });

const BreakdownSchema = z.object({
  weight: z.number(),
  earned: z.number(),
  possible: z.number(),
  coverage: z.number(),
  matched: z.number().int(),
  partial: z.number().int(),
  missing: z.number().int(),
});

export const FitReportSchema = z
  .object({
    score: z.number().min(0).max(100),
    band: z.enum(['strong', 'good', 'partial', 'weak']),
    breakdown: z.object({ required: BreakdownSchema, preferred: BreakdownSchema, mentioned: BreakdownSchema }),
    requirements: z.array(
      z.object({
        skill: SkillRefSchema,
        level: LevelSchema,
        weight: z.number(),
        status: z.enum(['matched', 'partial', 'missing']),
        credit: z.number().min(0).max(1),
        via: z.enum(['exact', 'alias', 'narrower', 'broader', 'related', 'group']).optional(),
        candidateSkill: SkillIdNameSchema.optional(),
        group: z.string().optional(),
        postingEvidence: z.array(EvidenceSchema),
        resumeEvidence: z.array(ResumeEvidenceSchema),
      }),
    ),
    groups: z.array(
      z.object({
        id: z.string(),
        level: LevelSchema,
        skills: z.array(z.string()),
        satisfied: z.boolean(),
        credit: z.number(),
        satisfiedBy: SkillIdNameSchema.optional(),
        text: z.string(),
      }),
    ),
    gaps: z.array(z.object({ skill: SkillIdNameSchema, level: LevelSchema, cost: z.number(), alternatives: z.array(SkillIdNameSchema).optional() })),
    extras: z.array(SkillIdNameSchema),
    summary: z.string(),
    weights: z.object({ required: z.number(), preferred: z.number(), mentioned: z.number() }),
    taxonomyVersion: TaxonomyVersionSchema,
    scoringVersion: z.string(),
    resumeText: z.string().optional().describe('For a résumé file: the text read from it; résumé evidence offsets refer to this text.'),
    postingText: z.string().optional().describe('For a posting file: the text read from it; posting evidence offsets refer to this text.'),
  })
  .meta({ id: 'FitReport' });
