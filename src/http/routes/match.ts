import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AnalysedPosting } from '../../core/posting.js';
import type { PostingSource } from '../../core/intake/posting-source.js';
import type { ResumeInput } from '../../core/resume/intake.js';
import type { AppContext } from '../context.js';
import { notFound, problemResponses } from '../problem.js';
import { FitReportSchema, MatchBodySchema } from '../schemas/match.js';
import { assertPostingSize } from './postings-extract.js';
import { assertResumeSize } from './resumes.js';

/** A posting given inline is analysed; one given by id comes from the catalogue with its stored analysis. */
export async function postingAnalysisFor(ref: PostingSource | { id: string }, ctx: AppContext): Promise<AnalysedPosting> {
  if ('id' in ref && typeof ref.id === 'string') {
    const stored = await ctx.store.get(ref.id);
    if (!stored) throw notFound(`No stored posting with id "${ref.id}".`);
    return stored.analysis;
  }
  return ctx.analyser.posting(assertPostingSize(ref as PostingSource, ctx));
}

export const matchRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post('/v1/match', {
    schema: {
      tags: ['matching'],
      summary: 'Score how well a résumé fits a posting',
      description: 'A deterministic 0–100 score with per-level coverage, matched / partial / missing requirements, evidence on both sides and the gaps that cost the most.',
      body: MatchBodySchema,
      response: { 200: FitReportSchema, ...problemResponses },
    },
    handler: async (request) => {
      const { posting, resume, weights, kindWeights, asOf } = request.body;
      assertResumeSize(resume as ResumeInput, ctx);
      const analysis = await postingAnalysisFor(posting as PostingSource | { id: string }, ctx);
      return ctx.analyser.fit(analysis, resume as ResumeInput, { ...(weights ? { weights } : {}), ...(kindWeights ? { kindWeights } : {}), ...(asOf ? { asOf } : {}) });
    },
  });
};
