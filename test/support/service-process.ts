import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
}

/**
 * The real service, as `npx tsx src/server.ts` on a free loopback port, in its own process group (so a
 * signal to -pid reaches every process of it); resolves once /readyz answers 200.
 */
export async function startService(databaseUrl: string, apiKey: string): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'src/server.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      API_KEYS: apiKey,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
    },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, base, output: () => output };
    if (Date.now() > until) throw new Error(`service did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
