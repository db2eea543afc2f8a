import { z } from 'zod';
import { TaxonomyVersionSchema } from './common.js';

export const ProficiencySchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']).meta({ id: 'Proficiency' });

const textList = z.array(z.string().max(5000)).max(200);

export const JsonResumeSchema = z
  .looseObject({
    basics: z.looseObject({ summary: z.string().max(20_000).optional(), label: z.string().max(500).optional() }).optional(),
    work: z
      .array(
        z.looseObject({
          name: z.string().max(500).optional(),
          company: z.string().max(500).optional(),
          position: z.string().max(500).optional(),
          startDate: z.string().max(30).optional(),
          endDate: z.string().max(30).optional(),
          summary: z.string().max(20_000).optional(),
          description: z.string().max(20_000).optional(),
          highlights: textList.optional(),
        }),
      )
      .max(100)
      .optional(),
    volunteer: z
      .array(
        z.looseObject({ position: z.string().optional(), summary: z.string().max(20_000).optional(), highlights: textList.optional() }),
      )
      .max(100)
      .optional(),
    projects: z
      .array(
        z.looseObject({
          name: z.string().optional(),
          description: z.string().max(20_000).optional(),
          highlights: textList.optional(),
          keywords: textList.optional(),
        }),
      )
      .max(100)
      .optional(),
    skills: z
      .array(z.looseObject({ name: z.string().max(200).optional(), level: z.string().max(100).optional(), keywords: textList.optional() }))
      .max(500)
      .optional(),
    education: z
      .array(
        z.looseObject({
          institution: z.string().max(500).optional(),
          area: z.string().max(500).optional(),
          studyType: z.string().max(200).optional(),
          startDate: z.string().max(30).optional(),
          endDate: z.string().max(30).optional(),
          courses: textList.optional(),
        }),
      )
      .max(50)
      .optional(),
    languages: z
      .array(z.looseObject({ language: z.string().max(100).optional(), fluency: z.string().max(100).optional() }))
      .max(100)
      .optional(),
    certificates: z
      .array(z.looseObject({ name: z.string().max(500).optional(), issuer: z.string().max(500).optional() }))
      .max(200)
      .optional(),
  })
  .meta({ id: 'JsonResume', description: 'A JSON Resume document (jsonresume.org); unknown properties are ignored.' });

export const ListedSkillSchema = z
  .object({
    name: z.string().min(1).max(200),
    level: z
      .string()
      .max(100)
      .optional()
      .describe(
        'The level as the person writes it: "advanced", "native", "B2", "5+ yrs", "4/5", "80%", "★★★★☆". Mapped to a proficiency when it means something; kept as written in levelText.',
      ),
    years: z.number().min(0).max(60).optional(),
    lastUsed: z.string().max(30).optional().describe('A year or date, e.g. "2025" or "2025-06".'),
  })
  .meta({ id: 'ListedSkill' });

export const EXAMPLE_RESUME = {
  skills: [{ name: 'Python', level: 'advanced', years: 3 }, { name: 'PostgreSQL', level: 'intermediate' }, { name: 'Tableau' }],
  text: 'Data analyst. Built Looker dashboards and ran A/B tests; presented findings to stakeholders. Fluent English.',
} as const;

export const ResumeInputSchema = z
  .object({
    skills: z.array(ListedSkillSchema).max(1000).optional().describe('What a person picks in a skills picker.'),
    text: z.string().optional().describe('A plain-text résumé.'),
    jsonResume: JsonResumeSchema.optional(),
  })
  .refine((r) => r.skills !== undefined || r.text !== undefined || r.jsonResume !== undefined, {
    message: 'give at least one of skills, text or jsonResume',
  })
  .meta({ id: 'ResumeInput', description: 'Any one of the three forms, or several combined.', example: EXAMPLE_RESUME });

const SectionKindSchema = z
  .enum([
    'contact',
    'personal',
    'summary',
    'experience',
    'education',
    'skills',
    'projects',
    'certifications',
    'languages',
    'awards',
    'publications',
    'volunteer',
    'interests',
    'references',
    'other',
  ])
  .meta({ id: 'ResumeSectionKind' });

const YearMonth = z.string().describe("'YYYY-MM' (month 01 when only the year is written).");
const SpanEvidence = z.object({
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  field: z.string().optional(),
  text: z.string(),
});

export const ResumeEvidenceSchema = z
  .object({
    source: z.enum(['skills', 'text', 'jsonResume']),
    field: z.string().optional(),
    text: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    section: SectionKindSchema.optional().describe('The résumé section the evidence sits in.'),
  })
  .meta({ id: 'ResumeEvidence' });

const RoleSchema = z
  .object({
    title: z.string().optional(),
    employer: z.string().optional(),
    start: YearMonth.optional(),
    end: YearMonth.optional(),
    current: z.boolean().describe('"Present", "till date", "Since 2020".'),
    bullets: z.array(z.string()),
    skills: z.array(z.string()).describe("Skill ids named in this role's title and bullets."),
    evidence: SpanEvidence,
  })
  .meta({ id: 'ResumeRole' });

const EducationEntrySchema = z
  .object({
    degree: z.string().optional().describe('As written: "B.Tech", "Master of Science", "MBA".'),
    degreeLevel: z.enum(['associate', 'bachelor', 'master', 'doctorate']).optional(),
    field: z.string().optional(),
    institution: z.string().optional(),
    start: YearMonth.optional(),
    end: YearMonth.optional(),
    expected: z.boolean().describe('"expected May 2027", "pursuing", or an end date after the reading date.'),
    evidence: SpanEvidence,
  })
  .meta({ id: 'EducationEntry' });

export const ResumeProfileSchema = z
  .object({
    skills: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: ProficiencySchema.optional(),
        levelText: z.string().optional().describe('The level exactly as written ("native", "B2", "5 years").'),
        years: z.number().optional(),
        lastUsed: z.string().optional(),
        shownInWork: z
          .boolean()
          .describe('Some evidence sits in a role, a project, volunteering or the summary — not only in a skills list.'),
        evidence: z.array(ResumeEvidenceSchema),
      }),
    ),
    unrecognized: z.array(z.string()).describe('Names that resolved to no skill; never dropped silently.'),
    languages: z.array(z.object({ language: z.string(), fluency: z.string().optional(), skillId: z.string().optional() })),
    education: z.object({ degreeLevels: z.array(z.string()), fieldsOfStudy: z.array(z.string()), entries: z.array(EducationEntrySchema) }),
    experience: z.object({
      roles: z.array(RoleSchema).describe('Most recent first.'),
      totalYears: z.number().optional().describe('Dated roles merged where they overlap, in years to 0.1; absent when no role is dated.'),
    }),
    titles: z.array(z.string()).describe('Job titles held or stated, most recent first.'),
    certifications: z.array(
      z.object({
        name: z.string(),
        evidence: ResumeEvidenceSchema,
        inProgress: z
          .boolean()
          .optional()
          .describe('The résumé says it is still worked towards ("CFA Level II candidate", "PMP – expected 2027"): not held, not scored.'),
        skills: z
          .array(z.object({ id: z.string(), name: z.string() }))
          .optional()
          .describe('For one in progress: the credentials it names.'),
      }),
    ),
    sections: z
      .array(z.object({ kind: SectionKindSchema, heading: z.string(), start: z.number().int(), end: z.number().int() }))
      .describe('Sections of a text résumé, with offsets into it.'),
    taxonomyVersion: TaxonomyVersionSchema,
    text: z.string().optional().describe('For a résumé file: the text read from it; evidence offsets refer to this text.'),
  })
  .meta({ id: 'ResumeProfile' });
