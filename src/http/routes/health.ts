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

/** Rejects when `work` has not settled within `ms`, so that a store that never answers cannot hold a probe. */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { taxonomy, store, config, analyser }) => {
  app.get('/healthz', {
    schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: HealthSchema, ...problemResponses } },
    config: { rateLimit: false },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      summary: 'Readiness: taxonomy compiled and store reachable and writable',
      response: { 200: ReadySchema, ...problemResponses },
    },
    config: { rateLimit: false },
    handler: async (request) => {
      try {
        await within(store.ping(), config.DATABASE_CONNECT_TIMEOUT_MS, 'the posting store');
      } catch (err) {
        request.log.warn({ err }, 'store not reachable');
        throw new HttpProblem(problem(503, 'The posting store is not reachable or not writable.'));
      }
      if (!analyser.warm()) throw new HttpProblem(problem(503, 'The analysis workers are still compiling the catalogue.'));
      return {
        status: 'ready' as const,
        taxonomy: { version: taxonomy.version, skills: taxonomy.stats.skills, compileMs: Math.round(taxonomy.stats.compileMs) },
        store: { kind: store.kind, status: 'ok' as const },
      };
    },
  });
};
