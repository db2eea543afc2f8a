import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fitSummary } from '../../core/rank/fit-summary.js';
import { occupationFit, resumeOccupations } from '../../core/score/occupation.js';
import { rankPostings } from '../../core/rank/rank.js';
import { rankResumes } from '../../core/rank/rank-resumes.js';
import { readResume } from '../../core/resume/intake.js';
import { accessHooks } from '../plugins/auth.js';
import { HttpProblem, notFound, problem, problemResponses, ProblemSchema } from '../problem.js';
import {
  PostingIdParamsSchema,
  RankBodySchema,
  RankResultSchema,
  RankResumesBodySchema,
  RankResumesResultSchema,
} from '../schemas/catalog.js';
import type { CatalogContext } from '../context.js';
import { assertResumeSize } from '../text-limits.js';

export const rankRoutes: FastifyPluginAsyncZod<CatalogContext> = async (app, ctx) => {
  const { catalog, taxonomy, config } = ctx;
  const access = accessHooks(config);

  app.post('/v1/rank', {
    schema: {
      tags: ['matching'],
      summary: 'Rank stored postings for a résumé',
      description:
        'Scores the stored postings (all, or those in `filter`) against one résumé with the same scoring as /v1/match, best first. ' +
        'Postings sharing no skill with the résumé score 0 and only fill up the list. Open unless REQUIRE_KEY_FOR_READS is set.',
      body: RankBodySchema,
      response: { 200: RankResultSchema, ...problemResponses, 401: ProblemSchema },
    },
    onRequest: access.read,
    handler: async (request) => {
      const { resume, filter, limit } = request.body;
      assertResumeSize(resume, ctx);
      const profile = readResume(taxonomy, resume);
      const held = resumeOccupations(ctx.occupations, profile, taxonomy);
      const ranking = rankPostings(taxonomy, catalog.index, profile, {
        limit,
        occupationFit: (posting) => occupationFit(posting, held, ctx.occupations.families),
        ...(filter ? { only: filter } : {}),
      });
      return {
        items: ranking.items.map(({ posting, report }) => ({
          id: posting.id,
          externalId: posting.externalId,
          title: posting.title,
          ...fitSummary(report),
        })),
        total: ranking.total,
        taxonomyVersion: taxonomy.version,
      };
    },
  });

  app.post('/v1/postings/:id/rank-resumes', {
    schema: {
      tags: ['matching'],
      summary: 'Rank résumés for a stored posting',
      description:
        `Scores up to MAX_RESUMES_PER_RANK (${config.MAX_RESUMES_PER_RANK}) résumés against one stored posting, best first; ` +
        "`index` is the résumé's position in the request. Nothing is stored. Open unless REQUIRE_KEY_FOR_READS is set.",
      params: PostingIdParamsSchema,
      body: RankResumesBodySchema,
      response: { 200: RankResumesResultSchema, ...problemResponses, 401: ProblemSchema },
    },
    onRequest: access.read,
    handler: async (request) => {
      const resumes = request.body.resumes;
      if (resumes.length > config.MAX_RESUMES_PER_RANK) {
        throw new HttpProblem(
          problem(413, `${resumes.length} résumés sent; the limit is ${config.MAX_RESUMES_PER_RANK} (MAX_RESUMES_PER_RANK).`),
        );
      }
      resumes.forEach((r) => assertResumeSize(r, ctx));
      const posting = await catalog.store.get(request.params.id);
      if (!posting) throw notFound(`No stored posting with id "${request.params.id}".`);
      return { items: rankResumes(ctx, posting.analysis, resumes), taxonomyVersion: taxonomy.version };
    },
  });
};
