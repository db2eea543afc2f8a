import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PostingInput } from '../../catalog/catalog.js';
import { ExternalIdConflictError, type StoredPosting } from '../../store/types.js';
import type { CatalogContext } from '../context.js';
import { postingSourceOf } from '../posting-source.js';
import { API_KEY_SECURITY, accessHooks } from '../plugins/auth.js';
import { HttpProblem, notFound, problem, problemResponses, problemType, ProblemSchema } from '../problem.js';
import {
  CreatePostingBodySchema,
  PostingIdParamsSchema,
  PostingListSchema,
  postingListQuerySchema,
  ReanalysisSchema,
  ReplacePostingBodySchema,
  StoredPostingSchema,
} from '../schemas/catalog.js';
import { assertPostingSize } from '../text-limits.js';

type PostingBody = z.infer<typeof CreatePostingBodySchema>;

export function inputOf(body: PostingBody): PostingInput {
  const { externalId, title, metadata } = body;
  return {
    source: postingSourceOf(body),
    ...(externalId !== undefined ? { externalId } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
  };
}

const view = (p: StoredPosting) => ({
  id: p.id,
  externalId: p.externalId,
  title: p.title,
  metadata: p.metadata,
  analysis: p.analysis,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  taxonomyVersion: p.taxonomyVersion,
});

/** The list cursor: the seq of the last posting shown, opaque to clients. */
const encodeCursor = (seq: number): string => Buffer.from(`seq:${seq}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new HttpProblem(problem(400, 'The cursor is not one this service returned.', { type: problemType('invalid-cursor') }));
  return Number(match[1]);
}

const conflict = (err: ExternalIdConflictError): HttpProblem =>
  new HttpProblem(problem(409, err.message, { type: problemType('external-id-taken') }));

const WRITE_NOTE = 'Needs `Authorization: Bearer <key>` with a key from API_KEYS; a server with no API_KEYS refuses every write with 401.';
const READ_NOTE = 'Open unless REQUIRE_KEY_FOR_READS is set, then it needs an API key like writes.';

export const catalogRoutes: FastifyPluginAsyncZod<CatalogContext> = async (app, ctx) => {
  const { catalog } = ctx;
  const access = accessHooks(ctx.config);
  const writeResponses = { ...problemResponses, 401: ProblemSchema };

  app.post('/v1/postings', {
    schema: {
      tags: ['postings'],
      summary: 'Store a posting (or update the one with the same externalId)',
      description:
        'Analyses the posting and stores it with its analysis: 201 when new, 200 when an externalId already stored is updated. ' +
        'Also takes a posting file as multipart/form-data (part `file`, fields `externalId`, `title`, `metadata`) or as the raw body; ' +
        `the file's text is stored as the posting text and returned as \`analysis.text\`. ${WRITE_NOTE}`,
      security: API_KEY_SECURITY,
      body: CreatePostingBodySchema,
      response: { 200: StoredPostingSchema, 201: StoredPostingSchema, ...writeResponses, 422: ProblemSchema },
    },
    config: { fileIntake: 'catalog' },
    onRequest: access.write,
    handler: async (request, reply) => {
      const body = inputOf(request.body);
      const input = { ...body, prepared: assertPostingSize(body.source, ctx) };
      const { posting, created } = await catalog.save(input);
      if (created) reply.code(201).header('location', `/v1/postings/${posting.id}`);
      const fileText = request.fileTexts?.posting;
      const stored = view(posting);
      return fileText === undefined ? stored : { ...stored, analysis: { ...stored.analysis, text: fileText } };
    },
  });

  app.get('/v1/reanalysis', {
    schema: {
      tags: ['postings'],
      summary: 'Progress of re-analysing stored postings after a taxonomy change',
      description: `A service started with a new taxonomy version ranks from the stored analyses at once and re-analyses the outdated postings in the background, a batch at a time; each posting ranks by its new analysis as soon as its batch is stored. processed only grows. ${READ_NOTE}`,
      response: { 200: ReanalysisSchema, ...problemResponses, 401: ProblemSchema },
    },
    onRequest: access.read,
    handler: async () => ({ ...catalog.reanalysis }),
  });

  app.get('/v1/postings', {
    schema: {
      tags: ['postings'],
      summary: 'List stored postings, oldest first',
      description: `Cursor pagination: pass each page's nextCursor as cursor. ${READ_NOTE}`,
      querystring: postingListQuerySchema(ctx.config.MAX_LIST_ITEMS),
      response: { 200: PostingListSchema, ...problemResponses, 401: ProblemSchema },
    },
    onRequest: access.read,
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const page = await catalog.store.list({ limit: limit + 1, ...(cursor ? { afterSeq: decodeCursor(cursor) } : {}) });
      const items = page.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items: items.map(({ seq: _seq, ...summary }) => summary),
        nextCursor: page.length > limit && last ? encodeCursor(last.seq) : null,
      };
    },
  });

  app.get('/v1/postings/:id', {
    schema: {
      tags: ['postings'],
      summary: 'One stored posting with its analysis',
      description: READ_NOTE,
      params: PostingIdParamsSchema,
      response: { 200: StoredPostingSchema, ...problemResponses, 401: ProblemSchema },
    },
    onRequest: access.read,
    handler: async (request) => {
      const posting = await catalog.store.get(request.params.id);
      if (!posting) throw notFound(`No stored posting with id "${request.params.id}".`);
      return view(posting);
    },
  });

  app.put('/v1/postings/:id', {
    schema: {
      tags: ['postings'],
      summary: 'Replace a stored posting and re-analyse it',
      description: `409 when the externalId given belongs to another posting. ${WRITE_NOTE}`,
      security: API_KEY_SECURITY,
      params: PostingIdParamsSchema,
      body: ReplacePostingBodySchema,
      response: { 200: StoredPostingSchema, 409: ProblemSchema, ...writeResponses },
    },
    onRequest: access.write,
    handler: async (request) => {
      const body = inputOf(request.body);
      const input = { ...body, prepared: assertPostingSize(body.source, ctx) };
      let posting: StoredPosting | undefined;
      try {
        posting = await catalog.replace(request.params.id, input);
      } catch (err) {
        if (err instanceof ExternalIdConflictError) throw conflict(err);
        throw err;
      }
      if (!posting) throw notFound(`No stored posting with id "${request.params.id}".`);
      return view(posting);
    },
  });

  app.delete('/v1/postings/:id', {
    schema: {
      tags: ['postings'],
      summary: 'Delete a stored posting',
      description: WRITE_NOTE,
      security: API_KEY_SECURITY,
      params: PostingIdParamsSchema,
      response: { 204: z.null().describe('Deleted.'), ...writeResponses },
    },
    onRequest: access.write,
    handler: async (request, reply) => {
      if (!(await catalog.delete(request.params.id))) throw notFound(`No stored posting with id "${request.params.id}".`);
      return reply.code(204).send(null);
    },
  });
};
