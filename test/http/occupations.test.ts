import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(testConfig());
});
afterAll(async () => app.close());

const ESCO_CREDIT = 'This service uses the ESCO classification of the European Commission.';

describe('GET /v1/occupations', () => {
  it('autocompletes from a prefix and credits ESCO', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/occupations?q=pharmac&limit=3' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(3);
    expect(body.items[0].occupation).toMatchObject({ id: '2262.1', name: 'pharmacist', isco: '2262' });
    expect(body.attribution).toBe(ESCO_CREDIT);
  });

  it('resolves a whole typed title first', async () => {
    const res = await app.inject({ method: 'GET', url: `/v1/occupations?q=${encodeURIComponent('Sr. Java Dev')}` });
    expect(res.json().items[0]).toMatchObject({ occupation: { id: '2512.4' }, matchedLabel: 'Java Developer' });
  });

  it('refuses a limit out of range with problem+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/occupations?q=nurse&limit=1000' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /v1/occupations/{id}', () => {
  it('returns the occupation with its ISCO groups, ESCO labels and job-board titles', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/occupations/2512.4' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: '2512.4',
      name: 'software developer',
      isco: '2512',
      iscoGroup: { code: '2512' },
      iscoMinorGroup: { code: '251' },
    });
    expect(body.altLabels).toContain('software engineer');
    expect(body.jobBoardTitles).toEqual(expect.arrayContaining(['SDE', 'Java Developer']));
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/occupations/9999.9' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('POST /v1/occupations/resolve', () => {
  it('answers per title in order, null where nothing fits, and names the most recent resolved role primary', async () => {
    const titles = ['Chief Happiness Wizard', 'Manager, Operations', 'Sr. Java Dev'];
    const res = await app.inject({ method: 'POST', url: '/v1/occupations/resolve', payload: { titles } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { title: string }) => r.title)).toEqual(titles);
    expect(body.results[0].match).toBeNull();
    expect(body.results[1].match.occupation.name).toBe('operations manager');
    expect(body.results[2].match).toMatchObject({ occupation: { id: '2512.4' }, score: 1, matched: 'Java Developer' });
    expect(body.primary.occupation.name).toBe('operations manager');
  });

  it('refuses an empty list and over-long titles', async () => {
    for (const payload of [{ titles: [] }, { titles: ['x'.repeat(201)] }, { names: ['SDE'] }]) {
      const res = await app.inject({ method: 'POST', url: '/v1/occupations/resolve', payload });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
    }
  });
});
