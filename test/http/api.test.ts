import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { DASH_POSTING } from '../fixtures/postings.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(testConfig({ MAX_TEXT_LENGTH: '20000', BODY_LIMIT: '65536', CORS_ORIGINS: 'https://careers.example.com' }));
});
afterAll(async () => app.close());

const problemType = /^application\/problem\+json/;

describe('POST /v1/postings/extract', () => {
  it('extracts requirements with levels, groups and offsets into the submitted text', async () => {
    const res = await request(app.server).post('/v1/postings/extract').send({ text: DASH_POSTING }).expect(200);
    const byId = Object.fromEntries(res.body.requirements.map((r: { skill: { id: string }; level: string }) => [r.skill.id, r.level]));
    expect(byId).toMatchObject({
      excel: 'required',
      'google-sheets': 'required',
      english: 'required',
      sql: 'preferred',
      tableau: 'preferred',
    });
    for (const r of res.body.requirements) for (const m of r.mentions) expect(DASH_POSTING.slice(m.start, m.end)).toBe(m.text);
    expect(res.body.groups.map((g: { skills: string[] }) => [...g.skills].sort())).toContainEqual(['excel', 'google-sheets']);
    expect(res.body.taxonomyVersion).toMatch(/\+[0-9a-f]{8}$/);
  });

  it('accepts a schema.org JobPosting with HTML and returns the analysed text', async () => {
    const jobPosting = {
      '@type': 'JobPosting',
      title: 'Data Analyst',
      description: '<p>Join our analytics team.</p><ul><li>Build dashboards in Tableau</li></ul>',
      qualifications: ['Proficiency in SQL', 'Experience with Python is a plus'],
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: "bachelor's degree" },
    };
    const res = await request(app.server).post('/v1/postings/extract').send({ jobPosting }).expect(200);
    expect(res.body.title).toBe('Data Analyst');
    const levels = Object.fromEntries(res.body.requirements.map((r: { skill: { id: string }; level: string }) => [r.skill.id, r.level]));
    expect(levels).toMatchObject({ sql: 'required', python: 'preferred', tableau: 'mentioned' });
    expect(res.body.education.degreeLevels).toContain('bachelor');
    for (const r of res.body.requirements) for (const m of r.mentions) expect(res.body.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('accepts a JSON Resume job', async () => {
    const job = {
      title: 'Web Developer',
      qualifications: ['3+ years of experience in web development', 'Strong understanding of JavaScript, HTML, and CSS'],
      skills: [{ name: 'Databases', keywords: ['SQL', 'MongoDB'] }],
    };
    const res = await request(app.server).post('/v1/postings/extract').send({ job }).expect(200);
    const ids = res.body.requirements.map((r: { skill: { id: string } }) => r.skill.id);
    expect(ids).toEqual(expect.arrayContaining(['javascript', 'html', 'css', 'sql', 'mongodb']));
    expect(res.body.experience.minYears).toBe(3);
  });

  it.each([
    ['no posting at all', {}],
    ['two forms at once', { text: 'SQL', job: {} }],
    ['a number for text', { text: 42 }],
  ])('answers 400 problem+json for %s', async (_name, body) => {
    const res = await request(app.server).post('/v1/postings/extract').send(body).expect(400).expect('content-type', problemType);
    expect(res.body).toMatchObject({ status: 400, title: 'Bad Request', instance: '/v1/postings/extract' });
    expect(res.body.errors[0].path).toMatch(/^\/body/);
  });

  it('answers 413 for a text over MAX_TEXT_LENGTH and for a body over BODY_LIMIT', async () => {
    await request(app.server)
      .post('/v1/postings/extract')
      .send({ text: 'SQL '.repeat(6000) })
      .expect(413)
      .expect('content-type', problemType);
    await request(app.server)
      .post('/v1/postings/extract')
      .send({ text: 'x'.repeat(70_000) })
      .expect(413)
      .expect('content-type', problemType);
  });

  it('answers 415 for a body that is not JSON and 400 for broken JSON', async () => {
    await request(app.server)
      .post('/v1/postings/extract')
      .set('content-type', 'application/xml')
      .send('<p>SQL</p>')
      .expect(415)
      .expect('content-type', problemType);
    await request(app.server)
      .post('/v1/postings/extract')
      .set('content-type', 'application/json')
      .send('{"text":')
      .expect(400)
      .expect('content-type', problemType);
  });
});

describe('skills endpoints', () => {
  it('autocompletes with pagination', async () => {
    const first = await request(app.server).get('/v1/skills').query({ q: 'data', limit: 5 }).expect(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(5);
    const second = await request(app.server).get('/v1/skills').query({ q: 'data', limit: 5, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('finds Python first for "pyhton"', async () => {
    const res = await request(app.server).get('/v1/skills?q=pyhton').expect(200);
    expect(res.body.items[0].id).toBe('python');
  });

  it('shows one skill with its relations, and 404s an unknown one', async () => {
    const res = await request(app.server).get('/v1/skills/postgresql').expect(200);
    expect(res.body.broader.map((b: { id: string }) => b.id)).toContain('sql');
    expect(res.body.esco).toBe('http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996');
    expect(res.body.onet).toMatch(/^\d{8}$/);
    await request(app.server).get('/v1/skills/no-such-skill').expect(404).expect('content-type', problemType);
  });

  it('resolves names and keeps unknown ones as null', async () => {
    const res = await request(app.server)
      .post('/v1/skills/resolve')
      .send({ names: ['MS Excel', 'competitive yodelling on stilts'] })
      .expect(200);
    expect(res.body.results).toEqual([
      { input: 'MS Excel', skill: { id: 'excel', name: expect.any(String) }, confidence: expect.any(Number), via: 'alias' },
      { input: 'competitive yodelling on stilts', skill: null, confidence: 0, via: null },
    ]);
  });

  it('names the ESCO concept of each extracted skill that has one', async () => {
    const res = await request(app.server)
      .post('/v1/postings/extract')
      .send({ text: 'Requirements:\n- Strong Python and PostgreSQL skills\n- Experience with Looker' })
      .expect(200);
    const skills = Object.fromEntries(
      res.body.requirements.map((r: { skill: { id: string; esco?: string } }) => [r.skill.id, r.skill.esco]),
    );
    expect(skills).toMatchObject({
      python: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
      postgresql: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//),
    });
    expect(Object.keys(skills)).toContain('looker');
    expect(skills.looker).toBeUndefined();
  });

  it('resolves ESCO concept URIs, as career sites exchange them', async () => {
    const python = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
    const res = await request(app.server)
      .post('/v1/skills/resolve')
      .send({ names: [python, 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000'] })
      .expect(200);
    expect(res.body.results.map((r: { skill: { id: string } | null }) => r.skill?.id ?? null)).toEqual(['python', null]);
  });
});

describe('résumés and matching', () => {
  it('reads a résumé and reports unrecognised names', async () => {
    const res = await request(app.server)
      .post('/v1/resumes/extract')
      .send({
        skills: [{ name: 'Postgres', level: 'advanced' }, { name: 'competitive yodelling on stilts' }],
        text: 'Built Tableau dashboards.',
      })
      .expect(200);
    expect(res.body.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['postgresql', 'tableau']));
    expect(res.body.unrecognized).toEqual(['competitive yodelling on stilts']);
  });

  it('scores a fitting résumé above an unrelated one', async () => {
    const posting = { text: DASH_POSTING };
    const fitting = await request(app.server)
      .post('/v1/match')
      .send({
        posting,
        resume: { skills: [{ name: 'Excel' }, { name: 'SQL' }, { name: 'Tableau' }, { name: 'English' }, { name: 'content moderation' }] },
      })
      .expect(200);
    const unrelated = await request(app.server)
      .post('/v1/match')
      .send({ posting, resume: { skills: [{ name: 'Kubernetes' }, { name: 'Rust' }] } })
      .expect(200);
    expect(fitting.body.score).toBeGreaterThan(unrelated.body.score + 30);
    expect(fitting.body.summary).toMatch(/fit/);
    expect(unrelated.body.gaps[0].level).toBe('required');
  });

  it('reads a title sent beside the posting text for the occupation part', async () => {
    const resume = { text: 'Data Analyst, Acme (2019 - 2024)\n- Queried SQL and built Tableau dashboards' };
    const titled = await request(app.server)
      .post('/v1/match')
      .send({ posting: { text: DASH_POSTING, title: 'Data Analyst' }, resume })
      .expect(200);
    expect(titled.body.occupation).toMatchObject({ relation: 'same', posting: { name: 'data analyst' } });
    const extracted = await request(app.server)
      .post('/v1/postings/extract')
      .send({ text: DASH_POSTING, title: 'Data Analyst' })
      .expect(200);
    expect(extracted.body.occupation).toMatchObject({ name: 'data analyst', title: 'Data Analyst' });
  });

  it('answers 404 for a posting id that is not stored', async () => {
    await request(app.server)
      .post('/v1/match')
      .send({ posting: { id: 'nope' }, resume: { skills: [{ name: 'SQL' }] } })
      .expect(404)
      .expect('content-type', problemType);
  });

  it('names the failing field of a bad résumé', async () => {
    const res = await request(app.server)
      .post('/v1/match')
      .send({ posting: { text: 'SQL' }, resume: { skills: [{ name: 7 }] } })
      .expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('/body/resume/skills/0/name');
  });
});

describe('the service edge', () => {
  it('answers 404 problem+json for an unknown route', async () => {
    const res = await request(app.server).get('/nope').expect(404).expect('content-type', problemType);
    expect(res.body.detail).toContain('/nope');
  });

  it('honours and echoes x-request-id, and generates one otherwise', async () => {
    await request(app.server).get('/healthz').set('x-request-id', 'abc-123').expect('x-request-id', 'abc-123');
    const res = await request(app.server).get('/healthz');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is ready once the taxonomy is compiled and the store answers', async () => {
    const res = await request(app.server).get('/readyz').expect(200);
    expect(res.body.taxonomy.skills).toBeGreaterThan(1000);
    expect(res.body.store).toEqual({ kind: 'sqlite', status: 'ok' });
  });

  it('lets configured origins call from browsers', async () => {
    const res = await request(app.server)
      .options('/v1/match')
      .set('origin', 'https://careers.example.com')
      .set('access-control-request-method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBe('https://careers.example.com');
    const other = await request(app.server)
      .options('/v1/match')
      .set('origin', 'https://evil.example.com')
      .set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves Swagger UI and the OpenAPI document', async () => {
    await request(app.server).get('/docs/').expect(200).expect('content-type', /html/);
    const res = await request(app.server).get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/v1/postings/extract', '/v1/match', '/v1/skills']));
  });
});
