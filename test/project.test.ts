/**
 * The project as a new user meets it: one version everywhere, and dependencies that all support the
 * Node versions package.json promises (npm prints EBADENGINE warnings otherwise).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config.js';
import { API_VERSION } from '../src/http/plugins/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}/${path}`, 'utf8')) as T;

const pkg = readJson<{ version: string; engines: { node: string } }>('package.json');
const lock = readJson<{ packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } | string[] }> }>(
  'package-lock.json',
);
const openapi = readJson<{ info: { version: string } }>('openapi/openapi.json');
const readme = readFileSync(`${root}/README.md`, 'utf8');

/** The rows of the README's configuration table: each variable named in the first cell, with its default and meaning. */
function configRows(): Map<string, { defaults: string; meaning: string }> {
  const rows = new Map<string, { defaults: string; meaning: string }>();
  for (const line of readme.split('\n')) {
    const cells = /^\| (`[A-Z_]+`(?: \/ `[A-Z_]+`)*) \| (.+?) \| (.+) \|$/.exec(line);
    if (!cells) continue;
    for (const name of (cells[1] as string).matchAll(/`([A-Z_]+)`/g))
      rows.set(name[1] as string, { defaults: cells[2] as string, meaning: cells[3] as string });
  }
  return rows;
}
const plain = (text: string): string => text.replace(/[`"]/g, '');

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
        return range && !semver.satisfies(oldest, range)
          ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${range}`]
          : [];
      });
    expect(unsupported, `Node ${oldest}`).toEqual([]);
  });

  it('documents every setting in the README with its default and what it does', () => {
    const rows = configRows();
    for (const [name, schema] of Object.entries(ConfigSchema.shape)) {
      const row = rows.get(name);
      expect(row, `README has no row for ${name}`).toBeDefined();
      const fallback: unknown = schema.parse(undefined);
      // A default taken from the machine (WORKERS: one per core) is documented as such, not as this machine's number.
      const shown =
        name === 'WORKERS'
          ? 'the number of cores'
          : Array.isArray(fallback)
            ? fallback.length === 0
              ? '(none)'
              : fallback.join(',')
            : String(fallback);
      expect(row?.defaults, name).toContain(shown);
      if (schema.description) expect(plain(row?.meaning ?? ''), name).toContain(plain(schema.description));
    }
  });

  it('has a README that stands alone and commands that work as pasted', () => {
    expect(readme).not.toMatch(/\.\.\/shared\//);
    // In single quotes the shell never expands $KEY: the call goes out with the literal text and gets 401.
    expect(readme).not.toMatch(/'[^'\n]*\$[A-Z_]+[^'\n]*'/);
  });
});
