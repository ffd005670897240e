// Debian's Chromium, as every script here launches it: the tests, the bench, the
// screenshots and the WordPress checks. Nothing is ever downloaded.
import {existsSync} from 'node:fs';

/** Headless, no sandbox (root in CI), and no calls home on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

/** CHROME_PATH, then the usual Debian and Google names; undefined when none is there. */
export function chromiumPath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((path) => existsSync(path));
}
