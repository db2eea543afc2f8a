import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { HttpProblem, problem, problemType, sendProblem } from '../problem.js';

/**
 * The deepest JSON nesting a request body may have. Postings and résumés nest a few levels; the
 * stages that walk a body recursively (structured-posting intake, JSON.stringify in the store)
 * overflow the stack on bodies thousands of levels deep, which JSON.parse accepts.
 */
export const MAX_BODY_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max` (the top level is 1); iterative, so any depth is safe. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Rate limiting per client (429 with Retry-After) and load shedding when the event loop lags
 * (503 with Retry-After). Health routes opt out of the rate limit. Bodies nested deeper than
 * MAX_BODY_DEPTH answer 400 before validation.
 */
export const limitsPlugin = fp(async (app: FastifyInstance, config: Config) => {
  app.addHook('preValidation', async (request) => {
    if (request.body !== null && typeof request.body === 'object' && nestsDeeperThan(request.body, MAX_BODY_DEPTH)) {
      throw new HttpProblem(problem(400, `The JSON body nests deeper than ${MAX_BODY_DEPTH} levels.`, { type: problemType('too-deep') }));
    }
  });
  if (config.RATE_LIMIT_MAX > 0) {
    await app.register(rateLimit, {
      global: true,
      max: config.RATE_LIMIT_MAX,
      timeWindow: config.RATE_LIMIT_WINDOW_MS,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        message: `Rate limit of ${context.max} requests per ${context.after} exceeded.`,
      }),
    });
  }
  if (config.MAX_EVENT_LOOP_DELAY_MS > 0) {
    const retryAfterSeconds = 2;
    await app.register(underPressure, {
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
      retryAfter: retryAfterSeconds,
      exposeStatusRoute: false,
      pressureHandler: (_request, reply) => {
        reply.header('retry-after', String(retryAfterSeconds));
        return sendProblem(reply, problem(503, 'The service is overloaded; retry after the time in the Retry-After header.')) as unknown as void;
      },
    });
  }
});
