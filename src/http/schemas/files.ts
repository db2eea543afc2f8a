import { z } from 'zod';
import { DOCX, HTML, MARKDOWN, PDF, PLAIN } from '../../files/index.js';

/** Which JSON body a route's files stand for. */
export type FileIntakeKind = 'resume' | 'match' | 'posting' | 'catalog';

/** Raw bodies the file routes take besides JSON and multipart/form-data. */
export const FILE_BODY_TYPES = [PDF, DOCX, PLAIN, MARKDOWN, HTML, 'application/octet-stream'];

const FilePart = (what: string) =>
  z.string().meta({
    format: 'binary',
    description: `${what}: PDF (with a text layer), DOCX, plain text, Markdown or HTML. The part's Content-Type, else the file name's extension, else the content decides; the content must agree with the type (415 otherwise).`,
  });

const JsonPart = (what: string) => z.string().describe(`${what}, as a JSON string.`);

export const ResumeUploadSchema = z.object({ file: FilePart('The résumé file') }).meta({
  id: 'ResumeUpload',
  description: 'A résumé file. The answer carries the `text` read from it; evidence offsets refer to that text.',
});

export const PostingUploadSchema = z
  .object({ file: FilePart('The posting file') })
  .meta({ id: 'PostingUpload', description: 'A posting file. The answer carries the `text` read from it; offsets refer to that text.' });

export const PostingCreateUploadSchema = z
  .object({
    file: FilePart('The posting file'),
    externalId: z.string().optional().describe('Your own key for the posting.'),
    title: z.string().optional(),
    metadata: JsonPart('Any JSON object').optional(),
  })
  .meta({
    id: 'PostingCreateUpload',
    description: "A posting file with the catalogue fields. The answer's `analysis.text` is the text read from the file.",
  });

export const MatchUploadSchema = z
  .object({
    file: FilePart('The résumé file (or give `resume` instead)').optional(),
    resume: JsonPart('A ResumeInput object (instead of `file`)').optional(),
    posting: z
      .string()
      .optional()
      .describe(
        'The posting text, or a JSON PostingRef object ({"text"}, {"jobPosting"}, {"job"} or {"id"}) as a string (or give `postingFile` instead).',
      ),
    postingFile: FilePart('The posting file (instead of `posting`)').optional(),
    weights: JsonPart('LevelWeights').optional(),
  })
  .meta({
    id: 'MatchUpload',
    description:
      'A résumé file and a posting. The answer carries `resumeText` (and `postingText` for a posting file); evidence offsets refer to them.',
  });

/** The component each route's multipart body is documented by (fastify-type-provider-zod names request schemas "<id>Input"). */
const UPLOAD_COMPONENTS: Record<FileIntakeKind, string> = {
  resume: 'ResumeUploadInput',
  posting: 'PostingUploadInput',
  catalog: 'PostingCreateUploadInput',
  match: 'MatchUploadInput',
};

const BINARY = { type: 'string', format: 'binary' };
const TEXT = { type: 'string' };

/**
 * The request body content a file route documents besides JSON: multipart/form-data with its parts
 * and, except for a match (which needs two inputs), the raw file types.
 */
export function fileRequestContent(kind: FileIntakeKind): Record<string, { schema: Record<string, unknown> }> {
  const content: Record<string, { schema: Record<string, unknown> }> = {
    'multipart/form-data': { schema: { $ref: `#/components/schemas/${UPLOAD_COMPONENTS[kind]}` } },
  };
  if (kind === 'match') return content;
  return {
    ...content,
    [PDF]: { schema: BINARY },
    [DOCX]: { schema: BINARY },
    [PLAIN]: { schema: TEXT },
    [MARKDOWN]: { schema: TEXT },
    [HTML]: { schema: TEXT },
  };
}
