import mammoth from 'mammoth';
import { FileReadError } from './errors.js';

/** The text of a Word (DOCX) document, a paragraph a line. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new FileReadError('corrupt', 'The DOCX file is damaged or truncated and cannot be read.');
  }
}
