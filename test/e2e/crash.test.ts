import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type ServiceProcess } from '../support/service-process.js';

const KEY = 'crash-test-key';

const startServer = (databaseUrl: string): Promise<ServiceProcess> => startService(databaseUrl, KEY);

async function kill(server: ServiceProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  const pid = server?.child.pid;
  if (!server || pid === undefined || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  try {
    process.kill(-pid, signal);
  } catch {
    return; // already gone
  }
  await exited;
}

describe('crash safety', () => {
  let dir: string;
  let server: ServiceProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skill-matcher-crash-'));
  });
  afterAll(async () => {
    await kill(server, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged posting when the process is killed mid-write', async () => {
    const databaseUrl = `file:${join(dir, 'db.sqlite')}`;
    server = await startServer(databaseUrl);
    const { base } = server;

    const acknowledged: string[] = [];
    let killing: Promise<void> | undefined;
    const postOne = async (i: number): Promise<void> => {
      const res = await fetch(`${base}/v1/postings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ text: `Posting ${i}\nRequirements:\n- SQL\n- Python\n- Excel`, externalId: `crash-${i}` }),
      }).catch(() => undefined);
      if (res?.status !== 201) return;
      acknowledged.push(((await res.json()) as { id: string }).id);
      // Pull the plug while the remaining writes are still in flight.
      if (acknowledged.length === 30) killing = kill(server, 'SIGKILL');
    };
    // Five writers at a time, 50 postings in all.
    let next = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        while (next < 50) await postOne(next++);
      }),
    );
    await (killing ?? kill(server, 'SIGKILL'));
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);

    server = await startServer(databaseUrl);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await fetch(`${server.base}/v1/postings/${id}`);
      if (res.status !== 200) missing.push(id);
    }
    expect(missing, server.output()).toEqual([]);
    const ranked = await fetch(`${server.base}/v1/rank`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resume: { skills: [{ name: 'SQL' }] }, limit: 100 }),
    });
    expect(((await ranked.json()) as { total: number }).total).toBeGreaterThanOrEqual(acknowledged.length);
    await kill(server, 'SIGTERM');
  }, 120_000);
});
