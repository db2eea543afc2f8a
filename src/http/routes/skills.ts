import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resolveSkill, searchSkills } from '../../core/taxonomy/search.js';
import type { AppContext } from '../context.js';
import { notFound, problemResponses } from '../problem.js';
import {
  ResolveBodySchema,
  ResolveResultSchema,
  SkillDetailSchema,
  SkillIdParamsSchema,
  SkillSearchQuerySchema,
  SkillSearchResultSchema,
} from '../schemas/skills.js';

export const skillRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { taxonomy }) => {
  const idName = (id: string) => ({ id, name: taxonomy.skills.get(id)?.name ?? id });

  app.get('/v1/skills', {
    schema: {
      tags: ['skills'],
      summary: 'Search skills (autocomplete)',
      querystring: SkillSearchQuerySchema,
      response: { 200: SkillSearchResultSchema, ...problemResponses },
    },
    handler: async (request) => {
      const { q, kind, category, limit, cursor } = request.query;
      const hits = searchSkills(taxonomy, { ...(q ? { q } : {}), ...(kind ? { kind } : {}), ...(category ? { category } : {}) });
      const offset = cursor ? Number(cursor) : 0;
      const page = hits.slice(offset, offset + limit);
      return {
        items: page.map((h) => ({
          id: h.skill.id,
          name: h.skill.name,
          kind: h.skill.kind,
          category: h.skill.category,
          ...(h.matchedAlias ? { matchedAlias: h.matchedAlias } : {}),
        })),
        total: hits.length,
        nextCursor: offset + limit < hits.length ? String(offset + limit) : null,
        taxonomyVersion: taxonomy.version,
      };
    },
  });

  app.get('/v1/skills/:id', {
    schema: {
      tags: ['skills'],
      summary: 'One skill with its broader, narrower and related skills',
      params: SkillIdParamsSchema,
      response: { 200: SkillDetailSchema, ...problemResponses },
    },
    handler: async (request) => {
      const skill = taxonomy.skills.get(request.params.id);
      if (!skill) throw notFound(`No skill with id "${request.params.id}".`);
      return {
        id: skill.id,
        name: skill.name,
        kind: skill.kind,
        category: skill.category,
        aliases: skill.aliases,
        broader: skill.broader.map(idName),
        narrower: skill.narrower.map(idName),
        related: skill.related.map(idName),
        ...(skill.esco ? { esco: skill.esco } : {}),
        ...(skill.onet ? { onet: skill.onet } : {}),
        taxonomyVersion: taxonomy.version,
      };
    },
  });

  app.post('/v1/skills/resolve', {
    schema: {
      tags: ['skills'],
      summary: 'Resolve typed names to skills',
      description: 'Unknown names come back with skill null, never dropped.',
      body: ResolveBodySchema,
      response: { 200: ResolveResultSchema, ...problemResponses },
    },
    handler: async (request) => ({
      results: request.body.names.map((input) => {
        const r = resolveSkill(taxonomy, input);
        return r
          ? { input, skill: { id: r.skill.id, name: r.skill.name }, confidence: Math.round(r.confidence * 100) / 100, via: r.via }
          : { input, skill: null, confidence: 0, via: null };
      }),
      taxonomyVersion: taxonomy.version,
    }),
  });
};
