import { z } from 'zod';
import { EvidenceSchema, LevelSchema, NO_NUL_MESSAGE, noNul, SkillRefSchema, TaxonomyVersionSchema } from './common.js';

const TextOrList = z.union([z.string(), z.array(z.union([z.string(), z.looseObject({})])), z.looseObject({})]);

export const SchemaOrgJobPostingSchema = z
  .looseObject({
    title: z.string().optional(),
    description: z.string().optional().describe('May contain HTML.'),
    responsibilities: TextOrList.optional(),
    qualifications: TextOrList.optional(),
    educationRequirements: TextOrList.optional(),
    experienceRequirements: TextOrList.optional(),
    skills: TextOrList.optional(),
  })
  .meta({ id: 'SchemaOrgJobPosting', description: 'A schema.org JobPosting as published in JSON-LD; unknown properties are ignored.' });

export const JsonResumeJobSchema = z
  .looseObject({
    title: z.string().optional(),
    description: z.string().optional(),
    responsibilities: z.array(z.string()).optional(),
    qualifications: z.array(z.string()).optional(),
    skills: z
      .array(z.looseObject({ name: z.string().optional(), level: z.string().optional(), keywords: z.array(z.string()).optional() }))
      .optional(),
    experience: z.string().optional(),
  })
  .meta({ id: 'JsonResumeJob', description: 'A JSON Resume job document.' });

export const EXAMPLE_POSTING_TEXT = [
  'Data Analyst Intern',
  'Responsibilities:',
  '• Build dashboards that track marketplace health and share findings with stakeholders.',
  '• Design A/B tests with the product team.',
  'Minimum Qualifications:',
  "• Currently pursuing a Bachelor's degree in Statistics, Economics or a related field.",
  '• Proficiency in SQL and Python; experience with Tableau/Looker or similar BI tools.',
  '• Strong written communication in English.',
  'Preferred Qualifications:',
  '• Experience with R or SPSS is a plus.',
  'About Us',
  'We inspire creativity and bring joy to millions of shoppers.',
].join('\n');

/** A title sent beside a posting's text. */
export const PostingTitleSchema = z
  .string()
  .max(500)
  .refine(noNul, NO_NUL_MESSAGE)
  .optional()
  .describe(
    "The posting's job title, beside `text` (a jobPosting or job carries its own): read for the occupation part when the text does not open with it.",
  );

/** One of the three forms of a posting. */
export const PostingSourceSchema = z
  .object({
    text: z.string().optional().describe('The posting as pasted or scraped. Offsets in the answer index into this string exactly.'),
    title: PostingTitleSchema,
    jobPosting: SchemaOrgJobPostingSchema.optional(),
    job: JsonResumeJobSchema.optional(),
  })
  .refine((b) => [b.text, b.jobPosting, b.job].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, jobPosting or job',
  });

export const ExtractPostingBodySchema = PostingSourceSchema.meta({
  id: 'PostingSource',
  description: 'Exactly one of `text`, `jobPosting` (schema.org) or `job` (JSON Resume).',
  example: { text: EXAMPLE_POSTING_TEXT },
});

export const MentionSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    section: z.string().describe('Kind of the section the mention is in (required, preferred, responsibilities, intro, …).'),
    level: LevelSchema,
  })
  .meta({ id: 'Mention' });

export const RequirementSchema = z
  .object({
    skill: SkillRefSchema,
    level: LevelSchema,
    weight: z
      .number()
      .describe('Level weight (required 1, preferred 0.5, mentioned 0.25) times intensity (strong 1.25, normal 1, basic 0.75).'),
    intensity: z.enum(['strong', 'normal', 'basic']),
    group: z.string().optional().describe("Alternatives group at the requirement's own level, if any."),
    groups: z.array(z.string()),
    mentions: z.array(MentionSchema),
    cues: z.array(z.string()).describe('Words in the sentence that set the level or intensity ("is a plus", "proficiency").'),
  })
  .meta({ id: 'Requirement' });

export const GroupSchema = z
  .object({
    id: z.string(),
    mode: z.literal('anyOf'),
    level: LevelSchema,
    skills: z.array(z.string()),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
  })
  .meta({ id: 'AlternativesGroup', description: 'Skills of which any one satisfies the posting ("SPSS/R/Python or equivalent").' });

export const PostingAnalysisSchema = z
  .object({
    title: z.string().optional(),
    text: z.string().optional().describe('For structured input or a file: the text that was analysed; offsets refer to it.'),
    requirements: z.array(RequirementSchema),
    traits: z
      .array(z.object({ skill: SkillRefSchema, level: LevelSchema, mentions: z.array(MentionSchema) }).meta({ id: 'PostingTrait' }))
      .optional()
      .describe(
        'Personality traits the posting names ("self-starter", "curious"): shown, but kept out of requirements and the score, since a résumé cannot evidence them.',
      ),
    groups: z.array(GroupSchema),
    sections: z.array(z.object({ kind: z.string(), heading: z.string(), start: z.number().int(), end: z.number().int() })),
    education: z.object({
      degreeLevels: z.array(z.enum(['associate', 'bachelor', 'master', 'doctorate'])),
      fieldsOfStudy: z.array(z.string()),
      enrolment: z.literal('currently-enrolled').optional(),
      graduationWindow: z.object({ text: z.string(), from: z.string().optional(), to: z.string().optional() }).optional(),
      degreeOptional: z
        .boolean()
        .optional()
        .describe(
          'True when the posting also accepts a path without a degree (a high-school diploma or its equivalent with years of experience): the degree is then asked for, but no dealbreaker.',
        ),
      evidence: z.array(EvidenceSchema),
    }),
    experience: z.object({
      minYears: z.number().optional(),
      perSkill: z
        .array(z.object({ skill: z.object({ id: z.string(), name: z.string() }), years: z.number(), evidence: EvidenceSchema }))
        .optional()
        .describe('Years said about one to three skills ("3+ years with SQL").'),
      evidence: z.array(EvidenceSchema),
    }),
    occupation: z
      .object({
        id: z.string(),
        esco: z.string(),
        name: z.string(),
        isco: z.string(),
        title: z.string().describe('The title it was read from.'),
      })
      .optional()
      .describe("The ESCO occupation the posting's title resolves to (ISCO-08 unit group in isco)."),
    taxonomyVersion: TaxonomyVersionSchema,
    warnings: z.array(z.string()),
  })
  .meta({ id: 'PostingAnalysis' });
