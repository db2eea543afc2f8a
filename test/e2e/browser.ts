/**
 * One way for every browser test to get a headless Chromium:
 * 1. Debian's /usr/bin/chromium when it is installed (.ci/run installs it);
 * 2. else the Chromium inside the @sparticuz/chromium dev dependency, which `npm ci` installs: a brotli'd
 *    binary unpacked to /tmp on first use (a few seconds, once per machine boot);
 * 3. else none: browserUnavailableReason() says why and how to fix it, and the suites skip loudly.
 * TEST_BROWSER=npm (or =debian) uses only that one, e.g. to try the npm Chromium where Debian's is installed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NPM_CHROMIUM = '@sparticuz/chromium';
const only = process.env.TEST_BROWSER;

const debianChromiumInstalled = (): boolean => only !== 'npm' && existsSync(DEBIAN_CHROMIUM);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Flags @sparticuz/chromium suggests for serverless use that would hide what a real browser enforces, and
 * --single-process, with which the whole browser exits when the first of the suite's page contexts closes.
 */
const WEAKENING_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

/** The npm-shipped Chromium exists for Linux on x64 and arm64 only. */
function npmChromiumInstalled(): boolean {
  if (only === 'debian') return false;
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) return false;
  try {
    createRequire(import.meta.url).resolve(NPM_CHROMIUM);
    return true;
  } catch {
    return false;
  }
}

export const BROWSER_FIX =
  `install Debian's Chromium (\`apt-get install -y chromium\`, as .ci/run does), or run \`npm ci\` so that the ${NPM_CHROMIUM} dev dependency ` +
  '(a Chromium for Linux x64/arm64 inside an npm package) is there';

/** Why no browser can be launched here, or undefined when one can. */
export function browserUnavailableReason(): string | undefined {
  if (debianChromiumInstalled() || npmChromiumInstalled()) return undefined;
  return `no Chromium: ${DEBIAN_CHROMIUM} is missing and ${NPM_CHROMIUM} is not installed for ${process.platform}-${process.arch}. To run the browser tests, ${BROWSER_FIX}.`;
}

/** Which Chromium launchBrowser() starts, for test output. */
export function browserSource(): string {
  return debianChromiumInstalled() ? DEBIAN_CHROMIUM : NPM_CHROMIUM;
}

export async function launchBrowser(): Promise<Browser> {
  const reason = browserUnavailableReason();
  if (reason) throw new Error(reason);
  if (debianChromiumInstalled()) return chromium.launch({ executablePath: DEBIAN_CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const { default: npmChromium } = await import('@sparticuz/chromium');
  const args = [...npmChromium.args.filter((a) => !WEAKENING_FLAGS.has(a)), ...CHROMIUM_ARGS];
  try {
    return await chromium.launch({ executablePath: await npmChromium.executablePath(), headless: true, args });
  } catch (err) {
    throw new Error(`${NPM_CHROMIUM} did not launch (${(err as Error).message.split('\n')[0]}); ${BROWSER_FIX}.`, { cause: err });
  }
}
