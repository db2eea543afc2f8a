import PDFDocument from 'pdfkit';
import { SAMPLE_RESUME_TEXT } from './synthetic-postings.js';

/** A résumé PDF of `pages` pages (an invented person): a two-column first page, then the sample résumé text flowing. */
export function resumePdf(pages: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(18).text('Robin Sample', 56, 56);
    doc.font('Helvetica').fontSize(10);
    doc.text(SAMPLE_RESUME_TEXT.split('\n').slice(0, 4).join('\n'), 56, 100, { width: 180 });
    doc.text(SAMPLE_RESUME_TEXT, 270, 100, { width: 270 });
    for (let p = 1; p < pages; p++) {
      doc.addPage();
      doc.fontSize(8).text(`Robin Sample — page ${p + 1}`, 56, 30, { lineBreak: false });
      doc.fontSize(10).text(Array.from({ length: 4 }, () => SAMPLE_RESUME_TEXT).join('\n\n'), 56, 70, { width: 480, height: 700 });
    }
    doc.end();
  });
}
