/// <reference lib="dom" />
/**
 * The fit-report page at / and the <skill-fit-report> component, as people use them, in Chromium: fill the form,
 * submit, read the score the API gave; upload a PDF résumé; keyboard only; axe-core; 375 px wide; a career site on
 * another origin embedding the component. Screenshots go to test/artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { V2_POSTING, V2_REPORT, V2_RESUME } from '../fixtures/fit-report-v2.js';
import { minimalPdf } from '../fixtures/pdf.js';
import { browserUnavailableReason, launchBrowser } from './browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const POSTING = [
  'Junior Data Analyst',
  'Minimum Qualifications:',
  '- Proficiency in SQL and Python.',
  '- Experience with Tableau or Power BI.',
  '- Clear written communication.',
  'Preferred Qualifications:',
  '- Knowledge of R is a plus.',
  '- Experience with A/B testing.',
].join('\n');

const RESUME = [
  'Data analyst with three years of experience.',
  'Built Power BI dashboards for the sales team and wrote PostgreSQL queries every day.',
  'Automated weekly reports in Python (pandas).',
].join('\n');

const RESUME_LINES = ['Jane Doe, data analyst', 'Skills: SQL, Python, Power BI', 'Built dashboards and ran A/B tests.'];

interface Report {
  score: number;
  requirements: unknown[];
  occupation: { weight: number; points: number };
  focus: { weight: number; points: number };
  resumeText?: string;
}

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`\n*** SKIPPING the fit-report page browser tests: ${unavailable} ***\n`);

function origin(server: { address(): unknown }): string {
  const address = server.address() as { port: number } | null;
  return `http://127.0.0.1:${address?.port ?? 0}`;
}

describe.skipIf(unavailable)('fit-report page at / in Chromium', () => {
  let app: FastifyInstance;
  let host: Server;
  let browser: Browser;
  let baseUrl: string;
  let hostUrl: string;
  let axeSource: string;
  let axeModuleSource: string;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const require = createRequire(import.meta.url);
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    // The other common way to inject it: the `source` string the package exports to Node.
    axeModuleSource = (require('axe-core') as { source: string }).source;
    // A career site on another origin that embeds the component with the README's snippet.
    host = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="en"><head><title>Careers</title>
<script type="module" src="${baseUrl}/components/skill-fit-report.js"></script></head>
<body><main><h1>Apply</h1><skill-fit-report api="${baseUrl}"></skill-fit-report></main></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = origin(host);
    app = await buildApp(testConfig({ CORS_ORIGINS: hostUrl }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = origin(app.server);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  /** A fresh page that records console errors, page errors and CSP violations. */
  async function openPage(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) problems.push(`[${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`[requestfailed] ${r.url()} ${r.failure()?.errorText ?? ''}`));
    return { page, context, problems };
  }

  async function apiReport(posting: string, resume: string): Promise<Report> {
    const res = await app.inject({ method: 'POST', url: '/v1/match', payload: { posting: { text: posting }, resume: { text: resume } } });
    expect(res.statusCode).toBe(200);
    return res.json<Report>();
  }

  async function seriousAxeViolations(page: Page, source = axeSource): Promise<string[]> {
    await page.addScriptTag({ content: source });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
            ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
      }));
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} ${v.targets.join(' ')}`);
  }

  it("fill the form, submit: the score is the API's, one row per requirement, evidence marked in both texts; axe finds nothing serious", async () => {
    const expected = await apiReport(POSTING, RESUME);
    const { page, context, problems } = await openPage();
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    expect(await seriousAxeViolations(page), 'axe on the empty form').toEqual([]);

    await page.locator('textarea[name=posting]').fill(POSTING);
    await page.locator('textarea[name=resume]').fill(RESUME);
    await page.locator('button[type=submit]').click();

    await expect.poll(() => page.locator('[data-testid=score]').textContent(), { timeout: 10_000 }).toBe(String(expected.score));
    expect(await page.locator('[data-testid=requirement]').count()).toBe(expected.requirements.length);
    // Each row shows its points; with the occupation and focus parts' they make the score.
    const points = (await page.locator('[data-testid=requirement] .points').allTextContents()).map((t) => Number.parseFloat(t));
    expect(points).toHaveLength(expected.requirements.length);
    expect(Math.abs(points.reduce((a, b) => a + b, 0) + expected.occupation.points + expected.focus.points - expected.score)).toBeLessThan(
      0.5,
    );
    if (expected.occupation.weight > 0)
      expect(
        await page
          .locator('skill-fit-report')
          .getByText(`of ${Math.round(expected.occupation.weight * 100)} points`)
          .count(),
      ).toBe(1);
    expect(await page.locator('skill-fit-report mark').count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('skill-fit-report svg.chart').count()).toBe(2);

    expect(await seriousAxeViolations(page), 'axe on the rendered report').toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'fit-report-desktop.png'), fullPage: true });
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('"Show in posting" moves focus to the highlighted evidence', async () => {
    const { page, context, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('textarea[name=posting]').fill(POSTING);
    await page.locator('textarea[name=resume]').fill(RESUME);
    await page.locator('button[type=submit]').click();
    const firstRow = page.locator('[data-testid=requirement]').first();
    await firstRow.getByRole('button', { name: /Show in posting/ }).click();
    const focused = await page.evaluate(() => {
      const active = document.querySelector('skill-fit-report')?.shadowRoot?.activeElement;
      return active ? `${active.tagName}:${active.textContent}` : '';
    });
    expect(focused).toMatch(/^MARK:/);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('works from the keyboard alone: Tab to "Fill in an example", Enter, Tab to submit, Enter', async () => {
    const { page, context, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#example').click();
    const expected = await apiReport(
      await page.locator('textarea[name=posting]').inputValue(),
      await page.locator('textarea[name=resume]').inputValue(),
    );
    await page.reload();
    const focusedName = (): Promise<string> =>
      page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.getAttribute('name') ?? document.activeElement?.textContent ?? '',
      );
    for (let i = 0; i < 10 && (await focusedName()) !== 'Fill in an example'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Fill in an example');
    await page.keyboard.press('Enter');
    expect(await focusedName()).toBe('posting');
    for (let i = 0; i < 10 && (await focusedName()) !== 'Score the fit'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Score the fit');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=score]').textContent(), { timeout: 10_000 }).toBe(String(expected.score));
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('is readable 375 px wide without sideways scrolling', async () => {
    const { page, context, problems } = await openPage({ width: 375, height: 812 });
    await page.goto(`${baseUrl}/`);
    await page.locator('textarea[name=posting]').fill(POSTING);
    await page
      .locator('textarea[name=resume]')
      .fill(`${RESUME}\nhttps://example.com/a-very-long-portfolio-link-without-any-break-in-it-at-all-whatsoever`);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=score]').waitFor({ timeout: 10_000 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, `page is ${widths.scroll} px wide in a ${widths.client} px viewport`).toBeLessThanOrEqual(widths.client);
    expect(await seriousAxeViolations(page, axeModuleSource)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'fit-report-375.png'), fullPage: true });
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('shows posting and résumé text as text: markup in them is never run or rendered', async () => {
    const { page, context, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('textarea[name=posting]').fill(`${POSTING}\n<img src=x onerror="window.pwned=1"><b>bold</b>`);
    await page.locator('textarea[name=resume]').fill(`${RESUME}\n<script>window.pwned=1</script>`);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=score]').waitFor({ timeout: 10_000 });
    expect(await page.locator('skill-fit-report img, skill-fit-report b, skill-fit-report script').count()).toBe(0);
    expect(await page.locator('skill-fit-report pre').first().textContent()).toContain('<b>bold</b>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(
      problems.filter((p) => !p.includes('/x')),
      problems.join('\n'),
    ).toEqual([]);
    await context.close();
  });

  it('a missing résumé is refused in the form, with the field named', async () => {
    const { page, context } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('textarea[name=posting]').fill(POSTING);
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#form-error').textContent()).toMatch(/résumé/);
    expect(await page.locator('[data-testid=score]').count()).toBe(0);
    await context.close();
  });

  it('upload a PDF résumé: the score is the one the API gives for the same file', async (ctx) => {
    const pdf = minimalPdf(RESUME_LINES);
    const form = new FormData();
    form.append('posting', POSTING);
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'resume.pdf');
    const probe = await fetch(`${baseUrl}/v1/match`, { method: 'POST', body: form });
    if (probe.status === 415) {
      console.warn('*** SKIPPING the PDF upload test: POST /v1/match does not take multipart yet (415) ***');
      ctx.skip();
    }
    expect(probe.status, await probe.clone().text()).toBe(200);
    const expected = (await probe.json()) as Report;

    const { page, context, problems } = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('textarea[name=posting]').fill(POSTING);
    await page
      .locator('input[type=file][name=resume-file]')
      .setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=score]').textContent(), { timeout: 15_000 }).toBe(String(expected.score));
    if (expected.resumeText) expect(await page.locator('skill-fit-report pre').nth(1).textContent()).toBe(expected.resumeText);
    await page.screenshot({ path: join(ARTIFACTS, 'fit-report-upload.png'), fullPage: true });
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('a career site on another origin embeds the component (CORS_ORIGINS lists it) and gets the same score', async () => {
    const expected = await apiReport(POSTING, RESUME);
    const { page, context, problems } = await openPage();
    await page.goto(`${hostUrl}/`);
    await page.evaluate(
      ([posting, resume]) => {
        const el = document.querySelector('skill-fit-report') as (HTMLElement & { posting: string; resume: string }) | null;
        if (!el) throw new Error('no <skill-fit-report> on the host page');
        el.posting = posting ?? '';
        el.resume = resume ?? '';
      },
      [POSTING, RESUME],
    );
    await expect.poll(() => page.locator('[data-testid=score]').textContent(), { timeout: 10_000 }).toBe(String(expected.score));
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('renders a report given as an attribute, without calling the API', async () => {
    const expected = await apiReport(POSTING, RESUME);
    const { page, context, problems } = await openPage();
    await page.goto(`${hostUrl}/`);
    await page.evaluate((json) => {
      const el = document.createElement('skill-fit-report');
      el.setAttribute('report', json);
      document.querySelector('main')?.replaceChildren(el);
    }, JSON.stringify(expected));
    await expect.poll(() => page.locator('[data-testid=score]').textContent()).toBe(String(expected.score));
    expect(await page.locator('[data-testid=requirement]').count()).toBe(expected.requirements.length);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('renders the v2 fields when a report has them: points, reasons, covered rows, eligibility, suggestions', async () => {
    const { page, context, problems } = await openPage();
    await page.goto(`${hostUrl}/`);
    await page.evaluate(
      ([report, posting, resume]) => {
        const el = document.createElement('skill-fit-report') as HTMLElement & { report: unknown; posting: string; resume: string };
        el.posting = posting as string;
        el.resume = resume as string;
        el.report = report;
        document.querySelector('main')?.replaceChildren(el);
      },
      [V2_REPORT, V2_POSTING, V2_RESUME] as const,
    );
    await expect.poll(() => page.locator('[data-testid=score]').textContent()).toBe('61.3');
    const rows = page.locator('[data-testid=requirement]');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('20.4 points');
    expect(await rows.nth(0).textContent()).toContain('related skill: MySQL for SQL');
    expect(await rows.nth(1).textContent()).toContain('covered by its group');
    const text = (await page.locator('skill-fit-report').evaluate((el) => el.shadowRoot?.textContent)) ?? '';
    expect(text).toContain('Eligibility: does not meet a requirement');
    expect(text).toContain('a dealbreaker');
    expect(text).toContain('Show SQL (+20.4 points): MySQL is SQL: say so on the résumé');
    expect(text).toContain('skills alone 68.1');
    expect(await page.locator('skill-fit-report mark', { hasText: 'MySQL' }).count()).toBe(1);
    expect(await page.locator('skill-fit-report mark.status-missing', { hasText: 'A degree in statistics' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});
