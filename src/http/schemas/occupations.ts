import { z } from 'zod';
import { NO_NUL_MESSAGE, noNul } from './common.js';

export const OccupationsVersionSchema = z.string().describe('Version of the occupation data (ESCO release plus a hash of the data files).');

export const OccupationRefSchema = z
  .object({
    id: z.string().describe('The ESCO code, e.g. "2512.4".').meta({ example: '2512.4' }),
    esco: z.string().describe('The ESCO concept URI.'),
    name: z.string().describe('ESCO preferred label.').meta({ example: 'software developer' }),
    isco: z.string().describe('ISCO-08 unit group (four digits).').meta({ example: '2512' }),
  })
  .meta({ id: 'OccupationRef' });

const TitleSchema = z.string().max(200).refine(noNul, NO_NUL_MESSAGE);

export const OccupationSearchQuerySchema = z.object({
  q: TitleSchema.optional().describe(
    'What the person has typed: a prefix of any word of a label ("pharmac"), or a whole title ("Sr. Java Dev").',
  ),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const OccupationSearchResultSchema = z
  .object({
    items: z.array(
      z.object({
        occupation: OccupationRefSchema,
        matchedLabel: z.string().optional().describe('The alternative label or job-board title that matched, when not the ESCO name.'),
      }),
    ),
    occupationsVersion: OccupationsVersionSchema,
    attribution: z.string(),
  })
  .meta({ id: 'OccupationSearchResult' });

export const OccupationIdParamsSchema = z.object({ id: z.string().min(1).max(40).refine(noNul, NO_NUL_MESSAGE) });

export const OccupationDetailSchema = z
  .object({
    id: z.string(),
    esco: z.string(),
    name: z.string(),
    isco: z.string(),
    iscoGroup: z.object({ code: z.string(), name: z.string() }).describe('The ISCO-08 unit group.'),
    iscoMinorGroup: z.object({ code: z.string(), name: z.string() }).describe('The ISCO-08 minor group (first three digits).'),
    altLabels: z.array(z.string()).describe('ESCO alternative labels.'),
    jobBoardTitles: z.array(z.string()).describe('Curated job-board titles that resolve here.'),
    occupationsVersion: OccupationsVersionSchema,
    attribution: z.string(),
  })
  .meta({ id: 'OccupationDetail' });

export const OccupationResolveBodySchema = z
  .object({
    titles: z.array(TitleSchema).min(1).max(500).describe('Job titles as written, most recent first when they come from one résumé.'),
  })
  .meta({
    id: 'OccupationResolveRequest',
    example: {
      titles: [
        'Sr. Java Dev',
        'Manager, Operations',
        'Software Engineer - Payments (Remote)',
        'Associate Legal Counsel',
        'Chief Happiness Wizard',
      ],
    },
  });

const MatchSchema = z.object({
  occupation: OccupationRefSchema,
  score: z.number().min(0).max(1).describe("Share of the title's words (level and contract words aside) the matched label covers."),
  matched: z.string().describe('The ESCO label or curated job-board title that matched.'),
});

export const OccupationResolveResultSchema = z
  .object({
    results: z.array(
      z.object({
        title: z.string(),
        match: MatchSchema.nullable().describe('null when no occupation explains the title.'),
      }),
    ),
    primary: MatchSchema.nullable().describe('The first title that resolved (a résumé lists its most recent role first).'),
    occupationsVersion: OccupationsVersionSchema,
    attribution: z.string(),
  })
  .meta({ id: 'OccupationResolveResult' });
