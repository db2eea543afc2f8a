import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { DOCX, PDF, warmFilePool } from '../../src/files/index.js';
import { docxFromText, encryptedPdf, imageOnlyPdf, pdfFromText, pdfWithPages, POSTING_TEXT, RESUME_TEXT } from '../fixtures/files.js';

const API_KEY = 'files-test-key';
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildApp(testConfig({ API_KEYS: API_KEY, MAX_FILE_BYTES: String(256 * 1024) }));
  await warmFilePool();
});
afterAll(async () => app.close());

type Part = string | { bytes: Buffer; type: string; name: string };

/** A multipart/form-data body as a browser's FormData sends it. */
async function multipart(parts: Record<string, Part>): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [field, part] of Object.entries(parts)) {
    if (typeof part === 'string') form.append(field, part);
    else form.append(field, new Blob([new Uint8Array(part.bytes)], { type: part.type }), part.name);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type') ?? '' } };
}

async function post(url: string, body: { payload: Buffer | string; headers: Record<string, string> }, extra: Record<string, string> = {}) {
  const options: InjectOptions = { method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...extra } };
  return app.inject(options);
}

const raw = (bytes: Buffer | string, type: string) => ({ payload: bytes, headers: { 'content-type': type } });
const pdfPart = (bytes: Buffer, name = 'resume.pdf') => ({ bytes, type: PDF, name });

interface Evidence {
  source: string;
  text: string;
  start?: number;
  end?: number;
}

function expectOffsetsInto(text: string, evidence: Evidence[]): void {
  const textual = evidence.filter((e) => e.source === 'text' && e.start !== undefined);
  expect(textual.length).toBeGreaterThan(0);
  for (const e of textual) expect(text.slice(e.start, e.end)).toBe(e.text);
}

