import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpProblem, PROBLEM_CONTENT_TYPE, problem, problemType, sendProblem } from '../problem.js';

function fieldPath(context: string | undefined, instancePath: string): string {
  const where = context ? `/${context === 'querystring' ? 'query' : context}` : '';
  return `${where}${instancePath}` || '/';
}

/** Maps every failure to RFC 9457 problem+json; internals of a 500 never leave the process. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, `No route ${request.method} ${request.url.split('?')[0]}.`)));

  // A plugin that answers an error itself (CORS refuses a preflight without Origin with text/plain)
  // still answers problem+json.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || String(reply.getHeader('content-type') ?? '').startsWith(PROBLEM_CONTENT_TYPE)) return payload;
    const text = typeof payload === 'string' && payload.length <= 200 && !/^\s*[[{]/.test(payload) ? payload : undefined;
    reply.type(PROBLEM_CONTENT_TYPE).removeHeader('content-length');
    return JSON.stringify({
      ...problem(reply.statusCode, reply.statusCode < 500 ? text : undefined),
      instance: request.url.split('?')[0],
      requestId: request.id,
    });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, error.body);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: fieldPath(error.validationContext, v.instancePath),
        message: v.message ?? 'is invalid',
      }));
      return sendProblem(reply, problem(400, 'The request does not match the schema.', { type: problemType('validation'), errors }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: { message: error.message, issues: error.cause.issues.slice(0, 5) } }, 'response did not match its schema');
      return sendProblem(reply, problem(500, 'The server could not produce a valid answer.'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // A 503 is the service saying it cannot answer now (shutting down), not a fault to page anyone about.
      if (status === 503) request.log.warn({ err: error }, 'service unavailable');
      else request.log.error({ err: error }, 'unhandled error');
      return sendProblem(
        reply,
        problem(status === 503 ? 503 : 500, status === 503 ? 'The service is temporarily unavailable.' : 'An unexpected error occurred.'),
      );
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, problem(413, 'The request body is larger than the configured limit (BODY_LIMIT).'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(
          reply,
          problem(415, `Send the body as application/json, not ${request.headers['content-type'] ?? 'no content type'}.`),
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, problem(400, 'The JSON body is empty.', { type: problemType('invalid-json') }));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, problem(400, 'The body is not valid JSON.', { type: problemType('invalid-json') }));
      default:
        break;
    }
    if (error instanceof SyntaxError)
      return sendProblem(reply, problem(400, 'The body is not valid JSON.', { type: problemType('invalid-json') }));
    if (status === 429) {
      return sendProblem(reply, problem(429, 'Too many requests; retry after the time in the Retry-After header.'));
    }
    return sendProblem(reply, problem(status, error.message));
  });
});
