/**
 * Stores that cannot do their job say so at start-up (and /readyz) instead of failing later:
 * an empty file: path, a file SQLite cannot open or write, a PostgreSQL address that never answers,
 * a PostgreSQL server that stops answering.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig, testConfig } from '../../src/config.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { openStore } from '../../src/store/index.js';
import { PostgresPostingStore } from '../../src/store/postgres.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';
import { PG_URL } from './postgres-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');

/** A TCP server that accepts connections and never says a word, like a firewall that black-holes PostgreSQL. */
async function silentServer(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, sockets };
}

async function stop(server: Server, sockets: Socket[]): Promise<void> {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('SQLite paths', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-safety-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses DATABASE_URL=file: with no path, which SQLite would open as a throw-away temporary database', async () => {
    expect(() => loadConfig({ DATABASE_URL: 'file:' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'file://' })).toThrow(/file: needs a path/);
    await expect(openStore('file:')).rejects.toThrow(/names no file/);
  });

  it('names the path when SQLite cannot open the file', async () => {
    // A directory is not a database file: SQLite answers "unable to open database file".
    await expect(openStore(`file:${dir}`)).rejects.toThrow(dir);
  });

  it('refuses at start-up a database file it may only read', async () => {
    const path = join(dir, 'read-only.db');
    await (await openStore(`file:${path}`)).close();
    await chmod(path, 0o444);
    await chmod(dir, 0o777);
    // root writes any file whatever its mode: open it as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const script = `import { openStore } from ${JSON.stringify(join(ROOT, 'src/store/index.js'))};
      try { await openStore(${JSON.stringify(`file:${path}`)}); console.log('opened'); } catch (e) { console.log('refused: ' + e.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe(`refused: SQLite cannot write ${path}: attempt to write a readonly database`);
  });
});

describe('a PostgreSQL address that accepts connections and never answers', () => {
  it('fails start-up within DATABASE_CONNECT_TIMEOUT_MS, naming the address', async () => {
    const { server, port, sockets } = await silentServer();
    try {
      const url = `postgres://someone:secret@127.0.0.1:${port}/nowhere`;
      await expect(PostgresPostingStore.connect(url, { connectTimeoutMs: 300 })).rejects.toThrow(`PostgreSQL at 127.0.0.1:${port}/nowhere`);
      const starting = buildApp(testConfig({ DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_MS: '300' }), { taxonomy });
      await expect(starting).rejects.toThrow(/timeout/i);
      await expect(starting).rejects.not.toThrow('secret');
    } finally {
      await stop(server, sockets);
    }
  });
});

describe.skipIf(!PG_URL)('a PostgreSQL server that stops answering', () => {
  it('turns /readyz into 503 instead of holding the probe', async () => {
    const target = new URL(PG_URL as string);
    const held: Socket[] = [];
    let paused = false;
    // A proxy in front of PostgreSQL that can go silent, like a server stopped with SIGSTOP.
    const proxy = createServer((client) => {
      held.push(client);
      const upstream = connect(Number(target.port || 5432), target.hostname);
      held.push(upstream);
      client.on('data', (d) => paused || upstream.write(d));
      upstream.on('data', (d) => paused || client.write(d));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    const proxied = new URL(PG_URL as string);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(typeof address === 'object' && address ? address.port : 0);

    const schema = `safety_${process.pid}_${Date.now() % 100000}`;
    const store = await PostgresPostingStore.connect(proxied.toString(), { schema, connectTimeoutMs: 300 });
    const app = await buildApp(testConfig(), { taxonomy, store });
    try {
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      paused = true;
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    } finally {
      paused = false;
      await app.close();
      await store.close().catch(() => undefined);
      await stop(proxy, held);
      await dropSchema(schema);
    }
  });
});

async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
