import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResume } from '../../src/core/resume/intake.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { closeFilePool, DOCX, extractFileText, FileReadError, PDF, warmFilePool } from '../../src/files/index.js';
import {
  docxFromText,
  encryptedPdf,
  imageOnlyPdf,
  pdfFromText,
  pdfWithPages,
  pdfWithRunningLines,
  RESUME_TEXT,
  twoColumnPdf,
} from '../fixtures/files.js';

const taxonomy = loadTaxonomy();
const skillIds = (text: string): string[] =>
  readResume(taxonomy, { text })
    .skills.map((s) => s.id)
    .sort();

async function failure(promise: Promise<unknown>): Promise<FileReadError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileReadError);
  return err as FileReadError;
}

beforeAll(async () => {
  await warmFilePool();
});
afterAll(async () => closeFilePool());

describe('extractFileText: PDF', () => {
  it('reads a PDF made from a text back to the same lines', async () => {
    const read = await extractFileText(await pdfFromText(RESUME_TEXT), PDF);
    expect(read.mediaType).toBe(PDF);
    expect(read.pages).toBe(1);
    const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
    expect(lines(read.text)).toEqual(lines(RESUME_TEXT));
  });

  it('finds the type from the magic bytes when none is given', async () => {
    expect((await extractFileText(await pdfFromText('Python and SQL'), undefined)).mediaType).toBe(PDF);
    expect((await extractFileText(await docxFromText('Python and SQL'), 'application/octet-stream')).mediaType).toBe(DOCX);
  });

  it('property: the skills read from a PDF made from a text are the skills read from the text', async () => {
    const names = [
      'Python',
      'SQL',
      'Tableau',
      'PostgreSQL',
      'Docker',
      'Kubernetes',
      'machine learning',
      'Excel',
      'Power BI',
      'A/B testing',
      'Java',
      'JavaScript',
      'React',
      'Git',
      'stakeholder management',
    ];
    const filler = ['Built', 'dashboards', 'for', 'the', 'team', 'using', 'and', 'with', 'daily', 'reports', 'models', 'in', 'production'];
    const line = fc
      .array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...filler)), { minLength: 3, maxLength: 14 })
      .map((w) => w.join(' '));
    const resume = fc
      .array(fc.oneof(line, fc.constantFrom('Skills', 'Experience', 'Projects', '')), { minLength: 3, maxLength: 30 })
      .map((ls) => ls.join('\n'));
    await fc.assert(
      fc.asyncProperty(resume, async (text) => {
        fc.pre(/[\p{L}]/u.test(text));
        const read = await extractFileText(await pdfFromText(text), PDF);
        expect(skillIds(read.text)).toEqual(skillIds(text));
      }),
      { numRuns: 12, seed: 1313 },
    );
  });

  it('reads a two-column layout column by column, the full-width name first', async () => {
    const left = ['Skills', 'Python', 'SQL', 'Tableau', 'Languages', 'German (native)'];
    const right = [
      'Experience',
      'Analyst at Example Retail GmbH',
      'Built dashboards on PostgreSQL and ran A/B tests',
      'Education',
      'MSc Statistics',
    ];
    const { text } = await extractFileText(await twoColumnPdf('Sam Invented', left, right), PDF);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(['Sam Invented', ...left, ...right]);
  });

  it('joins a word hyphenated across a line break', async () => {
    const { text } = await extractFileText(
      await pdfWithPages(['Led the team; built visual-\nisations in Tableau and\nPower BI for Data-\nScience teams.']),
      PDF,
    );
    expect(text).toContain('visualisations in Tableau and\nPower BI');
    // Before a capital the hyphen is a real one.
    expect(text).toContain('Data-\nScience');
  });

  it('drops a running header and page-number footer repeated on every page, keeping the first', async () => {
    const bodies = ['Experience with Python and SQL.', 'Projects in Tableau.', 'Certifications in AWS.'];
    const { text, pages } = await extractFileText(await pdfWithRunningLines('Sam Invented - Curriculum Vitae', bodies), PDF);
    expect(pages).toBe(3);
    expect(text.match(/Curriculum Vitae/g)).toHaveLength(1);
    expect(text.match(/Page \d of 3/g)).toHaveLength(1);
    for (const body of bodies) expect(text).toContain(body);
  });

  it('says a scan has no text layer and that OCR is not done', async () => {
    const err = await failure(extractFileText(await imageOnlyPdf(), PDF));
    expect(err.code).toBe('no-text');
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/no text layer/);
    expect(err.message).toMatch(/OCR is not done/);
  });

  it('treats a text layer of a page number or a stray stamp as no text', async () => {
    expect((await failure(extractFileText(await pdfWithPages(['1', 'Page 2']), PDF))).code).toBe('no-text');
  });

  it('reads the text pages of a PDF that also has an image-only page', async () => {
    const { text, pages } = await extractFileText(await imageOnlyPdf('Skills: Python, SQL'), PDF);
    expect(pages).toBe(2);
    expect(text).toBe('Skills: Python, SQL');
  });

  it('refuses an encrypted PDF', async () => {
    const err = await failure(extractFileText(await encryptedPdf('Python'), PDF));
    expect([err.code, err.status]).toEqual(['encrypted', 422]);
  });

  it('refuses a truncated PDF', async () => {
    const whole = await pdfFromText(RESUME_TEXT);
    for (const cut of [0.3, 0.6, 0.95]) {
      const err = await failure(extractFileText(whole.subarray(0, Math.floor(whole.length * cut)), PDF));
      expect(err.code).toBe('corrupt');
    }
  });

  it('refuses more pages than the limit, a file over the size limit, and a parse over the time budget', async () => {
    const threePages = await pdfWithPages(['Python', 'SQL', 'Tableau']);
    expect((await failure(extractFileText(threePages, PDF, { maxPages: 2 }))).code).toBe('too-many-pages');
    expect((await failure(extractFileText(threePages, PDF, { maxBytes: threePages.length - 1 }))).code).toBe('too-large');
    expect((await failure(extractFileText(threePages, PDF, { timeoutMs: 1 }))).code).toBe('timeout');
    // The pool recovers: the next file reads normally.
    expect((await extractFileText(threePages, PDF)).text).toContain('Tableau');
  });
});

