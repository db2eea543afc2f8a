import { z } from 'zod';
import { SkillCategorySchema, SkillIdNameSchema, SkillKindSchema, TaxonomyVersionSchema } from './common.js';

export const SkillSearchQuerySchema = z.object({
  q: z.string().max(200).optional().describe('What the person has typed so far; prefix and typo-tolerant ("pyth", "pyhton").'),
  kind: SkillKindSchema.optional(),
  category: SkillCategorySchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  cursor: z.string().max(20).regex(/^\d+$/, 'must be a cursor returned by a previous page').optional(),
});

export const SkillSearchResultSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: SkillKindSchema,
        category: SkillCategorySchema,
        matchedAlias: z.string().optional(),
      }),
    ),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'SkillSearchResult' });

export const SkillDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: SkillKindSchema,
    category: SkillCategorySchema,
    aliases: z.array(z.string()),
    broader: z.array(SkillIdNameSchema),
    narrower: z.array(SkillIdNameSchema),
    related: z.array(SkillIdNameSchema),
    esco: z.string().optional().describe('ESCO skill concept URI (http://data.europa.eu/esco/skill/…), where one exists.'),
    onet: z.string().optional().describe('O*NET Technology Skills commodity code (8 digits) of a tool, where one exists.'),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'SkillDetail' });

export const SkillIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const ResolveBodySchema = z
  .object({ names: z.array(z.string().max(200)).min(1).max(500).describe('Names as a person typed them, or ESCO skill concept URIs.') })
  .meta({ id: 'ResolveRequest', example: { names: ['pyhton', 'MS Excel', 'Google Data Studio', 'R', 'competitive yodelling on stilts'] } });

export const ResolveResultSchema = z
  .object({
    results: z.array(
      z.object({
        input: z.string(),
        skill: SkillIdNameSchema.nullable(),
        confidence: z.number().min(0).max(1),
        via: z.enum(['exact', 'alias', 'fuzzy']).nullable(),
      }),
    ),
    taxonomyVersion: TaxonomyVersionSchema,
  })
  .meta({ id: 'ResolveResult' });
