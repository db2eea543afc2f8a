import { describe, expect, it, vi } from 'vitest';
import { AnalyserClosedError, workerAnalyser } from '../../src/analysis/analyser.js';

describe('the worker pool at shutdown', () => {
  it('answers a task asked once the pool is closing as unavailable (503), not as an internal error', async () => {
    const analyser = workerAnalyser(1);
    const first = analyser.posting({ text: 'Requirements:\n- SQL' });
    const closed = analyser.close();
    // A request already running (its posting analysed) asks for its next task while the service shuts down.
    const late = analyser.posting({ text: 'Requirements:\n- Python' });
    await expect(late).rejects.toBeInstanceOf(AnalyserClosedError);
    await expect(late).rejects.toMatchObject({ statusCode: 503 });
    // The task already asked still finishes.
    expect((await first).requirements.map((r) => r.skill.name)).toContain('SQL');
    await closed;
  }, 30_000);
});

describe('the worker pool at start', () => {
  it('is warm only once its threads have compiled the catalogue, so readiness never promises a slow first write', async () => {
    const analyser = workerAnalyser(2);
    expect(analyser.warm()).toBe(false);
    await vi.waitFor(() => expect(analyser.warm()).toBe(true), { timeout: 30_000, interval: 50 });
    expect((await analyser.posting({ text: 'Requirements:\n- SQL' })).requirements.map((r) => r.skill.name)).toContain('SQL');
    await analyser.close();
  }, 60_000);
});
