import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AnalysedPosting } from '../../core/posting.js';
import type { AppContext } from '../context.js';
import { postingSourceOf } from '../posting-source.js';
import { accessHooks } from '../plugins/auth.js';
import { notFound, problemResponses, ProblemSchema } from '../problem.js';
import { FitReportSchema, MatchBodySchema } from '../schemas/match.js';
import { assertPostingSize, assertResumeSize } from '../text-limits.js';

/** A posting given inline is analysed; one given by id comes from the catalogue with its stored analysis. */
export async function postingAnalysisFor(
  ref: Parameters<typeof postingSourceOf>[0] & { id?: string },
  ctx: AppContext,
): Promise<AnalysedPosting> {
  if (ref.id !== undefined) {
    const stored = await ctx.store.get(ref.id);
    if (!stored) throw notFound(`No stored posting with id "${ref.id}".`);
    return stored.analysis;
  }
  return ctx.analyser.posting(assertPostingSize(postingSourceOf(ref), ctx));
}

export const matchRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const access = accessHooks(ctx.config);
  app.post('/v1/match', {
    schema: {
      tags: ['matching'],
      summary: 'Score how well a résumé fits a posting',
      description:
        'A deterministic 0–100 score with per-level coverage, matched / partial / missing requirements, evidence on both sides and the gaps that cost the most. ' +
        'A posting given by `id` is read from the catalogue: with REQUIRE_KEY_FOR_READS set, that needs an API key. ' +
        'As multipart/form-data: the résumé file in part `file` and the posting in part `posting` (text, or a JSON PostingRef) or as a file in part `postingFile`; ' +
        'the answer then carries `resumeText` (and `postingText`), the texts the evidence offsets refer to.',
      body: MatchBodySchema,
      response: { 200: FitReportSchema, ...problemResponses, 401: ProblemSchema, 422: ProblemSchema },
    },
    // A posting given by id is a catalogue read: with REQUIRE_KEY_FOR_READS it needs a key like GET /v1/postings/:id.
    preHandler: async (request, reply) => {
      if ('id' in request.body.posting) await access.read(request, reply);
    },
    config: { fileIntake: 'match' },
    handler: async (request) => {
      const { posting, resume, weights, kindWeights, asOf } = request.body;
      assertResumeSize(resume, ctx);
      const analysis = await postingAnalysisFor(posting, ctx);
      const report = await ctx.analyser.fit(analysis, resume, {
        ...(weights ? { weights } : {}),
        ...(kindWeights ? { kindWeights } : {}),
        ...(asOf ? { asOf } : {}),
      });
      const { resume: resumeText, posting: postingText } = request.fileTexts ?? {};
      return { ...report, ...(resumeText !== undefined ? { resumeText } : {}), ...(postingText !== undefined ? { postingText } : {}) };
    },
  });
};
