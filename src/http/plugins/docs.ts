import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { fileRequestContent } from '../schemas/files.js';

export const API_VERSION = '1.0.0';

const PROBLEM_JSON = 'application/problem+json';

interface ResponseLike {
  content?: Record<string, unknown>;
}

/**
 * fastify-type-provider-zod's transform, then two fixes:
 * - every 4xx/5xx response is documented as application/problem+json (what errorsPlugin sends) instead of the
 *   application/json @fastify/swagger assumes;
 * - the `$id: "#/components/schemas/X"` and `$schema` it leaves on each component are dropped: Swagger UI resolves
 *   $refs against that $id and then shows every request body example as "string", so Try it out sends garbage.
 */
const transformObject: SwaggerTransformObject = (documentObject) => {
  const doc = jsonSchemaTransformObject(documentObject);
  const components = 'components' in doc ? (doc.components as { schemas?: Record<string, unknown> } | undefined) : undefined;
  for (const schema of Object.values(components?.schemas ?? {})) {
    if (typeof schema !== 'object' || schema === null) continue;
    const record = schema as Record<string, unknown>;
    delete record.$id;
    delete record.$schema;
  }
  const paths = 'paths' in doc ? (doc.paths as Record<string, Record<string, unknown> | undefined> | undefined) : undefined;
  for (const pathItem of Object.values(paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      const responses = (operation as { responses?: Record<string, ResponseLike | undefined> }).responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        const content = response?.content;
        // A success answer that is not JSON (a server-sent-events stream) says so with contentMediaType on its schema.
        const mediaType = (content?.['application/json'] as { schema?: { contentMediaType?: unknown } } | undefined)?.schema
          ?.contentMediaType;
        if (/^2/.test(status) && content && typeof mediaType === 'string') {
          response.content = { [mediaType]: content['application/json'] };
          continue;
        }
        if (!/^[45]/.test(status) || !content || !('application/json' in content) || PROBLEM_JSON in content) continue;
        response.content = Object.fromEntries(
          Object.entries(content).map(([type, media]) => [type === 'application/json' ? PROBLEM_JSON : type, media]),
        );
      }
    }
  }
  return doc;
};

/** A route that takes files documents multipart/form-data and the raw file types beside its JSON body. */
const transform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const kind = input.route.config?.fileIntake;
  const body = (out.schema as { body?: unknown } | undefined)?.body;
  if (!kind || body === undefined) return out;
  return { ...out, schema: { ...out.schema, body: { content: { 'application/json': { schema: body }, ...fileRequestContent(kind) } } } };
};

/** OpenAPI 3.1 generated from the routes' zod schemas, served at /openapi.json, with Swagger UI at /docs. */
export const docsPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'skill-matcher',
        version: API_VERSION,
        description:
          'Extracts the skills a job posting asks for, reads a résumé, and scores the fit: deterministic, weighted and explained. ' +
          'Errors are RFC 9457 application/problem+json.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'postings', description: 'Posting analysis and the stored catalogue' },
        { name: 'resumes', description: 'Résumé intake' },
        { name: 'matching', description: 'Fit reports and ranking' },
        { name: 'skills', description: 'The skill taxonomy' },
        {
          name: 'occupations',
          description: 'ESCO occupations and job titles. This service uses the ESCO classification of the European Commission.',
        },
        { name: 'operations', description: 'Health and readiness' },
      ],
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A key from API_KEYS; needed for catalogue writes.' } },
      },
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false },
    staticCSP: false,
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
});
