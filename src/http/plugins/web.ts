import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** src/http/public in the source tree; `npm run build` copies it beside the compiled code (dist/src/http/public). */
export const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));

const PAGE_PATHS = new Set(['/', '/index.html']);

/**
 * CSP hashes of the installed axe-core build (a dev dependency: absent in production images). Accessibility
 * checkers inject axe-core into the page as an inline script (the file, or the `axe.source` string its Node entry
 * point exports); allowing exactly those texts' hashes on the page lets them audit it without turning the policy
 * off. No other inline script runs, and the page itself has none.
 */
function axeScriptHashes(): string[] {
  const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const require = createRequire(import.meta.url);
  let full: string;
  try {
    full = readFileSync(require.resolve('axe-core/axe.js'), 'utf8');
  } catch {
    return [];
  }
  const hashes = [sha256(full)];
  try {
    hashes.push(sha256(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')));
  } catch {
    // the full build alone
  }
  // axe.source is '(' + the wrapper function's text + ')(…)': rebuilt from the file rather than by loading axe-core.
  const start = full.indexOf('function axeFunction');
  const end = full.lastIndexOf('})(typeof window') + 1;
  if (start >= 0 && end > start) hashes.push(sha256(`(${full.slice(start, end)})(typeof window === "object" ? window : this);`));
  return hashes;
}

let cachedHashes: string[] | undefined;

/**
 * The fit-report page at / and the embeddable <skill-fit-report> component at /components/skill-fit-report.js.
 * One route per file found at start-up (no wildcard), so unknown paths still reach the problem+json 404.
 */
export const webPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    decorateReply: false,
    cacheControl: true,
    maxAge: '5m',
    setHeaders: (res, path) => {
      // Career sites load the component from their own origin (CORS_ORIGINS decides which origins may).
      if (path.includes('/components/')) res.setHeader('cross-origin-resource-policy', 'cross-origin');
    },
  });

  const hashes = (cachedHashes ??= axeScriptHashes());
  if (hashes.length === 0) return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || !PAGE_PATHS.has(request.url.split('?')[0] ?? '')) return payload;
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string')
      reply.header('content-security-policy', policy.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(' ')}`));
    return payload;
  });
});
