/**
 * How every tool here starts Chromium (browser tests, end-to-end tests, the benchmark, the demo's
 * PDF): Debian's build, or CHROME_PATH. As root it needs --no-sandbox; the other flags keep it
 * from reaching for the network this machine does not have, and from using /dev/shm or a GPU.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
