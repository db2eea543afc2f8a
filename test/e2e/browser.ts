/**
 * One way for every browser test to get a headless Chromium. Today: Debian's /usr/bin/chromium.
 * (Issue 16 replaces the internals so that a fresh machine without it still runs or skips loudly.)
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Why no browser can be launched here, or undefined when one can. */
export function browserUnavailableReason(): string | undefined {
  return existsSync(DEBIAN_CHROMIUM) ? undefined : `${DEBIAN_CHROMIUM} not found: install Debian's Chromium with \`apt-get install -y chromium\``;
}

export async function launchBrowser(): Promise<Browser> {
  const reason = browserUnavailableReason();
  if (reason) throw new Error(reason);
  return chromium.launch({ executablePath: DEBIAN_CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
