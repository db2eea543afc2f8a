import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readResume } from '../../core/resume/intake.js';
import type { AppContext } from '../context.js';
import { problemResponses, ProblemSchema } from '../problem.js';
import { assertResumeSize } from '../text-limits.js';
import { ResumeInputSchema, ResumeProfileSchema } from '../schemas/resumes.js';

export const resumeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post('/v1/resumes/extract', {
    schema: {
      tags: ['resumes'],
      summary: 'Read a résumé into taxonomy skills',
      description:
        'Accepts a skills list, plain text, a JSON Resume document, or several at once — or a résumé file (PDF, DOCX, text, Markdown, HTML) ' +
        'as multipart/form-data part `file` or as the raw body; the answer then carries the `text` read from it. Nothing is stored.',
      body: ResumeInputSchema,
      response: { 200: ResumeProfileSchema, ...problemResponses, 422: ProblemSchema },
    },
    config: { fileIntake: 'resume' },
    handler: async (request) => {
      const resume = request.body;
      assertResumeSize(resume, ctx);
      const profile = readResume(ctx.taxonomy, resume);
      const fileText = request.fileTexts?.resume;
      return fileText === undefined ? profile : { ...profile, text: fileText };
    },
  });
};
