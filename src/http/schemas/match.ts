import { OccupationRefSchema } from './occupations.js';
import { z } from 'zod';
import { EvidenceSchema, LevelSchema, NO_NUL_MESSAGE, noNul, SkillIdNameSchema, SkillRefSchema, TaxonomyVersionSchema } from './common.js';
import { EXAMPLE_POSTING_TEXT, JsonResumeJobSchema, PostingTitleSchema, SchemaOrgJobPostingSchema } from './postings.js';
import { EXAMPLE_RESUME, ResumeEvidenceSchema, ResumeInputSchema } from './resumes.js';

export const LevelWeightsSchema = z
  .object({
    required: z.number().min(0).max(100).default(1),
    preferred: z.number().min(0).max(100).default(0.5),
    mentioned: z.number().min(0).max(100).default(0.25),
  })
  .meta({ id: 'LevelWeights' });

export const KindWeightsSchema = z
  .object({
    hard: z.number().min(0).max(100).default(1),
    language: z.number().min(0).max(100).default(1),
    professional: z.number().min(0).max(100).default(0.4),
    trait: z.number().min(0).max(100).default(0.1),
  })
  .partial()
  .meta({
    id: 'KindWeights',
    description:
      'Weight by skill kind: tools, methods, domains and languages outweigh professional skills; personality traits weigh least.',
  });

