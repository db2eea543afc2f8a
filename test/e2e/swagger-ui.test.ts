/**
 * Swagger UI as a person uses it: open /docs in a real browser, "Try it out" on the posting extractor, "Execute",
 * and read the live answer. Catches a Content-Security-Policy or asset problem that breaks the page.
 */
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { browserUnavailableReason, launchBrowser } from './browser.js';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== undefined)(`Swagger UI at /docs${unavailable ? ` (SKIPPED: ${unavailable})` : ''}`, () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const messages: string[] = [];

  beforeAll(async () => {
    app = await buildApp(testConfig());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (m) => messages.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`[pageerror] ${e.message}`));
    page.on('requestfailed', (r) => messages.push(`[requestfailed] ${r.url()} ${r.failure()?.errorText ?? ''}`));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const browserLog = (): string => `browser console:\n${messages.join('\n') || '(empty)'}`;

  it('"Try it out" → "Execute" on POST /v1/postings/extract shows a 200 with the requirements', async () => {
    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const operation = page.locator('.opblock.opblock-post', { has: page.locator('[data-path="/v1/postings/extract"]') });
    try {
      await operation.locator('.opblock-summary').first().click({ timeout: 8_000 });
    } catch (err) {
      throw new Error(`Swagger UI did not render the operation: ${(err as Error).message}\n${browserLog()}`);
    }
    await operation.getByRole('button', { name: 'Try it out' }).click({ timeout: 5_000 });
    await operation.getByRole('button', { name: 'Execute' }).click({ timeout: 5_000 });

    // The first .response-col_status is the "Code" header; the live answer is in the body row.
    const status = operation.locator('.live-responses-table tbody .response-col_status');
    try {
      await expect
        .poll(async () => ((await status.count()) > 0 ? (await status.first().innerText()).trim() : ''), { timeout: 8_000 })
        .toBe('200');
    } catch (err) {
      const shown = (await status.count()) > 0 ? await status.first().innerText() : '(no live response)';
      throw new Error(`Execute did not show a 200 (shown: ${shown}): ${(err as Error).message}\n${browserLog()}`);
    }
    const body = await operation.locator('.live-responses-table tbody .response-col_description pre').first().innerText();
    expect(body).toContain('"requirements"');
    expect(body).toContain('"sql"');
    expect(
      messages.filter((l) => /Content[- ]Security[- ]Policy|Refused to/i.test(l)),
      browserLog(),
    ).toEqual([]);
  });
});
