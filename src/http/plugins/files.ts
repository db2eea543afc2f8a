import multipart, { type MultipartFile, type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { closeFilePool, extractFileText, FileReadError, type FileLimits, typeFromFileName, warmFilePool } from '../../files/index.js';
import { HttpProblem, problem, problemType } from '../problem.js';
import { FILE_BODY_TYPES, type FileIntakeKind } from '../schemas/files.js';

/** The texts read from the files of a request; answers echo them so offsets can be highlighted. */
export interface FileTexts {
  resume?: string;
  posting?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also takes files: multipart/form-data and raw PDF, DOCX, text, Markdown or HTML bodies. */
    fileIntake?: FileIntakeKind;
  }
  interface FastifyRequest {
    fileTexts?: FileTexts;
  }
}

/** A raw file body; its bytes stay out of Object.values, so generic body walkers skip them. */
export class RawFileBody {
  readonly #bytes: Uint8Array;

  constructor(
    bytes: Uint8Array,
    readonly mediaType: string | undefined,
  ) {
    this.#bytes = bytes;
  }

  get bytes(): Uint8Array {
    return this.#bytes;
  }
}

/** The parts each route reads from multipart/form-data: file parts and text fields. */
const PARTS: Record<FileIntakeKind, { files: string[]; fields: string[] }> = {
  resume: { files: ['file'], fields: [] },
  posting: { files: ['file'], fields: [] },
  catalog: { files: ['file'], fields: ['externalId', 'title', 'metadata'] },
  match: { files: ['file', 'postingFile'], fields: ['posting', 'resume', 'weights'] },
};

const badRequest = (detail: string): HttpProblem => new HttpProblem(problem(400, detail, { type: problemType('invalid-multipart') }));

function fileProblem(err: FileReadError): HttpProblem {
  return new HttpProblem(problem(err.status, err.message, { type: problemType(err.code) }));
}

async function readFile(bytes: Uint8Array, mediaType: string | undefined, limits: FileLimits): Promise<string> {
  try {
    return (await extractFileText(bytes, mediaType, limits)).text;
  } catch (err) {
    if (err instanceof FileReadError) throw fileProblem(err);
    throw err;
  }
}

/** A browser sends application/octet-stream for a type it does not know: the file name's extension says more. */
function declaredType(part: MultipartFile): string | undefined {
  const given = part.mimetype?.split(';')[0]?.trim().toLowerCase();
  if (given && given !== 'application/octet-stream') return part.mimetype;
  return typeFromFileName(part.filename ?? '') ?? given;
}

function jsonField(name: string, value: string): unknown {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // answered below
  }
  throw badRequest(`The "${name}" part must be a JSON object.`);
}

interface ReadParts {
  files: Map<string, { bytes: Uint8Array; mediaType: string | undefined }>;
  fields: Map<string, string>;
}

async function collectParts(request: FastifyRequest, kind: FileIntakeKind): Promise<ReadParts> {
  const allowed = PARTS[kind];
  const files: ReadParts['files'] = new Map();
  const fields: ReadParts['fields'] = new Map();
  const named = [...allowed.files.map((f) => `${f} (file)`), ...allowed.fields].join(', ');
  for await (const part of request.parts() as AsyncIterableIterator<Multipart>) {
    const known = part.type === 'file' ? allowed.files.includes(part.fieldname) : allowed.fields.includes(part.fieldname);
    if (!known || files.has(part.fieldname) || fields.has(part.fieldname)) {
      if (part.type === 'file') part.file.resume();
      throw badRequest(`Unexpected or repeated part "${part.fieldname}"; this operation takes ${named}.`);
    }
    if (part.type === 'file') {
      files.set(part.fieldname, { bytes: await part.toBuffer(), mediaType: declaredType(part) });
    } else {
      if (part.valueTruncated) throw new HttpProblem(problem(413, `The "${part.fieldname}" part is longer than the service accepts.`));
      fields.set(part.fieldname, String(part.value));
    }
  }
  return { files, fields };
}

