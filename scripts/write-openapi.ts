/**
 * Writes the OpenAPI document the routes generate to openapi/openapi.json (`npm run openapi`).
 * With --check it writes nothing and exits 1 when the committed file differs from what the code generates.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

const target = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
const shown = relative(process.cwd(), target) || target;

async function generate(): Promise<string> {
  const app = await buildApp(testConfig());
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const check = process.argv.slice(2).includes('--check');
  const generated = await generate();
  if (check) {
    const committed = await readFile(target, 'utf8').catch(() => null);
    if (committed === null) {
      process.stderr.write(`${shown} is missing: run \`npm run openapi\` and commit it.\n`);
      return 1;
    }
    if (committed !== generated) {
      process.stderr.write(`${shown} is out of date with the routes' schemas: run \`npm run openapi\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`${shown} is up to date.\n`);
    return 0;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, generated);
  process.stdout.write(`wrote ${shown}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`write-openapi failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
