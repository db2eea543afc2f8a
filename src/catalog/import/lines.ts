/** One physical line of an NDJSON upload. `body` is null when the line is longer than the limit (it was never buffered whole). */
export interface UploadLine {
  line: number;
  body: Buffer | null;
  blank: boolean;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const isBlank = (body: Buffer): boolean => body.every((b) => b === 0x20 || b === 0x09 || b === CARRIAGE_RETURN);

/**
 * Splits a byte stream into lines (LF or CRLF), numbered from 1, holding at most `maxLineBytes` of
 * any line in memory: a longer line is reported with a null body. A last line without a newline
 * counts only when the stream ends cleanly; when it fails, the iteration throws and the partial
 * line is never yielded.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<UploadLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const finish = (): UploadLine => {
    line += 1;
    if (tooLong) return { line, body: null, blank: false };
    let body = parts.length === 1 ? Buffer.from(parts[0] as Buffer) : Buffer.concat(parts, size);
    if (body.length > 0 && body[body.length - 1] === CARRIAGE_RETURN) body = body.subarray(0, body.length - 1);
    return { line, body, blank: isBlank(body) };
  };
  const reset = (): void => {
    parts = [];
    size = 0;
    tooLong = false;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!tooLong && end > start) {
        if (size + (end - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
        } else {
          parts.push(chunk.subarray(start, end));
          size += end - start;
        }
      }
      if (newline < 0) break;
      yield finish();
      reset();
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}
