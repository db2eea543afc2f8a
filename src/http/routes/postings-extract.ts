import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { analysePosting, preparePosting, type PreparedPosting } from '../../core/posting.js';
import type { PostingSource } from '../../core/intake/posting-source.js';
import type { AppContext } from '../context.js';
import { problemResponses } from '../problem.js';
import { assertTextLength } from '../text-limits.js';
import { ExtractPostingBodySchema, PostingAnalysisSchema } from '../schemas/postings.js';

/** Assembles a posting's text and rejects it with 413 when longer than MAX_TEXT_LENGTH (as sent or normalised), before any analysis. */
export function assertPostingSize(source: PostingSource, ctx: AppContext): PreparedPosting {
  const prepared = preparePosting(source);
  assertTextLength(prepared.text, ctx.config.MAX_TEXT_LENGTH, 'The posting');
  return prepared;
}

export const postingExtractRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post('/v1/postings/extract', {
    schema: {
      tags: ['postings'],
      summary: 'Extract the skills a job posting asks for',
      description: 'Finds each skill with its level (required, preferred, mentioned), weight, alternatives group and the text that justifies it. Nothing is stored.',
      body: ExtractPostingBodySchema,
      response: { 200: PostingAnalysisSchema, ...problemResponses },
    },
    handler: async (request) => {
      return analysePosting(ctx.taxonomy, assertPostingSize(request.body as PostingSource, ctx), { occupations: ctx.occupations });
    },
  });
};
