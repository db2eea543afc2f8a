import { decodeText } from './decode-text.js';
import { FileReadError } from './errors.js';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './limits.js';
import { canonicalType, DOCX, HTML, MARKDOWN, OCTET_STREAM, PDF, PLAIN, READABLE_TYPES, type ReadableType } from './media-types.js';
import { closeFilePool, parseInWorker, warmFilePool } from './pool.js';
import { isEncryptedOffice, sniff } from './sniff.js';

export { FileReadError, type FileReadErrorCode } from './errors.js';
export { DEFAULT_FILE_LIMITS, type FileLimits } from './limits.js';
export { DOCX, HTML, MARKDOWN, PDF, PLAIN, READABLE_TYPES, typeFromFileName, type ReadableType } from './media-types.js';
export { closeFilePool, warmFilePool };

export interface FileText {
  /** The text read; every offset in an answer built from it refers to this string. */
  text: string;
  /** The type the file was read as. */
  mediaType: string;
  /** Pages of a PDF. */
  pages?: number;
}

const READABLE_NAMES = 'PDF, DOCX, plain text, Markdown or HTML';

function unsupported(what: string): FileReadError {
  return new FileReadError('unsupported-type', `${what} is not read; send ${READABLE_NAMES}.`);
}

function oleFile(bytes: Uint8Array): FileReadError {
  return isEncryptedOffice(bytes)
    ? new FileReadError('encrypted', 'The Word document is password-protected; send it without a password.')
    : unsupported('A legacy Office file (.doc)');
}

/** The type the bytes are read as: the declared one when the magic bytes agree, else what they are. */
function resolveType(bytes: Uint8Array, declared: string | undefined): ReadableType {
  const sniffed = sniff(bytes);
  if (declared === undefined || declared === OCTET_STREAM) {
    if (sniffed === PDF || sniffed === DOCX || sniffed === PLAIN || sniffed === HTML) return sniffed;
    if (sniffed === 'ole') throw oleFile(bytes);
    if (sniffed === 'image') throw unsupported('An image (OCR is not done)');
    throw unsupported('A file of unknown type');
  }
  if (!(READABLE_TYPES as readonly string[]).includes(declared)) throw unsupported(`A file of type ${declared}`);
  const mismatch = () => new FileReadError('type-mismatch', `The content is not ${declared}: its first bytes say otherwise.`);
  if (declared === PDF) {
    if (sniffed !== PDF) throw mismatch();
    return PDF;
  }
  if (declared === DOCX) {
    if (sniffed === 'ole' && isEncryptedOffice(bytes)) throw oleFile(bytes);
    if (sniffed !== DOCX) throw mismatch();
    return DOCX;
  }
  if (sniffed !== PLAIN && sniffed !== HTML) throw mismatch();
  return declared as ReadableType;
}

/** A complete PDF ends with %%EOF; one cut short (an interrupted upload) is refused rather than half read. */
function assertPdfComplete(bytes: Uint8Array): void {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048);
  if (!tail.includes('%%EOF'))
    throw new FileReadError('corrupt', 'The PDF is truncated (it has no end-of-file marker); send the whole file.');
}

/** A scan's text layer holds at most a page number or a stray stamp; a résumé or posting has far more letters. */
const MIN_PDF_LETTERS = 12;

/** Line breaks to \n, NUL and other C0 controls except tab and newline dropped. */
const tidy = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .trim();

/**
 * Reads the text of a résumé or posting file: PDF (text layer, reading order), DOCX, HTML, plain
 * text or Markdown. PDF, DOCX and HTML are parsed in a worker thread within `timeoutMs`. The type
 * comes from `mediaType` checked against the magic bytes, or from the bytes alone when undefined.
 * Throws FileReadError for an empty, unreadable, encrypted, text-less or over-limit file.
 */
export async function extractFileText(
  bytes: Uint8Array,
  mediaType: string | undefined,
  options: Partial<FileLimits> = {},
): Promise<FileText> {
  const limits: FileLimits = { ...DEFAULT_FILE_LIMITS, ...options };
  if (bytes.byteLength === 0) throw new FileReadError('empty', 'The file is empty.');
  if (bytes.byteLength > limits.maxBytes) {
    throw new FileReadError('too-large', `The file has ${bytes.byteLength} bytes; the limit is ${limits.maxBytes} (MAX_FILE_BYTES).`);
  }
  const type = resolveType(bytes, canonicalType(mediaType));
  let text: string;
  let pages: number | undefined;
  if (type === PLAIN || type === MARKDOWN) {
    text = decodeText(bytes);
  } else {
    if (type === PDF) assertPdfComplete(bytes);
    const kind = type === PDF ? 'pdf' : type === DOCX ? 'docx' : 'html';
    const result = await parseInWorker({ kind, bytes, maxPages: limits.maxPages }, limits.timeoutMs);
    if (!result.ok) throw new FileReadError(result.code, result.message);
    text = result.text;
    pages = result.pages;
  }
  text = tidy(text);
  if (type === PDF && (text.match(/\p{L}/gu)?.length ?? 0) < MIN_PDF_LETTERS) {
    throw new FileReadError(
      'no-text',
      'The PDF has no text layer (it looks like a scan or an image). OCR is not done: send a PDF with selectable text, a DOCX or the text itself.',
    );
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new FileReadError(type === DOCX ? 'no-text' : 'empty', 'The file holds no text.');
  }
  return { text, mediaType: type, ...(pages !== undefined ? { pages } : {}) };
}
