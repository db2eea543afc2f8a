import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { preparePosting, type PreparedPosting } from '../../core/posting.js';
import type { PostingSource } from '../../core/intake/posting-source.js';
import type { AppContext } from '../context.js';
import { HttpProblem, problem, problemResponses } from '../problem.js';
import { ExtractPostingBodySchema, PostingAnalysisSchema } from '../schemas/postings.js';

/** Assembles a posting's text and rejects it with 413 when longer than MAX_TEXT_LENGTH, before any analysis. */
export function assertPostingSize(source: PostingSource, ctx: AppContext): PreparedPosting {
  const prepared = preparePosting(source);
  const length = prepared.text.length;
  if (length > ctx.config.MAX_TEXT_LENGTH) {
    throw new HttpProblem(problem(413, `The posting has ${length} characters; the limit is ${ctx.config.MAX_TEXT_LENGTH} (MAX_TEXT_LENGTH).`));
  }
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
      return ctx.analyser.posting(assertPostingSize(request.body as PostingSource, ctx));
    },
  });
};
