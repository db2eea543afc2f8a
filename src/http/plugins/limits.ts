import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { problem, sendProblem } from '../problem.js';

/**
 * Rate limiting per client (429 with Retry-After) and load shedding when the event loop lags
 * (503 with Retry-After). Health routes opt out of the rate limit.
 */
export const limitsPlugin = fp(async (app: FastifyInstance, config: Config) => {
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
