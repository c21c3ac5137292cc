#!/usr/bin/env node
/**
 * `npm run test:wordpress`: the plugin on a real WordPress. Asks for Debian's packages first
 * (scripts/prerequisites.mjs), builds the release when the plugin zip is missing, starts a fresh
 * scratch WordPress with the plugin installed from that zip (site.mjs), then runs the Playwright
 * tests (`vitest run --project wordpress`, files wordpress-tests/*.wordpress.test.ts) and Debian's
 * PHPUnit on wordpress/phpunit.xml.dist against the same site. Everything it started is stopped at
 * the end, also when a test fails or the run is interrupted; the exit code is non-zero if any part failed.
 *
 *   npm run test:wordpress [-- <vitest filters, e.g. wordpress-tests/lifecycle>]
 *
 * Env as for `npm run wordpress` (WP_PORT, WP_SCRATCH, WP_PLUGIN_SOURCE, WP_PLUGIN_ZIP).
 */
import {spawn} from 'node:child_process';
import {existsSync, lstatSync} from 'node:fs';
import {join} from 'node:path';
import {WORDPRESS_TOOLS, ensure} from '../prerequisites.mjs';
import {ROOT, ensurePluginZip, optionsFromEnv, startSite} from './site.mjs';

if (!ensure([...WORDPRESS_TOOLS, 'phpunit', 'chromium'])) process.exit(1);

const started = Date.now();
const options = optionsFromEnv();
/** @type {import('./site.mjs').Site | undefined} */
let site;
/** @type {import('node:child_process').ChildProcess | undefined} */
let current;
let stopping = false;
const stopAndExit = async (/** @type {number} */ code) => {
  if (stopping) return;
  stopping = true;
  current?.kill('SIGTERM');
  await site?.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stopAndExit(130));
process.on('SIGTERM', () => void stopAndExit(143));

/**
 * Runs one part to its end and says whether it passed.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<boolean>}
 */
function part(command, args, env) {
  return new Promise((done) => {
    current = spawn(command, args, {cwd: ROOT, stdio: 'inherit', env});
    current.once('exit', (code) => done(code === 0));
    current.once('error', () => done(false));
  });
}

/** @type {{name: string, ok: boolean | 'skipped'}[]} */
const results = [];
try {
  // The lifecycle test uploads the zip, so it is there even when the site links a plugin folder.
  const pluginZip = ensurePluginZip(options.pluginZip);
  site = await startSite({...options, pluginZip});
  // In a worktree whose node_modules is a link, packages that load files beside them (axe) need this.
  const linked = lstatSync(join(ROOT, 'node_modules'), {throwIfNoEntry: false})?.isSymbolicLink();
  const env = {
    ...process.env,
    WP_URL: site.url,
    WP_SCRATCH: site.scratch,
    WP_PLUGIN_ZIP: pluginZip,
    ...(linked ? {NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --preserve-symlinks`.trim()} : {}),
  };
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  results.push({
    name: 'Playwright (vitest --project wordpress)',
    ok: await part(process.execPath, [vitest, 'run', '--project', 'wordpress', ...process.argv.slice(2)], env),
  });

  const phpunitConfig = join(ROOT, 'wordpress', 'phpunit.xml.dist');
  if (existsSync(phpunitConfig)) {
    results.push({
      name: 'PHPUnit (wordpress/phpunit.xml.dist)',
      ok: await part('phpunit', ['-c', phpunitConfig], {...env, SUPPORT_WIDGET_WP_LOAD: site.wpLoad}),
    });
  } else {
    console.log(`\nPHPUnit skipped: ${phpunitConfig} does not exist yet.`);
    results.push({name: 'PHPUnit (wordpress/phpunit.xml.dist missing)', ok: 'skipped'});
  }
} catch (error) {
  console.error(`npm run test:wordpress: ${error instanceof Error ? error.message : String(error)}`);
  results.push({name: 'set-up', ok: false});
} finally {
  await site?.stop();
}

console.log('');
for (const {name, ok} of results) console.log(`${ok === 'skipped' ? 'skipped' : ok ? 'passed ' : 'FAILED '}  ${name}`);
console.log(`WordPress stage: ${Math.round((Date.now() - started) / 1000)} s`);
process.exitCode = results.some(({ok}) => ok === false) ? 1 : 0;
