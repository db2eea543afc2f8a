import { z } from 'zod';
import { TaxonomyVersionSchema } from './common.js';

export const ProficiencySchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']).meta({ id: 'Proficiency' });

const textList = z.array(z.string().max(5000)).max(200);

export const JsonResumeSchema = z
  .looseObject({
    basics: z.looseObject({ summary: z.string().max(20_000).optional(), label: z.string().max(500).optional() }).optional(),
    work: z.array(z.looseObject({ position: z.string().optional(), summary: z.string().max(20_000).optional(), description: z.string().max(20_000).optional(), highlights: textList.optional() })).max(100).optional(),
    volunteer: z.array(z.looseObject({ position: z.string().optional(), summary: z.string().max(20_000).optional(), highlights: textList.optional() })).max(100).optional(),
    projects: z.array(z.looseObject({ name: z.string().optional(), description: z.string().max(20_000).optional(), highlights: textList.optional(), keywords: textList.optional() })).max(100).optional(),
    skills: z.array(z.looseObject({ name: z.string().max(200).optional(), level: z.string().max(100).optional(), keywords: textList.optional() })).max(500).optional(),
    education: z.array(z.looseObject({ area: z.string().max(500).optional(), studyType: z.string().max(200).optional(), courses: textList.optional() })).max(50).optional(),
    languages: z.array(z.looseObject({ language: z.string().max(100).optional(), fluency: z.string().max(100).optional() })).max(100).optional(),
    certificates: z.array(z.looseObject({ name: z.string().max(500).optional(), issuer: z.string().max(500).optional() })).max(200).optional(),
  })
  .meta({ id: 'JsonResume', description: 'A JSON Resume document (jsonresume.org); unknown properties are ignored.' });

export const ListedSkillSchema = z
  .object({
    name: z.string().min(1).max(200),
    level: ProficiencySchema.optional(),
    years: z.number().min(0).max(60).optional(),
    lastUsed: z.string().max(30).optional().describe('A year or date, e.g. "2025" or "2025-06".'),
  })
  .meta({ id: 'ListedSkill' });

export const EXAMPLE_RESUME = {
  skills: [
    { name: 'Python', level: 'advanced', years: 3 },
    { name: 'PostgreSQL', level: 'intermediate' },
    { name: 'Tableau' },
  ],
  text: 'Data analyst. Built Looker dashboards and ran A/B tests; presented findings to stakeholders. Fluent English.',
} as const;

export const ResumeInputSchema = z
  .object({
    skills: z.array(ListedSkillSchema).max(1000).optional().describe('What a person picks in a skills picker.'),
    text: z.string().optional().describe('A plain-text résumé.'),
    jsonResume: JsonResumeSchema.optional(),
  })
  .refine((r) => r.skills !== undefined || r.text !== undefined || r.jsonResume !== undefined, { message: 'give at least one of skills, text or jsonResume' })
  .meta({ id: 'ResumeInput', description: 'Any one of the three forms, or several combined.', example: EXAMPLE_RESUME });

export const ResumeEvidenceSchema = z
  .object({
    source: z.enum(['skills', 'text', 'jsonResume']),
    field: z.string().optional(),
    text: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
  })
  .meta({ id: 'ResumeEvidence' });

export const ResumeProfileSchema = z
  .object({
    skills: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: ProficiencySchema.optional(),
        years: z.number().optional(),
        lastUsed: z.string().optional(),
        evidence: z.array(ResumeEvidenceSchema),
      }),
    ),
    unrecognized: z.array(z.string()).describe('Names that resolved to no skill; never dropped silently.'),
    languages: z.array(z.object({ language: z.string(), fluency: z.string().optional(), skillId: z.string().optional() })),
    education: z.object({ degreeLevels: z.array(z.string()), fieldsOfStudy: z.array(z.string()) }),
    taxonomyVersion: TaxonomyVersionSchema,
    text: z.string().optional().describe('For a résumé file: the text read from it; evidence offsets refer to this text.'),
  })
  .meta({ id: 'ResumeProfile' });
