import { z } from 'zod';
import { CATEGORIES } from '../../core/taxonomy/types.js';

export const LevelSchema = z.enum(['required', 'preferred', 'mentioned']).meta({ id: 'Level' });
export const SkillKindSchema = z.enum(['hard', 'soft', 'trait', 'language']).meta({ id: 'SkillKind' });
export const SkillCategorySchema = z.enum(CATEGORIES).meta({ id: 'SkillCategory' });

export const SkillRefSchema = z
  .object({
    id: z
      .string()
      .describe(
        'A catalogue skill id (GET /v1/skills/{id}), or "unlisted-…" for a name the catalogue lacks, read from a list it stands in beside known names ("Airflow, Luigi or Azkaban"); a résumé meets it by writing the same words.',
      ),
    name: z.string(),
    kind: SkillKindSchema,
    category: SkillCategorySchema,
    esco: z.string().optional().describe('ESCO skill concept URI (http://data.europa.eu/esco/skill/…), where one exists.'),
  })
  .meta({ id: 'SkillRef' });

export const SkillIdNameSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'SkillIdName' });

export const EvidenceSchema = z
  .object({
    start: z.number().int().describe('Start offset (UTF-16 code units) into the analysed text.'),
    end: z.number().int(),
    text: z.string(),
  })
  .meta({ id: 'Evidence' });

export const TaxonomyVersionSchema = z.string().describe('Version of the skill taxonomy the answer was built with.');

/** PostgreSQL text cannot hold NUL: strings that are stored, or looked up in the store, refuse it up front. */
export const noNul = (s: string): boolean => !s.includes('\u0000');
export const NO_NUL_MESSAGE = 'must not contain NUL characters';
