/**
 * Vitest globalSetup: says up front which suites this machine cannot run and how to run them,
 * so that a skipped suite is never a silent one.
 */
import { browserSource, browserUnavailableReason } from '../e2e/browser.js';
import { PG_SKIP_NOTICE, PG_URL } from '../store/postgres-env.js';

export default function announceSkippedSuites(): void {
  const lines: string[] = [];
  if (!PG_URL) lines.push(PG_SKIP_NOTICE);
  const browser = browserUnavailableReason();
  lines.push(browser ? `Browser tests SKIPPED: ${browser}` : `Browser tests use ${browserSource()}.`);
  process.stdout.write(`\n${lines.map((l) => l.replace(/^(?=\S)/gm, '!! ')).join('\n')}\n\n`);
}
