import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { postingSourceOf } from '../posting-source.js';
import { problemResponses, ProblemSchema } from '../problem.js';
import { assertPostingSize } from '../text-limits.js';
import { ExtractPostingBodySchema, PostingAnalysisSchema } from '../schemas/postings.js';

export const postingExtractRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post('/v1/postings/extract', {
    schema: {
      tags: ['postings'],
      summary: 'Extract the skills a job posting asks for',
      description:
        'Finds each skill with its level (required, preferred, mentioned), weight, alternatives group and the text that justifies it. ' +
        'Also takes a posting file (PDF, DOCX, text, Markdown, HTML) as multipart/form-data part `file` or as the raw body; `text` is then the text read from it. Nothing is stored.',
      body: ExtractPostingBodySchema,
      response: { 200: PostingAnalysisSchema, ...problemResponses, 422: ProblemSchema },
    },
    config: { fileIntake: 'posting' },
    handler: async (request) => {
      const analysis = await ctx.analyser.posting(assertPostingSize(postingSourceOf(request.body), ctx));
      const fileText = request.fileTexts?.posting;
      return fileText === undefined ? analysis : { ...analysis, text: fileText };
    },
  });
};
