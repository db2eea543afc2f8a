/** Runs in a worker thread (piscina): the parsers that could stall the event loop on a hostile file. */
import type { MessagePort } from 'node:worker_threads';
import { readDocx } from './docx-text.js';
import { decodeText } from './decode-text.js';
import { FileReadError, type FileReadErrorCode } from './errors.js';
import { htmlToText } from './html-text.js';
import { readPdf, warmPdfReader } from './pdf-text.js';

export interface ParseTask {
  kind: 'pdf' | 'docx' | 'html' | 'warm';
  bytes: Uint8Array;
  maxPages: number;
  /** Told when the parse starts, so the time budget leaves out queueing and the worker's start-up. */
  started?: MessagePort;
}

export type ParseResult = { ok: true; text: string; pages?: number } | { ok: false; code: FileReadErrorCode; message: string };

export default async function parse(task: ParseTask): Promise<ParseResult> {
  task.started?.postMessage('started');
  task.started?.close();
  try {
    switch (task.kind) {
      case 'warm':
        await warmPdfReader();
        return { ok: true, text: '' };
      case 'pdf': {
        const { text, pages } = await readPdf(task.bytes, task.maxPages);
        return { ok: true, text, pages };
      }
      case 'docx':
        return { ok: true, text: await readDocx(task.bytes) };
      case 'html':
        return { ok: true, text: htmlToText(decodeText(task.bytes)) };
    }
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'corrupt', message: 'The file is damaged and cannot be read.' };
  }
}
