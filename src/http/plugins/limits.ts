import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { HttpProblem, PROBLEM_CONTENT_TYPE, problem, problemType } from '../problem.js';

/** The route a load balancer polls to see whether the process lives; never shed. */
export const LIVENESS_ROUTE = '/healthz';

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
 * The JSON Pointer of the first string (value or key) in a parsed body that is not well-formed UTF-16 (a lone
 * surrogate, which JSON's \uD800 escape can carry): PostgreSQL would store U+FFFD instead, so two different
 * strings would become one. Iterative, like nestsDeeperThan.
 */
export function illFormedStringAt(value: unknown): string | undefined {
  const pointer = (path: readonly (string | number)[]): string =>
    path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') || '/';
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof node === 'string') {
      if (!node.isWellFormed()) return pointer(path);
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, [...path, i]]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (!key.isWellFormed()) return pointer([...path, key.toWellFormed()]);
        stack.push([child, [...path, key]]);
      }
    }
  }
  return undefined;
}

/**
 * Rate limiting per client (429 with Retry-After) and load shedding when the event loop lags
 * (503 with Retry-After). Health routes opt out of the rate limit. Bodies nested deeper than
 * MAX_BODY_DEPTH, or holding a string that is not well-formed Unicode, answer 400 before validation.
 */
export const limitsPlugin = fp(async (app: FastifyInstance, config: Config) => {
  app.addHook('preValidation', async (request) => {
    if (request.body !== null && typeof request.body === 'object' && nestsDeeperThan(request.body, MAX_BODY_DEPTH)) {
      throw new HttpProblem(problem(400, `The JSON body nests deeper than ${MAX_BODY_DEPTH} levels.`, { type: problemType('too-deep') }));
    }
    const illFormed = request.body === undefined ? undefined : illFormedStringAt(request.body);
    if (illFormed !== undefined) {
      throw new HttpProblem(
        problem(400, 'A string in the body is not well-formed Unicode (it holds a lone UTF-16 surrogate).', {
          type: problemType('ill-formed-unicode'),
          errors: [{ path: `/body${illFormed === '/' ? '' : illFormed}`, message: 'is not well-formed Unicode (lone surrogate)' }],
        }),
      );
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
      // The liveness probe answers while the service sheds load: a busy process is not a dead one.
      // Returning the body (not the reply) lets under-pressure send it once and stop the request.
      pressureHandler: (request, reply) => {
        if (request.routeOptions.url === LIVENESS_ROUTE) return undefined;
        reply.code(503).type(PROBLEM_CONTENT_TYPE).header('retry-after', String(retryAfterSeconds));
        const body = problem(503, 'The service is overloaded; retry after the time in the Retry-After header.');
        return { ...body, instance: request.url.split('?')[0], requestId: request.id } as unknown as void;
      },
    });
  }
});
