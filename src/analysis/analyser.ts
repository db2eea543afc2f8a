import { Piscina } from 'piscina';
import type { AnalysedPosting } from '../core/posting.js';
import type { FitReport } from '../core/score/fit.js';
import type { Vocabularies } from '../core/match.js';
import { runTask, type AnalysisTask, type FitOptions } from './tasks.js';

/** Posting analysis and fit scoring, on the event loop or in a pool of worker threads. */
export interface Analyser {
  readonly workers: number;
  /** `title`, when the posting has one apart from its text, names its occupation. */
  posting(source: Extract<AnalysisTask, { kind: 'posting' }>['source'], title?: string): Promise<AnalysedPosting>;
  fit(analysis: AnalysedPosting, resume: Extract<AnalysisTask, { kind: 'fit' }>['resume'], options: FitOptions): Promise<FitReport>;
  close(): Promise<void>;
  /** Whether analysis can start at once: every worker thread has compiled its vocabularies. */
  warm(): boolean;
}

/** On the event loop, with the given vocabularies (WORKERS=0, or a taxonomy the caller compiled, as tests do). */
export function inProcessAnalyser(vocabularies: Vocabularies): Analyser {
  return {
    workers: 0,
    posting: async (source, title) => runTask(vocabularies, { kind: 'posting', source, ...(title ? { title } : {}) }) as AnalysedPosting,
    fit: async (analysis, resume, options) => runTask(vocabularies, { kind: 'fit', analysis, resume, options }) as FitReport,
    close: async () => undefined,
    warm: () => true,
  };
}

/** Under tsx or vitest this module is TypeScript, and so is its worker: the worker loads tsx too. */
function workerOptions(): { filename: string; execArgv: string[] } {
  const runningFromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(runningFromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    execArgv: runningFromSource ? ['--import', 'tsx'] : [],
  };
}

/** A task asked of a pool that is closing: the service is shutting down (503, not an internal error). */
export class AnalyserClosedError extends Error {
  readonly statusCode = 503;
  constructor() {
    super('The analysis pool is closing: the service is shutting down.');
    this.name = 'AnalyserClosedError';
  }
}

/**
 * A fixed pool of `workers` threads (piscina), each with its own compiled taxonomy (the same data
 * files, so the same version as the main thread's). The threads start at once, so the first
 * requests do not wait for a compile.
 */
export function workerAnalyser(workers: number): Analyser {
  const pool = new Piscina<AnalysisTask, AnalysedPosting | FitReport | null>({
    ...workerOptions(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
  });
  let closing = false;
  // Each thread compiles the catalogue as it starts (about a second): until all have, a first write would wait for it.
  let warm = false;
  Promise.all(Array.from({ length: workers }, () => pool.run({ kind: 'warm' }))).then(
    () => {
      warm = true;
    },
    () => undefined,
  );
  // A request whose client went away can still ask for its next task (a match's fit after its posting) once the pool closes.
  const run = async (task: AnalysisTask): Promise<AnalysedPosting | FitReport | null> => {
    if (closing) throw new AnalyserClosedError();
    try {
      return await pool.run(task);
    } catch (err) {
      // Closing aborts queued tasks (AbortError) and may end a running one ("Terminating worker thread"): both are the shutdown.
      throw closing ? new AnalyserClosedError() : err;
    }
  };
  return {
    workers,
    posting: async (source, title) => (await run({ kind: 'posting', source, ...(title ? { title } : {}) })) as AnalysedPosting,
    fit: async (analysis, resume, options) => (await run({ kind: 'fit', analysis, resume, options })) as FitReport,
    // Lets the tasks of in-flight requests finish (shutdown drains requests first, but a task may still be running).
    close: () => {
      closing = true;
      return pool.close();
    },
    warm: () => warm,
  };
}
