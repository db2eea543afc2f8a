import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FileReadError } from './errors.js';
import { layoutPages, type PageItems, type PositionedText } from './pdf-layout.js';

const require = createRequire(import.meta.url);
/** The metrics of the 14 standard fonts, so text in non-embedded Helvetica or Times maps to Unicode. */
const STANDARD_FONTS = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function positioned(item: PdfJsTextItem): PositionedText | undefined {
  const t = item.transform;
  if (typeof item.str !== 'string' || !t || t.length < 6) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = t;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  const rotated = Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d) || a <= 0;
  return { str: item.str, x, y, width: item.width ?? 0, fontSize, ...(rotated ? { rotated } : {}) };
}

/**
 * PDF.js runs its parser in this thread (a "fake worker"), importing it on first use. Loading it
 * up front, and reading one tiny PDF, keeps that one-off cost out of the first file's time budget.
 */
export async function warmPdfReader(): Promise<void> {
  const globals = globalThis as { pdfjsWorker?: unknown };
  // @ts-expect-error -- the parser module ships without type declarations
  globals.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  await readPdf(new TextEncoder().encode(TINY_PDF), 1).catch(() => undefined);
}

const TINY_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
  '4 0 obj << /Length 36 >> stream',
  'BT /F1 12 Tf 20 100 Td (warm) Tj ET',
  'endstream endobj',
  '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

export interface PdfText {
  text: string;
  pages: number;
}

/** The text of a PDF in reading order; throws FileReadError for encrypted, corrupt or over-long files. */
export async function readPdf(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    standardFontDataUrl: STANDARD_FONTS,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new FileReadError('encrypted', 'The PDF is password-protected; send it without a password.');
    throw new FileReadError('corrupt', 'The PDF is damaged or truncated and cannot be read.');
  }
  try {
    if (doc.numPages > maxPages) {
      throw new FileReadError('too-many-pages', `The PDF has ${doc.numPages} pages; the limit is ${maxPages} (MAX_FILE_PAGES).`);
    }
    const pages: PageItems[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ items: (content.items as PdfJsTextItem[]).map(positioned).filter((i): i is PositionedText => i !== undefined) });
      page.cleanup();
    }
    return { text: layoutPages(pages), pages: doc.numPages };
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    throw new FileReadError('corrupt', 'The PDF is damaged and its text cannot be read.');
  } finally {
    await task.destroy();
  }
}
