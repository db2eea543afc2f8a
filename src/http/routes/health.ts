import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { HttpProblem, problem, problemResponses } from '../problem.js';

const HealthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
const ReadySchema = z
  .object({
    status: z.literal('ready'),
    taxonomy: z.object({ version: z.string(), skills: z.number().int(), compileMs: z.number() }),
    store: z.object({ kind: z.enum(['sqlite', 'postgres']), status: z.literal('ok') }),
  })
  .meta({ id: 'Readiness' });

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { taxonomy, store }) => {
  app.get('/healthz', {
    schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: HealthSchema, ...problemResponses } },
    config: { rateLimit: false },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      summary: 'Readiness: taxonomy compiled and store reachable',
      response: { 200: ReadySchema, ...problemResponses },
    },
    config: { rateLimit: false },
    handler: async (request) => {
      try {
        await store.ping();
      } catch (err) {
        request.log.warn({ err }, 'store not reachable');
        throw new HttpProblem(problem(503, 'The posting store is not reachable.'));
      }
      return {
        status: 'ready' as const,
        taxonomy: { version: taxonomy.version, skills: taxonomy.stats.skills, compileMs: Math.round(taxonomy.stats.compileMs) },
        store: { kind: store.kind, status: 'ok' as const },
      };
    },
  });
};
