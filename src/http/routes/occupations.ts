import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadOccupations, resolveTitles, searchOccupations, type OccupationIndex } from '../../core/occupations/index.js';
import { notFound, problemResponses } from '../problem.js';
import {
  OccupationDetailSchema,
  OccupationIdParamsSchema,
  OccupationResolveBodySchema,
  OccupationResolveResultSchema,
  OccupationSearchQuerySchema,
  OccupationSearchResultSchema,
} from '../schemas/occupations.js';

export interface OccupationRouteOptions {
  /** Defaults to the process-wide compiled index. */
  occupations?: OccupationIndex;
}

export const occupationRoutes: FastifyPluginAsyncZod<OccupationRouteOptions> = async (app, options) => {
  const index = options.occupations ?? loadOccupations();
  const about = { occupationsVersion: index.version, attribution: index.attribution };

  app.get('/v1/occupations', {
    schema: {
      tags: ['occupations'],
      summary: 'Search occupations (autocomplete)',
      description: 'ESCO occupations whose name or alternative label has a word starting with q; a whole job title resolves first.',
      querystring: OccupationSearchQuerySchema,
      response: { 200: OccupationSearchResultSchema, ...problemResponses },
    },
    handler: async (request) => ({
      items: searchOccupations(index, request.query.q ?? '', request.query.limit),
      ...about,
    }),
  });

  app.get('/v1/occupations/:id', {
    schema: {
      tags: ['occupations'],
      summary: 'One occupation with its ISCO groups and labels',
      params: OccupationIdParamsSchema,
      response: { 200: OccupationDetailSchema, ...problemResponses },
    },
    handler: async (request) => {
      const o = index.occupations.get(request.params.id);
      if (!o) throw notFound(`No occupation with id "${request.params.id}".`);
      const minor = o.isco.slice(0, 3);
      return {
        id: o.id,
        esco: o.esco,
        name: o.name,
        isco: o.isco,
        iscoGroup: { code: o.isco, name: index.iscoGroups.get(o.isco) ?? o.isco },
        iscoMinorGroup: { code: minor, name: index.iscoGroups.get(minor) ?? minor },
        altLabels: o.alt,
        jobBoardTitles: index.aliases.filter((a) => a.occupation === o.id).map((a) => a.title),
        ...about,
      };
    },
  });

  app.post('/v1/occupations/resolve', {
    schema: {
      tags: ['occupations'],
      summary: 'Resolve job titles to occupations',
      description:
        'Tolerates abbreviations (Sr., Mgr, Dev, HR, QA), seniority words, word order and company noise. Unknown titles come back with match null, never dropped.',
      body: OccupationResolveBodySchema,
      response: { 200: OccupationResolveResultSchema, ...problemResponses },
    },
    handler: async (request) => {
      const { titles } = request.body;
      const { results, primary } = resolveTitles(index, titles);
      return {
        results: titles.map((title, i) => ({ title, match: results[i] ?? null })),
        primary: primary ?? null,
        ...about,
      };
    },
  });
};