export const PostingRefSchema = z
  .object({
    text: z.string().optional(),
    title: PostingTitleSchema,
    jobPosting: SchemaOrgJobPostingSchema.optional(),
    job: JsonResumeJobSchema.optional(),
    id: z.string().max(100).refine(noNul, NO_NUL_MESSAGE).optional().describe("A stored posting's id."),
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
    kindWeights: KindWeightsSchema.optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/)
      .optional()
      .describe('The month (YYYY-MM) enrolment, graduation and years of experience are judged at; defaults to the current month.'),
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

const KindBreakdownSchema = z.object({
  weight: z.number(),
  earned: z.number(),
  possible: z.number(),
  coverage: z.number(),
  units: z.number().int(),
});
export const ReportKindSchema = z.enum(['hard', 'language', 'professional', 'trait']).meta({ id: 'ReportKind' });
const CheckStatusSchema = z.enum(['meets', 'unmet', 'unknown']);

export const EligibilitySchema = z
  .object({
    status: CheckStatusSchema.describe('unmet when any check is unmet; unknown when none is unmet and the résumé does not say for some.'),
    checks: z.array(
      z.object({
        kind: z.enum(['degree-level', 'field-of-study', 'enrolment', 'graduation-window', 'years-of-experience']),
        skill: SkillIdNameSchema.optional().describe('For years scoped to a skill ("3+ years with SQL").'),
        required: z.string(),
        found: z.string().optional(),
        status: CheckStatusSchema,
        dealbreaker: z.boolean().describe('An unmet dealbreaker (enrolment, graduation window, a required degree level) halves the score.'),
        evidence: z.object({
          posting: EvidenceSchema.optional(),
          resume: z
            .object({
              text: z.string(),
              field: z.string().optional(),
              start: z.number().int().optional(),
              end: z.number().int().optional(),
            })
            .optional(),
        }),
      }),
    ),
  })
  .meta({ id: 'Eligibility' });

export const FitReportSchema = z
  .object({
    score: z
      .number()
      .min(0)
      .max(100)
      .describe(
        '((1 − occupation.weight − focus.weight) × skillsScore + occupation.weight × 100 × occupation.credit + focus.weight × 100 × focus.share) × factors.product, to one decimal (focus counts only once some requirement is met); equals the sum of requirements[].points, occupation.points and focus.points.',
      ),
    skillsScore: z
      .number()
      .min(0)
      .max(100)
      .describe('The score from skills alone, before the eligibility, experience and occupation factors.'),
    band: z.enum(['strong', 'good', 'partial', 'weak']),
    factors: z
      .object({ eligibility: z.number(), experience: z.number(), product: z.number() })
      .describe('What scales the whole score: eligibility × experience = product.'),
    eligibility: EligibilitySchema,
    experience: z.object({ requiredYears: z.number().optional(), years: z.number().optional(), factor: z.number() }),
    occupation: z
      .object({
        posting: OccupationRefSchema.optional(),
        resume: OccupationRefSchema.optional(),
        relation: z
          .enum(['same', 'same-group', 'same-family', 'unrelated', 'unstated', 'unknown'])
          .describe(
            'same occupation; same ISCO-08 unit group; same career family (e.g. HR manager and HR officer); unrelated; unstated when the résumé names no job title the service can read; unknown when the posting has no occupation.',
          ),
        family: z
          .object({ id: z.string(), name: z.string() })
          .optional()
          .describe('The career family shared, when relation is same-family.'),
        weight: z
          .number()
          .describe(
            'Share of the score the occupation part carries: 0.3; 1 when the posting names no skill the service knows (the occupation alone is judged); 0 when the posting or the résumé names no occupation (unknown, unstated).',
          ),
        credit: z.number().describe('same 1, same-group 0.9, same-family 0.7, unrelated 0.'),
        points: z
          .number()
          .describe(
            "The occupation part's points in the score (weight × credit × 100 × factors.product); with requirements[].points and focus.points they add up to score.",
          ),
      })
      .describe('The occupation part of the score.'),
    focus: z
      .object({
        share: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('inArea / hardSkills, to 0.001; absent when the part is left out (either side names no hard skill).'),
        hardSkills: z.number().int().describe("The résumé's distinct hard skills."),
        inArea: z.number().int().describe("How many of them lie in the posting's areas."),
        areas: z.array(z.string()).describe("The posting's areas: the categories of its hard skills."),
        outside: z.array(SkillIdNameSchema).describe("Up to 10 of the résumé's hard skills outside those areas."),
        weight: z.number().describe('Share of the score the focus part carries: 0.25, or 0 when left out.'),
        points: z
          .number()
          .describe("The focus part's points in the score (weight × share × 100 × factors.product; 0 while no requirement is met)."),
        note: z.string().optional().describe('Why the part is left out or earns nothing.'),
      })
      .describe(
        "The focus part of the score: how much of what the résumé brings is about this job — the share of its hard skills in the posting's areas.",
      ),
    breakdown: z
      .object({ required: BreakdownSchema, preferred: BreakdownSchema, mentioned: BreakdownSchema })
      .describe('Scoring units by level (an alternatives group is one unit).'),
    byKind: z.object({
      hard: KindBreakdownSchema,
      language: KindBreakdownSchema,
      professional: KindBreakdownSchema,
      trait: KindBreakdownSchema,
    }),
    requirements: z.array(
      z.object({
        skill: SkillRefSchema,
        kind: ReportKindSchema,
        level: LevelSchema,
        weight: z.number(),
        status: z
          .enum(['matched', 'partial', 'missing', 'covered'])
          .describe('covered: an alternatives group satisfied through another member.'),
        credit: z.number().min(0).max(1),
        points: z.number().min(0).max(100).describe("This row's contribution to the score, to 0.01; the rows add up to score."),
        reason: z.string().optional().describe('Why the credit is partial, or which member covers the group.'),
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
    gaps: z
      .array(
        z.object({
          skill: SkillIdNameSchema,
          kind: ReportKindSchema,
          level: LevelSchema,
          cost: z.number(),
          alternatives: z.array(SkillIdNameSchema).optional(),
        }),
      )
      .describe('Hard skills and languages first, then professional skills, then traits; by cost within each.'),
    suggestions: z.array(
      z.object({
        action: z.enum(['learn', 'show']),
        skills: z.array(SkillIdNameSchema).describe('Any one is enough.'),
        points: z.number(),
        why: z.string(),
      }),
    ),
    extras: z.array(SkillIdNameSchema),
    summary: z.string(),
    weights: z.object({ required: z.number(), preferred: z.number(), mentioned: z.number() }),
    kindWeights: z.object({ hard: z.number(), language: z.number(), professional: z.number(), trait: z.number() }),
    taxonomyVersion: TaxonomyVersionSchema,
    scoringVersion: z.string(),
    resumeText: z.string().optional().describe('For a résumé file: the text read from it; résumé evidence offsets refer to this text.'),
    postingText: z.string().optional().describe('For a posting file: the text read from it; posting evidence offsets refer to this text.'),
  })
  .meta({ id: 'FitReport' });
