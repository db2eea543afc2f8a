import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { loadOccupations, type OccupationIndex } from './core/occupations/index.js';
import { loadTaxonomy, type Taxonomy } from './core/taxonomy/index.js';
import { Catalog } from './catalog/catalog.js';
import type { AppContext } from './http/context.js';
import { clientErrorHandler } from './http/client-errors.js';
import { docsPlugin } from './http/plugins/docs.js';
import { filesPlugin } from './http/plugins/files.js';
import { errorsPlugin } from './http/plugins/errors.js';
import { problem, sendProblem } from './http/problem.js';
import { limitsPlugin } from './http/plugins/limits.js';
import { webPlugin } from './http/plugins/web.js';
import { HELMET_OPTIONS } from './http/security-headers.js';
import { catalogRoutes } from './http/routes/catalog.js';
import { healthRoutes } from './http/routes/health.js';
import { importRoutes } from './http/routes/imports.js';
import { postingExtractRoutes } from './http/routes/postings-extract.js';
import { matchRoutes } from './http/routes/match.js';
import { occupationRoutes } from './http/routes/occupations.js';
import { rankRoutes } from './http/routes/rank.js';
import { resumeRoutes } from './http/routes/resumes.js';
import { skillRoutes } from './http/routes/skills.js';
import { openStore, type PostingStore } from './store/index.js';
import { inProcessAnalyser, workerAnalyser } from './analysis/analyser.js';

export interface AppDependencies {
  taxonomy?: Taxonomy;
  occupations?: OccupationIndex;
  store?: PostingStore;
  /** Where logs go (tests capture them); defaults to stdout. */
  logStream?: DestinationStream;
  /** Pretty, human-readable logs (server.ts turns this on for a terminal). */
  prettyLogs?: boolean;
  /** Extra routes registered before the instance is ready (the load test's echo route). */
  extraRoutes?: (app: FastifyInstance) => void | Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds a ready Fastify instance; nothing listens until server.ts says so. */
/** Plain words for the errors the router raises before any route runs. */
const FRAMEWORK_ERROR_DETAIL: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not valid (malformed percent-encoding).',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is longer than the server accepts.',
};

export async function buildApp(config: Config, deps: AppDependencies = {}): Promise<FastifyInstance> {
  // The store first: one that cannot be reached fails start-up before the taxonomy is compiled.
  const store =
    deps.store ??
    (await openStore(config.DATABASE_URL, {
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    }));
  const taxonomy = deps.taxonomy ?? loadTaxonomy();
  const occupations = deps.occupations ?? loadOccupations();
  const ownsStore = deps.store === undefined;

  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
      // Request and response bodies are never logged: résumés and postings are personal data.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url?.split('?')[0], id: req.id, remoteAddress: req.ip }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      ...(deps.prettyLogs && !deps.logStream
        ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' } } }
        : {}),
    },
    bodyLimit: config.BODY_LIMIT,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // Node arms its request timer only with the options the server is created with: the requestTimeout Fastify sets
    // afterwards is never enforced on Node 20. The check runs every connectionsCheckingInterval (30 s by default).
    http: {
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.REQUEST_TIMEOUT_MS / 4))),
    },
    clientErrorHandler: clientErrorHandler(),
    return503OnClosing: false,
    // Errors the router raises before any route or hook runs answer problem+json too.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      sendProblem(reply, problem(status, status === 500 ? 'An unexpected error occurred.' : FRAMEWORK_ERROR_DETAIL[error.code]));
    },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON (and, on the file routes, multipart and raw files: filesPlugin); anything else answers 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (ownsStore) app.addHook('onClose', async () => store.close());

  await app.register(errorsPlugin);
  // Security and CORS headers first, so that answers the limits send (429, 503) carry them too.
  await app.register(helmet, HELMET_OPTIONS);
  await app.register(cors, {
    origin: config.CORS_ORIGINS.includes('*') ? true : config.CORS_ORIGINS,
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  await app.register(limitsPlugin, config);
  await app.register(docsPlugin);
  await app.register(webPlugin);
  await app.register(filesPlugin, config);

  // Workers compile the bundled taxonomy and occupations themselves; a taxonomy the caller compiled (tests) stays in process.
  const analyser =
    config.WORKERS > 0 && deps.taxonomy === undefined ? workerAnalyser(config.WORKERS) : inProcessAnalyser({ taxonomy, occupations });
  const opened: { catalog?: Catalog } = {};
  // The catalog's background re-analysis runs on the pool: it stops before the pool closes.
  app.addHook('onClose', async () => {
    await opened.catalog?.close();
    await analyser.close();
  });
  const ctx: AppContext = { config, taxonomy, occupations, store, analyser };
  await app.register(healthRoutes, ctx);
  await app.register(skillRoutes, ctx);
  await app.register(postingExtractRoutes, ctx);
  await app.register(resumeRoutes, ctx);
  await app.register(matchRoutes, ctx);
  await app.register(occupationRoutes, { occupations });

  // The rank index is built from the stored analyses; postings analysed with another taxonomy version are then
  // re-analysed in the background, on the worker pool when there is one (GET /v1/reanalysis shows progress).
  const catalog = await Catalog.open(store, { taxonomy, occupations }, app.log, {
    analyse: (source, title) => analyser.posting(source, title),
  });
  opened.catalog = catalog;
  await app.register(catalogRoutes, { ...ctx, catalog });
  await app.register(rankRoutes, { ...ctx, catalog });
  await app.register(importRoutes, { ...ctx, catalog });

  if (deps.extraRoutes) await deps.extraRoutes(app);
  await app.ready();
  return app;
}
