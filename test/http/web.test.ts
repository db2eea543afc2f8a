/** The page and the component as HTTP resources: types, security headers, CORS for career sites, and 404s. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';

const CAREER_SITE = 'https://careers.example.com';

describe('GET / and /components/skill-fit-report.js', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp(testConfig({ CORS_ORIGINS: CAREER_SITE }));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves the page with the form fields the issue names, under a CSP that allows no inline script', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const field of [
      '<textarea id="posting" name="posting"',
      '<textarea id="resume" name="resume"',
      'type="file" name="resume-file"',
      '<button type="submit"',
    ]) {
      expect(res.body).toContain(field);
    }
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.body).not.toMatch(/\sstyle="/);
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(' ').filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    expect(csp).toContain("script-src-attr 'none'");
  });

  it('the page allows exactly the installed axe-core as an inline script (file or axe.source), for accessibility checkers', async () => {
    const require = createRequire(import.meta.url);
    const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const axe = require('axe-core') as { source: string };
    const res = await app.inject({ method: 'GET', url: '/' });
    const scriptSrc = /script-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1]?.split(' ') ?? [];
    expect(scriptSrc).toEqual(
      expect.arrayContaining([sha256(axe.source), sha256(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))]),
    );
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('other routes keep the plain policy (no script hashes)', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(/script-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1]).toBe("'self'");
  });

  it('serves the component as a JavaScript module that a listed origin may load cross-origin', async () => {
    const res = await app.inject({ method: 'GET', url: '/components/skill-fit-report.js', headers: { origin: CAREER_SITE } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers['access-control-allow-origin']).toBe(CAREER_SITE);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body).toContain("customElements.define('skill-fit-report'");
    const other = await app.inject({
      method: 'GET',
      url: '/components/skill-fit-report.js',
      headers: { origin: 'https://elsewhere.example.com' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('an unknown file is a problem+json 404, not a directory listing or the page', async () => {
    for (const url of ['/components/', '/components/nope.js', '/app.ts', '/../package.json', '/%2e%2e/package.json']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
  });
});
