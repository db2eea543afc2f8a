import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { FileReadError } from './errors.js';
import type { ParseResult, ParseTask } from './worker.js';

let pool: Piscina<ParseTask, ParseResult> | undefined;
let warm: Promise<unknown> | undefined;

/** Loading a worker (and PDF.js in it) takes a while once; that time is not the file's parse time. */
const WARM_UP_LIMIT_MS = 30_000;
/** The longest a file waits for a free worker (each busy one is done or stopped within its own budget). */
const QUEUE_LIMIT_MS = 30_000;

/** Under tsx or vitest this module is TypeScript, and so is its worker: the worker loads tsx too. */
function workerOptions(): { filename: string; execArgv: string[] } {
  const runningFromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(runningFromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    execArgv: runningFromSource ? ['--import', 'tsx'] : [],
  };
}

function getPool(): Piscina<ParseTask, ParseResult> {
  pool ??= new Piscina<ParseTask, ParseResult>({
    ...workerOptions(),
    minThreads: 1,
    // One core stays with the event loop; at least two workers, so one slow file does not queue the rest.
    maxThreads: Math.max(2, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 30_000,
    // A hostile file cannot take the process's memory with it.
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
  });
  return pool;
}

/** Starts the worker threads now and resolves when one is ready (a server calls it at start-up). */
export function warmFilePool(): Promise<void> {
  const current = getPool();
  warm ??= current
    .run({ kind: 'warm', bytes: new Uint8Array(0), maxPages: 0 }, { signal: AbortSignal.timeout(WARM_UP_LIMIT_MS) })
    .catch(() => undefined);
  return warm.then(() => undefined);
}

/**
 * Parses in a worker thread within `timeoutMs` from the moment the worker starts on it (waiting for
 * a free worker is bounded separately); at the deadline the task is aborted, which terminates its
 * worker. Idle workers are unref'd, so the pool keeps no process alive.
 */
export async function parseInWorker(task: Omit<ParseTask, 'started'>, timeoutMs: number): Promise<ParseResult> {
  await warmFilePool();
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer = setTimeout(() => controller.abort(), QUEUE_LIMIT_MS);
  port1.once('message', () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  });
  try {
    return await getPool().run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] });
  } catch (err) {
    if (controller.signal.aborted) {
      // Its worker was terminated: the next parse waits for a fresh one to load.
      warm = undefined;
      throw new FileReadError('timeout', `The file could not be read within ${timeoutMs} ms (FILE_PARSE_TIMEOUT_MS).`);
    }
    if (err instanceof Error && /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`)) {
      throw new FileReadError('too-large', 'The file needs more memory to read than a file may use.');
    }
    throw new FileReadError('corrupt', 'The file could not be read.');
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/** Stops the worker threads (a server's shutdown, the end of a CLI run); the next parse starts new ones. */
export async function closeFilePool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  warm = undefined;
  await closing?.destroy();
}
