/**
 * The project as a new user meets it: one version everywhere, and dependencies that all support the
 * Node versions package.json promises (npm prints EBADENGINE warnings otherwise).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../src/http/plugins/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}/${path}`, 'utf8')) as T;

const pkg = readJson<{ version: string; engines: { node: string } }>('package.json');
const lock = readJson<{ packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } | string[] }> }>('package-lock.json');
const openapi = readJson<{ info: { version: string } }>('openapi/openapi.json');

describe('the project', () => {
  it('has one version: package.json, the OpenAPI document and the docs plugin agree', () => {
    expect(openapi.info.version).toBe(pkg.version);
    expect(API_VERSION).toBe(pkg.version);
  });

  it('installs only packages that support the oldest Node package.json accepts (no EBADENGINE)', () => {
    const oldest = semver.minVersion(pkg.engines.node)?.version as string;
    const unsupported = Object.entries(lock.packages)
      // npm skips an optional package (a platform build) whose engines do not fit, without a warning.
      .filter(([path, entry]) => path !== '' && entry.optional !== true)
      .flatMap(([path, entry]) => {
        const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return range && !semver.satisfies(oldest, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${range}`] : [];
      });
    expect(unsupported, `Node ${oldest}`).toEqual([]);
  });
});
