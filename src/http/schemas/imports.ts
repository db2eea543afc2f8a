import { z } from 'zod';

export const ImportJobIdParamsSchema = z.object({ id: z.uuid().describe('The job id the bulk import answered with.') });

export const BulkImportQuerySchema = z.object({
  resume: z
    .uuid()
    .optional()
    .describe('Continue an interrupted upload: send the same file again; the lines the job already received are skipped.'),
});

export const ImportLineErrorSchema = z
  .object({
    line: z.number().int().describe('1-based line number in the uploaded file (blank lines count).'),
    reason: z.string(),
  })
  .meta({ id: 'ImportLineError' });

export const IMPORT_ERRORS_SHOWN = 10_000;

export const ImportJobSchema = z
  .object({
    id: z.string(),
    status: z
      .enum(['receiving', 'processing', 'interrupted', 'completed'])
      .describe(
        'receiving: the upload is streaming in (and being processed); processing: uploaded, lines still being processed; ' +
          'interrupted: the upload broke off; its lines are processed and the rest can be sent with ?resume=<id>; completed: every line is processed.',
      ),
    processed: z.number().int().describe('Non-blank lines handled so far, stored or failed. Only grows.'),
    succeeded: z.number().int().describe('Lines stored (created or updated by externalId).'),
    failed: z.number().int().describe('Lines refused; each is in errors (the first 10,000 here, all of them at /v1/jobs/{id}/errors).'),
    total: z.number().int().nullable().describe('Non-blank lines in the upload; null until the upload is complete.'),
    received: z.number().int().describe('Lines received so far (blank lines count): a resumed upload skips these.'),
    errors: z.array(ImportLineErrorSchema).describe('The first bad lines in line order, with why each was refused.'),
    startedAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
    etaSeconds: z.number().nullable().describe('Estimated seconds until completed, from the rate so far; null while unknown.'),
  })
  .meta({ id: 'ImportJob' });

export const ImportErrorsQuerySchema = z.object({
  afterLine: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('Only errors after this line number (pass the last line of the previous page).'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export const ImportErrorsSchema = z.object({ items: z.array(ImportLineErrorSchema) }).meta({ id: 'ImportErrors' });
