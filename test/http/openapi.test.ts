import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compileErrors, validate } from '@readme/openapi-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

interface MediaType {
  schema?: { $ref?: string } & Record<string, unknown>;
  example?: unknown;
  examples?: Record<string, unknown>;
}
interface Operation {
  security?: Record<string, string[]>[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaType> }>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const API_KEY = 'openapi-test-key';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMMITTED = join(ROOT, 'openapi', 'openapi.json');
const PACKAGE_CLIENT_TYPES = join(ROOT, 'clients', 'typescript', 'src', 'schema.d.ts');

function operations(doc: OpenApiDocument): { method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((method) => ({ method, path, op: item[method] as Operation })),
  );
}

function resolve(doc: OpenApiDocument, schema: MediaType['schema']): Record<string, unknown> | undefined {
  const ref = schema?.$ref;
  if (!ref) return schema;
  const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
  return name ? doc.components.schemas[name] : undefined;
}

describe('OpenAPI document', () => {
  let app: FastifyInstance;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    app = await buildApp(testConfig({ API_KEYS: API_KEY }));
    // What /openapi.json serves, as a client sees it (JSON round trip drops undefined values).
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json<OpenApiDocument>();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('openapi/openapi.json is the document the code generates now', async () => {
    const text = await readFile(COMMITTED, 'utf8').catch(() => null);
    expect(text, 'openapi/openapi.json is missing: run `npm run openapi` and commit it').not.toBeNull();
    const committed: unknown = JSON.parse(text ?? '{}');
    expect(committed, 'openapi/openapi.json is out of date: run `npm run openapi` and commit the result').toEqual(doc);
    expect(text?.endsWith('}\n'), 'openapi/openapi.json is not formatted by `npm run openapi`').toBe(true);
  });

  it.each([['clients/typescript/src/schema.d.ts', PACKAGE_CLIENT_TYPES]])(
    '%s is what `npm run client` generates from openapi/openapi.json',
    async (name, file) => {
      const dir = await mkdtemp(join(tmpdir(), 'skill-matcher-client-'));
      try {
        const out = join(dir, 'schema.d.ts');
        const cli = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
        await promisify(execFile)(process.execPath, [cli, COMMITTED, '-o', out], { cwd: ROOT });
        const expected = await readFile(out, 'utf8');
        const committed = await readFile(file, 'utf8').catch(() => null);
        expect(committed === expected, `${name} is missing or out of date: run \`npm run client\` and commit it`).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(doc) as unknown as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.specification).toBe('OpenAPI');
    expect(result.warnings).toEqual([]);
  });

  it('the validator rejects a broken document (so the check above means something)', async () => {
    const broken = structuredClone(doc) as unknown as Record<string, unknown>;
    delete broken.info;
    const result = await validate(broken as unknown as Parameters<typeof validate>[0]);
    expect(result.valid).toBe(false);
  });

  it('documents the public operations', () => {
    const listed = operations(doc).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /healthz',
        'GET /readyz',
        'GET /v1/skills',
        'GET /v1/skills/{id}',
        'POST /v1/skills/resolve',
        'POST /v1/postings/extract',
        'POST /v1/resumes/extract',
        'POST /v1/match',
      ]),
    );
    expect(listed).not.toContain('GET /openapi.json');
  });

  it('every operation documents 400 and 500 as application/problem+json with the shared Problem schema', () => {
    expect(doc.components.schemas.Problem, 'components.schemas.Problem is missing').toBeDefined();
    expect(doc.components.schemas.Problem?.properties).toHaveProperty('status');
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(0);
    for (const { method, path, op } of ops) {
      for (const status of ['400', '500']) {
        const where = `${method.toUpperCase()} ${path} ${status}`;
        const content = op.responses?.[status]?.content;
        expect(content, `${where} is not documented`).toBeDefined();
        expect(Object.keys(content ?? {}), `${where} content types`).toEqual(['application/problem+json']);
        expect(content?.['application/problem+json']?.schema, `${where} schema`).toEqual({ $ref: '#/components/schemas/Problem' });
      }
      // Success answers stay plain JSON, but for the one server-sent-events stream.
      const successes = Object.entries(op.responses ?? {}).filter(([status]) => /^2/.test(status));
      expect(successes.length, `${method.toUpperCase()} ${path} documents no success answer`).toBeGreaterThan(0);
      for (const [status, response] of successes) {
        if (response.content === undefined) continue; // 204
        const expected = path === '/v1/jobs/{id}/events' ? ['text/event-stream'] : ['application/json'];
        expect(Object.keys(response.content), `${method.toUpperCase()} ${path} ${status} content types`).toEqual(expected);
      }
    }
  });

  it('every request body carries an example, and sending it as-is succeeds (Try it out works without typing)', async () => {
    const withBodies = operations(doc).filter(({ op }) => op.requestBody !== undefined);
    expect(withBodies.length).toBeGreaterThanOrEqual(4);
    for (const { method, path, op } of withBodies) {
      const where = `${method.toUpperCase()} ${path}`;
      const media = op.requestBody?.content?.['application/json'];
      expect(media, `${where} has no application/json request body`).toBeDefined();
      const schema = resolve(doc, media?.schema);
      const example = media?.example ?? schema?.example;
      expect(example, `${where}: the request body schema has no example`).toBeDefined();
      // Swagger UI resolves $refs against a component's $id; zod's "#/components/schemas/X" ids make it show "string".
      expect(schema?.$id, `${where}: the body schema has an $id, which breaks Swagger UI's examples`).toBeUndefined();
      // Operations on a stored resource need an id typed in first; the rest must accept their example as it is
      // (with the API key a person enters under "Authorize" where the operation is keyed).
      if (path.includes('{')) continue;
      const keyed = (op.security ?? []).length > 0;
      const res = await app.inject({
        method: method.toUpperCase() as 'POST',
        url: path,
        payload: example as object,
        headers: keyed ? { authorization: `Bearer ${API_KEY}` } : {},
      });
      expect(res.statusCode, `${where} answered ${res.statusCode} to its own example: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(
        200,
      );
      expect(res.statusCode, `${where} answered ${res.statusCode} to its own example: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    }
  });
});
