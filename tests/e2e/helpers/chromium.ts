import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. Google Chrome on a Mac). */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Null when the browser tests can run, else why they are skipped. */
export const chromiumMissing: string | null = existsSync(chromiumPath)
  ? null
  : `browser tests skipped: no Chromium at ${chromiumPath} (install it with \`apt-get install chromium\`, as .ci/run does, or set CHROMIUM_PATH)`;

/**
 * Headless Chromium that stays off the network: without the background-networking flags it
 * keeps calling home, which on a closed network only slows every test down.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
