import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** RFC 9457 problem details: the one error envelope of the API. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the problem type; "about:blank" for plain HTTP statuses.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe('The request path.'),
    requestId: z.string().optional().describe('Echoes the x-request-id header; quote it when reporting a problem.'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('JSON Pointer-like path of the offending field, e.g. "/body/resume/skills/0/name".'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('Field-level validation failures (400 only).'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem+json document.' });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemType = (slug: string): string => `https://skill-matcher.dev/problems/${slug}`;

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, ...(detail ? { detail } : {}), ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: body.instance ?? reply.request.url.split('?')[0], requestId: reply.request.id });
}

/** The error responses every route documents; they share one component in the OpenAPI document. */
export const problemResponses = {
  400: ProblemSchema,
  404: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
  429: ProblemSchema,
  500: ProblemSchema,
  503: ProblemSchema,
} as const;

/** An error a route throws on purpose; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(readonly body: Problem) {
    super(body.detail ?? body.title);
  }
}

export const notFound = (detail: string): HttpProblem => new HttpProblem(problem(404, detail));
