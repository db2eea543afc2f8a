import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportRunner } from '../../catalog/import/runner.js';
import { spoolUpload } from '../../catalog/import/upload.js';
import type { ImportJob } from '../../store/import-jobs.js';
import { postingLineParser } from '../import-line.js';
import { bodyWithIdleTimeout } from '../upload-timeout.js';
import { API_KEY_SECURITY, accessHooks } from '../plugins/auth.js';
import { HttpProblem, notFound, problem, problemResponses, problemType, ProblemSchema } from '../problem.js';
import {
  BulkImportQuerySchema,
  IMPORT_ERRORS_SHOWN,
  ImportErrorsQuerySchema,
  ImportErrorsSchema,
  ImportJobIdParamsSchema,
  ImportJobSchema,
} from '../schemas/imports.js';
import type { CatalogContext } from '../context.js';

/** NDJSON by any of its names; JSON and plain text are read as NDJSON too (one object is a one-line file). */
const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain'];
const EVENT_POLL_MS = 1000;
const HEARTBEAT_MS = 15_000;

/** Seconds left at the rate the job has kept so far; null until the total is known and a line is done. */
function etaSeconds(job: ImportJob): number | null {
  if (job.status === 'completed') return 0;
  if (job.total === null || job.processed === 0) return null;
  const elapsed = (Date.parse(job.updatedAt) - Date.parse(job.startedAt)) / 1000;
  if (!(elapsed > 0)) return null;
  return Math.round(((job.total - job.processed) / (job.processed / elapsed)) * 10) / 10;
}

const progressOf = (job: ImportJob) => ({
  id: job.id,
  status: job.status,
  processed: job.processed,
  succeeded: job.succeeded,
  failed: job.failed,
  total: job.total,
  received: job.received,
  startedAt: job.startedAt,
  updatedAt: job.updatedAt,
  finishedAt: job.finishedAt,
  etaSeconds: etaSeconds(job),
});

const WRITE_NOTE = 'Needs `Authorization: Bearer <key>` with a key from API_KEYS, like every catalogue write.';

/**
 * Bulk import: POST /v1/postings/bulk spools an NDJSON upload into the store while this instance's
 * ImportRunner processes it; GET /v1/jobs/{id} (and its errors and events) report progress.
 */