describe('extractFileText: types and content', () => {
  it('reads DOCX paragraphs', async () => {
    const { text, mediaType } = await extractFileText(await docxFromText(RESUME_TEXT), DOCX);
    expect(mediaType).toBe(DOCX);
    expect(skillIds(text)).toEqual(skillIds(RESUME_TEXT));
    expect(text).toContain('Python, SQL, R, Tableau, Power BI, Git, Docker');
  });

  it('reads HTML as its visible text', async () => {
    const html =
      '<!doctype html><html><head><style>p{color:red}</style><script>var x = "Java";</script></head><body><h2>Skills</h2><ul><li>Python</li><li>SQL &amp; Tableau</li></ul></body></html>';
    const { text } = await extractFileText(Buffer.from(html), 'text/html');
    expect(text).not.toMatch(/[<>]|color|var x/);
    expect(text).toMatch(/Skills\s+\* Python\s+\* SQL & Tableau/);
  });

  it('reads plain text and Markdown as they are, UTF-8 or Windows-1252', async () => {
    expect((await extractFileText(Buffer.from('Café — Python\r\nSQL'), 'text/plain; charset=utf-8')).text).toBe('Café — Python\nSQL');
    expect((await extractFileText(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'text/markdown')).text).toBe('Café');
  });

  it('answers 415-type errors when the content is not what the type says, or a type it does not read', async () => {
    const pdf = await pdfFromText('Python');
    expect((await failure(extractFileText(pdf, DOCX))).code).toBe('type-mismatch');
    expect((await failure(extractFileText(pdf, 'text/plain'))).code).toBe('type-mismatch');
    expect((await failure(extractFileText(Buffer.from('Python and SQL'), PDF))).code).toBe('type-mismatch');
    expect((await failure(extractFileText(Buffer.from('Python'), 'image/png'))).code).toBe('unsupported-type');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const err = await failure(extractFileText(png, undefined));
    expect([err.code, err.status]).toEqual(['unsupported-type', 415]);
  });

  it('refuses an empty file, a text of only whitespace and a damaged DOCX', async () => {
    expect((await failure(extractFileText(new Uint8Array(0), PDF))).code).toBe('empty');
    expect((await failure(extractFileText(Buffer.from(' \n\t '), 'text/plain'))).status).toBe(400);
    const docx = await docxFromText('Python');
    expect((await failure(extractFileText(docx.subarray(0, docx.length >> 1), DOCX))).code).toBe('corrupt');
  });
});

describe('damaged files', () => {
  it('property: a PDF or DOCX with random bytes changed reads to text or fails with a FileReadError, nothing else', async () => {
    const originals = [
      { bytes: await pdfFromText(RESUME_TEXT), type: PDF },
      { bytes: await docxFromText(RESUME_TEXT), type: DOCX },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        async (which, edits) => {
          const original = originals[which] as (typeof originals)[number];
          const bytes = Buffer.from(original.bytes);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const outcome = await extractFileText(bytes, original.type).then(
            (read) => typeof read.text,
            (err: unknown) => (err instanceof FileReadError ? 'file-error' : err),
          );
          expect(['string', 'file-error']).toContain(outcome);
        },
      ),
      { numRuns: 40, seed: 1313 },
    );
  });
});

describe('extractFileText outside a server', () => {
  it('does not keep a process alive after use (a CLI exits)', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = [
      "import { extractFileText } from './src/files/index.ts';",
      "const r = await extractFileText(Buffer.from('%PDF-1.4\\n'), undefined).catch((e) => e.code);",
      "const t = await extractFileText(Buffer.from('<html><body><p>Python</p></body></html>'), 'text/html');",
      'console.log(r, t.text);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      timeout: 25_000,
    });
    expect(stdout.trim()).toBe('corrupt Python');
  });
});
