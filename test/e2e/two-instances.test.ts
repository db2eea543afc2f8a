import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type ServiceProcess } from '../support/service-process.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const KEY = 'two-instances-key';
/** The promise the deployment makes: a write through one instance ranks through every other within a second. */
const PROPAGATION_MS = 1000;

if (!PG_URL) {
  // Loud on purpose: this is the only test of the multi-instance deployment.
  console.warn(
    'SKIPPED test/e2e/two-instances.test.ts: set TEST_DATABASE_URL to a PostgreSQL database (see .ci/run) to test two service processes on one database.',
  );
}

const startInstance = (databaseUrl: string): Promise<ServiceProcess> => startService(databaseUrl, KEY);

async function stop(instance: ServiceProcess | undefined): Promise<void> {
  const pid = instance?.child.pid;
  if (!instance || pid === undefined || instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  await exited;
}

const write = (instance: ServiceProcess, body: object) =>
  fetch(`${instance.base}/v1/postings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify(body),
  });

/** The externalIds of the postings `instance` ranks for a résumé with `skill`. */
async function ranked(instance: ServiceProcess, skill: string): Promise<(string | null)[]> {
  const res = await fetch(`${instance.base}/v1/rank`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ resume: { skills: [{ name: skill }] }, limit: 100 }),
  });
  return ((await res.json()) as { items: { externalId: string | null; score: number }[] }).items
    .filter((i) => i.score > 0)
    .map((i) => i.externalId);
}

/** Milliseconds from `since` until `check` holds, polling; fails after PROPAGATION_MS. */
async function within(since: number, check: () => Promise<boolean>): Promise<number> {
  for (;;) {
    if (await check()) return performance.now() - since;
    if (performance.now() - since > PROPAGATION_MS) throw new Error(`not seen through the other instance within ${PROPAGATION_MS} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.skipIf(!PG_URL)('two service processes on one PostgreSQL database', () => {
  const schema = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let a: ServiceProcess | undefined;
  let b: ServiceProcess | undefined;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    // Both processes use their own schema of the test database, through the connection string alone.
    const url = new URL(PG_URL as string);
    url.searchParams.set('options', `-c search_path=${schema}`);
    [a, b] = await Promise.all([startInstance(url.toString()), startInstance(url.toString())]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('a posting written through one ranks through the other within a second, both ways', async () => {
    const [one, two] = [a as ServiceProcess, b as ServiceProcess];
    for (const [writer, reader, externalId] of [
      [one, two, 'via-a'],
      [two, one, 'via-b'],
    ] as const) {
      const written = performance.now();
      const res = await write(writer, { externalId, text: 'Requirements:\n- Stata\n- SQL' });
      expect(res.status, writer.output()).toBe(201);
      await within(written, async () => (await ranked(reader, 'Stata')).includes(externalId));
    }
    expect(await ranked(one, 'Stata')).toEqual(expect.arrayContaining(['via-a', 'via-b']));
  });

  it('an update and a delete through one are followed by the other', async () => {
    const [one, two] = [a as ServiceProcess, b as ServiceProcess];
    const created = await write(one, { externalId: 'moves', text: 'Requirements:\n- Tableau' });
    const { id } = (await created.json()) as { id: string };
    await within(performance.now(), async () => (await ranked(two, 'Tableau')).includes('moves'));

    const updated = performance.now();
    expect((await write(two, { externalId: 'moves', text: 'Requirements:\n- Excel' })).status).toBe(200);
    await within(updated, async () => (await ranked(one, 'Excel')).includes('moves') && !(await ranked(one, 'Tableau')).includes('moves'));

    const deleted = performance.now();
    const res = await fetch(`${one.base}/v1/postings/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(204);
    await within(deleted, async () => !(await ranked(two, 'Excel')).includes('moves'));
  });
});