describe('POST /v1/resumes/extract with a file', () => {
  it('reads a PDF sent as multipart part "file": the answer carries the text, and evidence offsets point into it', async () => {
    const res = await post('/v1/resumes/extract', await multipart({ file: pdfPart(await pdfFromText(RESUME_TEXT)) }));
    expect(res.statusCode).toBe(200);
    const body = res.json<{ text: string; skills: { id: string; evidence: Evidence[] }[] }>();
    expect(body.text).toContain('Built Tableau dashboards on PostgreSQL');
    expectOffsetsInto(
      body.text,
      body.skills.flatMap((s) => s.evidence),
    );
    const fromJson = await app.inject({ method: 'POST', url: '/v1/resumes/extract', payload: { text: RESUME_TEXT } });
    expect(body.skills.map((s) => s.id).sort()).toEqual(
      fromJson
        .json<{ skills: { id: string }[] }>()
        .skills.map((s) => s.id)
        .sort(),
    );
  });

  it('reads the raw body by its Content-Type: PDF, DOCX, plain text and Markdown', async () => {
    for (const [bytes, type] of [
      [await pdfFromText(RESUME_TEXT), PDF],
      [await docxFromText(RESUME_TEXT), DOCX],
      [Buffer.from(RESUME_TEXT), 'text/plain; charset=utf-8'],
      [Buffer.from(`# Alex\n\n## Skills\n\n- Python\n- Tableau`), 'text/markdown'],
    ] as const) {
      const res = await post('/v1/resumes/extract', raw(bytes, type));
      expect(res.statusCode, `${type}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.json<{ skills: { id: string }[] }>().skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'tableau']));
    }
  });

  it('keeps the JSON form exactly as it was (no text echoed)', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/resumes/extract', payload: { text: 'Python and SQL' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('text');
  });

  it('answers bad files with 4xx problem+json, never a profile', async () => {
    const cases: [string, { payload: Buffer | string; headers: Record<string, string> }, number, RegExp][] = [
      ['scan', await multipart({ file: pdfPart(await imageOnlyPdf()) }), 422, /no text layer.*OCR is not done/s],
      ['encrypted', raw(await encryptedPdf(RESUME_TEXT), PDF), 422, /password/],
      ['truncated', raw((await pdfFromText(RESUME_TEXT)).subarray(0, 900), PDF), 422, /truncated|damaged/],
      [
        'not a PDF',
        await multipart({ file: { bytes: Buffer.from('Python and SQL'), type: PDF, name: 'resume.pdf' } }),
        415,
        /not application\/pdf/,
      ],
      ['a DOCX said to be a PDF', raw(await docxFromText('Python'), PDF), 415, /not application\/pdf/],
      ['empty', await multipart({ file: { bytes: Buffer.alloc(0), type: PDF, name: 'resume.pdf' } }), 400, /empty/],
      [
        'an image',
        raw(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'application/octet-stream'),
        415,
        /OCR is not done/,
      ],
      [
        'too large',
        await multipart({ file: { bytes: Buffer.alloc(300 * 1024, 0x41), type: 'text/plain', name: 'big.txt' } }),
        413,
        /MAX_FILE_BYTES/,
      ],
      ['no file part', await multipart({ text: 'Python' }), 400, /"text"/],
    ];
    for (const [name, body, status, detail] of cases) {
      const res = await post('/v1/resumes/extract', body);
      expect(res.statusCode, `${name}: ${res.body.slice(0, 300)}`).toBe(status);
      expect(res.headers['content-type'], name).toMatch(/^application\/problem\+json/);
      expect(res.json<{ detail: string }>().detail, name).toMatch(detail);
    }
  });

  it('answers a malformed multipart body with 400', async () => {
    const res = await post('/v1/resumes/extract', {
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect([400, 422]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('POST /v1/match with files', () => {
  it('scores a résumé file against a posting text exactly as the JSON form of the same texts', async () => {
    const res = await post('/v1/match', await multipart({ file: pdfPart(await pdfFromText(RESUME_TEXT)), posting: POSTING_TEXT }));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const report = res.json<{ score: number; resumeText: string; postingText?: string; requirements: { resumeEvidence: Evidence[] }[] }>();
    expect(report.postingText).toBeUndefined();
    expectOffsetsInto(
      report.resumeText,
      report.requirements.flatMap((r) => r.resumeEvidence),
    );
    const json = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { posting: { text: POSTING_TEXT }, resume: { text: report.resumeText } },
    });
    expect(report.score).toBe(json.json<{ score: number }>().score);
    const fromOriginal = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { posting: { text: POSTING_TEXT }, resume: { text: RESUME_TEXT } },
    });
    expect(Math.abs(report.score - fromOriginal.json<{ score: number }>().score)).toBeLessThanOrEqual(5);
  });

  it('takes the posting as a file or as JSON in the "posting" part, and the résumé as JSON beside a posting file', async () => {
    const withPostingFile = await post(
      '/v1/match',
      await multipart({
        file: pdfPart(await pdfFromText(RESUME_TEXT)),
        postingFile: { bytes: await docxFromText(POSTING_TEXT), type: DOCX, name: 'posting.docx' },
      }),
    );
    expect(withPostingFile.statusCode, withPostingFile.body.slice(0, 300)).toBe(200);
    const report = withPostingFile.json<{
      postingText: string;
      requirements: { postingEvidence: { start: number; end: number; text: string }[] }[];
    }>();
    for (const e of report.requirements.flatMap((r) => r.postingEvidence)) expect(report.postingText.slice(e.start, e.end)).toBe(e.text);

    const jsonPosting = await post(
      '/v1/match',
      await multipart({
        file: pdfPart(await pdfFromText(RESUME_TEXT)),
        posting: JSON.stringify({ text: POSTING_TEXT }),
        weights: '{"preferred":0}',
      }),
    );
    expect(jsonPosting.statusCode, jsonPosting.body.slice(0, 300)).toBe(200);
    expect(jsonPosting.json<{ weights: { preferred: number } }>().weights.preferred).toBe(0);

    const jsonResume = await post(
      '/v1/match',
      await multipart({
        resume: JSON.stringify({ skills: [{ name: 'SQL' }] }),
        postingFile: { bytes: Buffer.from(POSTING_TEXT), type: 'text/plain', name: 'posting.txt' },
      }),
    );
    expect(jsonResume.statusCode, jsonResume.body.slice(0, 300)).toBe(200);
    expect(jsonResume.json()).not.toHaveProperty('resumeText');
  });

  it('answers 400 when a part is missing, repeated or unknown, and 415 for a raw file (a match needs two inputs)', async () => {
    const pdf = pdfPart(await pdfFromText(RESUME_TEXT));
    const cases: Record<string, Part>[] = [
      { file: pdf },
      { posting: POSTING_TEXT },
      { file: pdf, posting: POSTING_TEXT, extra: 'x' },
      { file: pdf, posting: '{not json' },
    ];
    for (const parts of cases) {
      const res = await post('/v1/match', await multipart(parts));
      expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await post('/v1/match', raw(pdf.bytes, PDF))).statusCode).toBe(415);
  });
});

describe('postings as files', () => {
  it('POST /v1/postings/extract reads a raw text/plain, text/html or multipart DOCX posting and returns its text', async () => {
    const plain = await post('/v1/postings/extract', raw(POSTING_TEXT, 'text/plain'));
    expect(plain.statusCode).toBe(200);
    const analysis = plain.json<{
      text: string;
      requirements: { skill: { id: string }; mentions: { start: number; end: number; text: string }[] }[];
    }>();
    expect(analysis.text).toBe(POSTING_TEXT);
    for (const r of analysis.requirements) for (const m of r.mentions) expect(analysis.text.slice(m.start, m.end)).toBe(m.text);

    const html = await post(
      '/v1/postings/extract',
      raw(`<html><body><h3>Requirements</h3><ul><li>SQL</li><li>Python</li></ul></body></html>`, 'text/html'),
    );
    expect(html.statusCode).toBe(200);
    expect(html.json<{ text: string }>().text).not.toMatch(/</);

    const docx = await post(
      '/v1/postings/extract',
      await multipart({ file: { bytes: await docxFromText(POSTING_TEXT), type: DOCX, name: 'posting.docx' } }),
    );
    expect(docx.statusCode).toBe(200);
    const ids = (r: typeof plain) =>
      r
        .json<{ requirements: { skill: { id: string } }[] }>()
        .requirements.map((x) => x.skill.id)
        .sort();
    expect(ids(docx)).toEqual(ids(plain));
  });

  it('POST /v1/postings stores a posting file with its externalId and title, behind the API key', async () => {
    const form = await multipart({
      file: pdfPart(await pdfFromText(POSTING_TEXT), 'posting.pdf'),
      externalId: 'file-req-1',
      title: 'Data Analyst',
      metadata: '{"team":"analytics"}',
    });
    expect((await post('/v1/postings', form)).statusCode).toBe(401);
    const res = await post('/v1/postings', form, { authorization: `Bearer ${API_KEY}` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    const stored = res.json<{
      id: string;
      externalId: string;
      title: string;
      metadata: unknown;
      analysis: { text: string; requirements: unknown[] };
    }>();
    expect([stored.externalId, stored.title, stored.metadata]).toEqual(['file-req-1', 'Data Analyst', { team: 'analytics' }]);
    expect(stored.analysis.text).toContain('Proficiency in SQL and Python.');
    expect(stored.analysis.requirements.length).toBeGreaterThan(0);
  });

  it('the routes that take no files still answer 415 to them', async () => {
    expect((await post('/v1/skills/resolve', raw('Python', 'text/plain'))).statusCode).toBe(415);
    expect((await post('/v1/skills/resolve', await multipart({ names: 'Python' }))).statusCode).toBe(415);
    expect((await post('/v1/rank', raw(await pdfFromText('Python'), PDF))).statusCode).toBe(415);
  });
});

describe('parsing off the event loop', () => {
  it('/healthz answers while a long PDF is being read', async () => {
    const long = await pdfWithPages(
      Array.from({ length: 45 }, (_, i) => `${RESUME_TEXT}\n${'Python SQL Tableau dashboards. '.repeat(40)} ${i}`),
    );
    let parseDone = false;
    const parse = post('/v1/resumes/extract', raw(long, PDF)).then((res) => {
      parseDone = true;
      return res;
    });
    // Let the upload reach the worker, then ask for liveness.
    await new Promise((resolve) => setImmediate(resolve));
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(parseDone).toBe(false);
    expect((await parse).statusCode).toBe(200);
  });
});

describe('fuzzing the file routes', () => {
  it('property: random parts, types and bytes get a 2xx or a 4xx problem+json, never a 5xx', async () => {
    const pdf = await pdfFromText(RESUME_TEXT);
    const docx = await docxFromText(RESUME_TEXT);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      fc.tuple(fc.constantFrom(pdf, docx), fc.nat(), fc.uint8Array({ maxLength: 30 })).map(([base, at, junk]) => {
        const copy = Buffer.from(base);
        copy.set(junk, at % Math.max(1, copy.length - junk.length));
        return copy;
      }),
      fc.constantFrom(pdf, docx, Buffer.alloc(0)),
    );
    const type = fc.constantFrom(PDF, DOCX, 'text/plain', 'text/markdown', 'text/html', 'application/octet-stream', 'image/png', '');
    const partName = fc.constantFrom('file', 'postingFile', 'posting', 'resume', 'weights', 'text', 'externalId');
    const part = fc.oneof(
      fc.record({ name: partName, file: fc.record({ bytes, type, fileName: fc.constantFrom('a.pdf', 'a.docx', 'a.txt', 'a', '') }) }),
      fc.record({
        name: partName,
        value: fc.oneof(fc.string({ maxLength: 50 }), fc.constant(POSTING_TEXT), fc.constant('{"text":"SQL"}')),
      }),
    );
    const url = fc.constantFrom('/v1/resumes/extract', '/v1/match', '/v1/postings/extract', '/v1/postings');
    await fc.assert(
      fc.asyncProperty(url, fc.array(part, { maxLength: 4 }), fc.boolean(), async (path, parts, asRaw) => {
        let body: { payload: Buffer | string; headers: Record<string, string> };
        const first = parts[0];
        if (asRaw && first && 'file' in first) {
          body = raw(first.file.bytes, first.file.type || 'application/octet-stream');
        } else {
          const form = new FormData();
          for (const p of parts) {
            if ('file' in p)
              form.append(p.name, new Blob([new Uint8Array(p.file.bytes)], { type: p.file.type }), p.file.fileName || 'upload');
            else form.append(p.name, p.value);
          }
          const request = new Request('http://localhost/', { method: 'POST', body: form });
          body = {
            payload: Buffer.from(await request.arrayBuffer()),
            headers: { 'content-type': request.headers.get('content-type') ?? '' },
          };
        }
        const res = await post(path, body, { authorization: `Bearer ${API_KEY}` });
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 150, seed: 1313 },
    );
  });
});

describe('logs', () => {
  it('carry no text, file name or content of an uploaded file, also when the file is refused', async () => {
    const lines: string[] = [];
    const logged = await buildApp(testConfig({ LOG_LEVEL: 'trace' }), { logStream: { write: (line: string) => lines.push(line) } });
    try {
      const marker = 'MarmotUploadMarker';
      const send = async (body: { payload: Buffer | string; headers: Record<string, string> }) =>
        logged.inject({ method: 'POST', url: '/v1/resumes/extract', payload: body.payload, headers: body.headers });
      expect(
        (await send(await multipart({ file: pdfPart(await pdfFromText(`${marker} résumé\n${RESUME_TEXT}`), `${marker}.pdf`) }))).statusCode,
      ).toBe(200);
      expect((await send(await multipart({ file: pdfPart(await encryptedPdf(marker), `${marker}-locked.pdf`) }))).statusCode).toBe(422);
      expect((await send(raw(`${marker} Python`, 'text/plain'))).statusCode).toBe(200);
    } finally {
      await logged.close();
    }
    expect(lines.some((l) => l.includes('"reqId"'))).toBe(true);
    expect(lines.join('')).not.toMatch(/MarmotUploadMarker|Tableau dashboards/);
  });
});