/** Turns a multipart request into the JSON body the route validates, reading its files on the way. */
async function multipartBody(request: FastifyRequest, kind: FileIntakeKind, limits: FileLimits): Promise<Record<string, unknown>> {
  const { files, fields } = await collectParts(request, kind);
  const read = async (name: string): Promise<string | undefined> => {
    const file = files.get(name);
    return file ? readFile(file.bytes, file.mediaType, limits) : undefined;
  };
  if (kind !== 'match') {
    const text = await read('file');
    if (text === undefined) throw badRequest('The multipart body has no "file" part.');
    request.fileTexts = kind === 'resume' ? { resume: text } : { posting: text };
    const body: Record<string, unknown> = { text };
    for (const [name, value] of fields) body[name] = name === 'metadata' ? jsonField(name, value) : value;
    return body;
  }

  const [resumeText, postingText] = await Promise.all([read('file'), read('postingFile')]);
  const resumeField = fields.get('resume');
  const postingField = fields.get('posting');
  if ((resumeText === undefined) === (resumeField === undefined))
    throw badRequest('Give the résumé as exactly one of a "file" part or a "resume" JSON part.');
  if ((postingText === undefined) === (postingField === undefined))
    throw badRequest('Give the posting as exactly one of a "posting" part (text or JSON) or a "postingFile" part.');
  request.fileTexts = {
    ...(resumeText !== undefined ? { resume: resumeText } : {}),
    ...(postingText !== undefined ? { posting: postingText } : {}),
  };
  const posting =
    postingText !== undefined
      ? { text: postingText }
      : (postingField ?? '').trimStart().startsWith('{')
        ? jsonField('posting', postingField ?? '')
        : { text: postingField };
  const weights = fields.get('weights');
  return {
    posting,
    resume: resumeText !== undefined ? { text: resumeText } : jsonField('resume', resumeField ?? ''),
    ...(weights !== undefined ? { weights: jsonField('weights', weights) } : {}),
  };
}

async function rawBody(
  request: FastifyRequest,
  kind: FileIntakeKind,
  raw: RawFileBody,
  limits: FileLimits,
): Promise<Record<string, unknown>> {
  if (kind === 'match') {
    throw new HttpProblem(
      problem(415, 'A match needs a résumé and a posting: send multipart/form-data (parts "file" and "posting") or JSON.'),
    );
  }
  const text = await readFile(raw.bytes, raw.mediaType, limits);
  request.fileTexts = kind === 'resume' ? { resume: text } : { posting: text };
  return { text };
}

function multipartError(err: unknown): unknown {
  if (err instanceof HttpProblem) return err;
  const status = (err as { statusCode?: number }).statusCode;
  if (status === 413)
    return new HttpProblem(
      problem(413, `The upload is larger than the service accepts (MAX_FILE_BYTES, or too many parts).`, {
        type: problemType('too-large'),
      }),
    );
  return badRequest('The multipart/form-data body could not be read.');
}

/**
 * Résumé and posting files: multipart/form-data (@fastify/multipart) and raw file bodies on the
 * routes whose config names a `fileIntake`. The files are read into text (off the event loop) and
 * the request continues as the JSON form it stands for; nothing is written to disk.
 */
export const filesPlugin = fp(async (app: FastifyInstance, config: Config) => {
  const limits: FileLimits = { maxBytes: config.MAX_FILE_BYTES, maxPages: config.MAX_FILE_PAGES, timeoutMs: config.FILE_PARSE_TIMEOUT_MS };
  await app.register(multipart, {
    limits: {
      fileSize: config.MAX_FILE_BYTES,
      files: 2,
      fields: 4,
      parts: 6,
      fieldSize: config.MAX_TEXT_LENGTH * 4,
      headerPairs: 50,
    },
  });
  app.decorateRequest('fileTexts', undefined);
  // A listening server loads its parser threads up front; tests that only inject never start them.
  app.addHook('onListen', async () => {
    void warmFilePool();
  });
  app.addHook('onClose', async () => closeFilePool());

  app.addContentTypeParser(FILE_BODY_TYPES, { parseAs: 'buffer', bodyLimit: config.MAX_FILE_BYTES }, (request, body, done) => {
    if (!request.routeOptions.config.fileIntake) {
      done(
        new HttpProblem(problem(415, `Send the body as application/json, not ${request.headers['content-type'] ?? 'no content type'}.`)),
        undefined,
      );
      return;
    }
    done(null, new RawFileBody(body as Buffer, request.headers['content-type']));
  });

  app.addHook('preValidation', async (request) => {
    const kind = request.routeOptions.config.fileIntake;
    const isMultipart = request.isMultipart();
    if (!kind) {
      if (isMultipart) throw new HttpProblem(problem(415, 'Send the body as application/json, not multipart/form-data.'));
      return;
    }
    if (isMultipart) {
      try {
        request.body = await multipartBody(request, kind, limits);
      } catch (err) {
        throw multipartError(err);
      }
    } else if (request.body instanceof RawFileBody) {
      request.body = await rawBody(request, kind, request.body, limits);
    }
  });
});
