import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '1.0.0';

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
        { name: 'operations', description: 'Health and readiness' },
      ],
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A key from API_KEYS; needed for catalogue writes.' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false },
    staticCSP: false,
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
});