export const importRoutes: FastifyPluginAsyncZod<CatalogContext> = async (app, ctx) => {
  const { catalog, config } = ctx;
  const store = catalog.store;
  const access = accessHooks(config);
  const { analyser } = ctx;
  const runner = new ImportRunner(
    catalog,
    postingLineParser(ctx),
    config.BODY_LIMIT,
    app.log,
    analyser.workers > 0 ? { analyse: (source, title) => analyser.posting(source, title) } : {},
  );
  const uploading = new Set<string>();
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', async () => runner.close());

  // The body is read as a stream by the route, so BODY_LIMIT does not apply; BULK_IMPORT_MAX_BYTES does.
  // (This plugin's scope only: every other route keeps its JSON parser and BODY_LIMIT.)
  app.removeContentTypeParser('application/json');
  for (const type of NDJSON_TYPES) {
    // The file-upload parsers (text/plain) are replaced in this scope too: here every accepted body is NDJSON.
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, (_request, _payload, done) => done(null, null));
  }

  const view = async (job: ImportJob) => ({ ...progressOf(job), errors: await store.importErrors(job.id, { limit: IMPORT_ERRORS_SHOWN }) });

  const conflict = (detail: string) => new HttpProblem(problem(409, detail, { type: problemType('import-in-progress') }));

  /** The job a `?resume=` upload continues, now owned by this instance; undefined when its upload is already complete. */
  async function resumable(id: string): Promise<ImportJob | undefined> {
    const job = await store.getImportJob(id);
    if (!job) {
      // A client may choose its job's id up front, so it knows it even when the connection breaks before the answer.
      try {
        return await store.createImportJob(id, runner.owner);
      } catch (err) {
        if (await store.getImportJob(id)) throw conflict(`The upload of job ${id} is still in progress.`);
        throw err;
      }
    }
    if (job.uploadComplete) return undefined;
    const stale = Date.parse(job.updatedAt) < Date.now() - runner.leaseMs;
    if (uploading.has(id) || (job.status === 'receiving' && job.owner !== null && !stale))
      throw conflict(`The upload of job ${id} is still in progress.`);
    const taken = await store.takeOverImportJob(id, runner.owner, job.updatedAt, 'receiving');
    if (!taken) throw conflict(`Job ${id} changed while resuming; try again.`);
    return taken;
  }

  app.post('/v1/postings/bulk', {
    schema: {
      tags: ['postings'],
      summary: 'Import many postings from NDJSON, with progress',
      description:
        'The body is `application/x-ndjson`: one posting per line in the form of POST /v1/postings (text, jobPosting or job; externalId, title, metadata), ' +
        'streamed (BULK_IMPORT_MAX_BYTES, BULK_IMPORT_MAX_LINES; each line at most BODY_LIMIT bytes). Lines are stored as they arrive, ' +
        'each upserted by externalId (importing a file again updates, never duplicates). Answers 202 with the job once the upload is received; ' +
        'follow it at /v1/jobs/{id} or /v1/jobs/{id}/events. A bad line is counted in `failed` and listed with its line number and reason; ' +
        'the others are imported. An upload that broke off is continued by sending the same file again with `?resume=<job id>` ' +
        '(choose the id, a UUID, on the first upload too, so you know it even if the connection breaks before the answer); ' +
        `an import interrupted by a restart continues by itself. ${WRITE_NOTE}`,
      security: API_KEY_SECURITY,
      querystring: BulkImportQuerySchema,
      response: { 202: ImportJobSchema, 401: ProblemSchema, 409: ProblemSchema, ...problemResponses },
    },
    onRequest: access.write,
    handler: async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!NDJSON_TYPES.includes(type)) {
        throw new HttpProblem(problem(415, 'Send the postings as application/x-ndjson, one JSON posting per line.'));
      }
      const body = bodyWithIdleTimeout(request.raw, config.REQUEST_TIMEOUT_MS);
      const resumeId = request.query.resume;
      const job = resumeId ? await resumable(resumeId) : await store.createImportJob(randomUUID(), runner.owner);
      if (!job) {
        request.raw.resume();
        const done = await store.getImportJob(resumeId as string);
        return reply
          .code(202)
          .header('location', `/v1/jobs/${resumeId}`)
          .send(await view(done as ImportJob));
      }
      uploading.add(job.id);
      runner.kick(job.id);
      let outcome;
      try {
        outcome = await spoolUpload(
          store,
          runner.owner,
          job,
          body,
          { maxLineBytes: config.BODY_LIMIT, maxBytes: config.BULK_IMPORT_MAX_BYTES, maxLines: config.BULK_IMPORT_MAX_LINES },
          () => runner.kick(job.id),
        );
      } finally {
        uploading.delete(job.id);
      }
      const current = (await store.getImportJob(job.id)) as ImportJob;
      reply.header('location', `/v1/jobs/${job.id}`);
      switch (outcome.kind) {
        case 'complete':
          return reply.code(202).send(await view(current));
        case 'too-large': {
          const limit =
            outcome.limit === 'bytes'
              ? `${config.BULK_IMPORT_MAX_BYTES} bytes (BULK_IMPORT_MAX_BYTES)`
              : `${config.BULK_IMPORT_MAX_LINES} lines (BULK_IMPORT_MAX_LINES)`;
          throw new HttpProblem(
            problem(413, `The upload is larger than ${limit}. Job ${job.id} imports the ${current.spooled} lines before the limit.`, {
              type: problemType('import-too-large'),
            }),
          );
        }
        case 'broken':
          request.log.info({ jobId: job.id, received: current.received }, 'bulk upload broke off; the job can be resumed');
          return reply.code(202).send(await view(current));
        case 'lost':
          throw conflict(`Job ${job.id} was taken over by another instance while uploading; resume it with ?resume=${job.id}.`);
      }
    },
  });

  app.get('/v1/jobs/:id', {
    schema: {
      tags: ['postings'],
      summary: 'Progress of a bulk import',
      description:
        'processed only grows; total is known once the upload is complete; etaSeconds estimates the time left from the rate so far. Open unless REQUIRE_KEY_FOR_READS is set.',
      params: ImportJobIdParamsSchema,
      response: { 200: ImportJobSchema, 401: ProblemSchema, ...problemResponses },
    },
    onRequest: access.read,
    handler: async (request) => {
      const job = await store.getImportJob(request.params.id);
      if (!job) throw notFound(`No import job with id "${request.params.id}".`);
      return view(job);
    },
  });

  app.get('/v1/jobs/:id/errors', {
    schema: {
      tags: ['postings'],
      summary: 'Every bad line of a bulk import, a page at a time',
      description:
        'In line order; pass the last line number of a page as afterLine for the next. Open unless REQUIRE_KEY_FOR_READS is set.',
      params: ImportJobIdParamsSchema,
      querystring: ImportErrorsQuerySchema,
      response: { 200: ImportErrorsSchema, 401: ProblemSchema, ...problemResponses },
    },
    onRequest: access.read,
    handler: async (request) => {
      const job = await store.getImportJob(request.params.id);
      if (!job) throw notFound(`No import job with id "${request.params.id}".`);
      return { items: await store.importErrors(job.id, request.query) };
    },
  });

  app.get('/v1/jobs/:id/events', {
    schema: {
      tags: ['postings'],
      summary: 'Live progress of a bulk import (server-sent events)',
      description:
        '`text/event-stream`: a `progress` event (the job without its errors list) whenever processed or status changes — processed never decreases — ' +
        'then `done` when the job is completed, and the stream ends. Open unless REQUIRE_KEY_FOR_READS is set.',
      params: ImportJobIdParamsSchema,
      response: {
        200: z.string().meta({
          contentMediaType: 'text/event-stream',
          description: 'Server-sent events: `progress` (an ImportJob without errors), then `done`.',
        }),
        401: ProblemSchema,
        ...problemResponses,
      },
    },
    onRequest: access.read,
    handler: async (request, reply) => {
      const { id } = request.params;
      if (!(await store.getImportJob(id))) throw notFound(`No import job with id "${id}".`);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        // What the hooks set so far (CORS, security headers), which a hijacked reply would otherwise lose.
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-request-id': request.id,
        'x-accel-buffering': 'no',
      });
      let lastProcessed = -1;
      let lastStatus = '';
      let ended = false;
      let chain: Promise<void> = Promise.resolve();
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(poll);
        clearInterval(heartbeat);
        runner.events.off('progress', onProgress);
        res.end();
      };
      const send = async () => {
        if (ended) return;
        const job = await store.getImportJob(id);
        if (!job || ended) return;
        if (job.processed < lastProcessed || (job.processed === lastProcessed && job.status === lastStatus)) return;
        lastProcessed = job.processed;
        lastStatus = job.status;
        res.write(`event: progress\nid: ${job.processed}\ndata: ${JSON.stringify(progressOf(job))}\n\n`);
        if (job.status === 'completed') {
          res.write(`event: done\ndata: ${JSON.stringify({ id })}\n\n`);
          end();
        }
      };
      const queue = () => {
        chain = chain.then(send).catch((err: unknown) => {
          request.log.error({ err, jobId: id }, 'could not send import progress');
          end();
        });
      };
      const onProgress = (jobId: string) => {
        if (jobId === id) queue();
      };
      runner.events.on('progress', onProgress);
      const poll = setInterval(queue, EVENT_POLL_MS);
      const heartbeat = setInterval(() => !ended && res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      request.raw.socket.on('close', end);
      queue();
    },
  });
};
