/**
 * A fresh WordPress for the tests, made of Debian's packages and nothing else: a copy of Debian's
 * /usr/share/wordpress (6.1.9) with its own wp-config.php, its own MariaDB on a data folder and a
 * socket in the scratch folder, and `php -S` on 127.0.0.1. WordPress is installed without WP-CLI
 * (wp_install() from PHP), then the test users and the plugin. Everything it writes stays in the
 * scratch folder; `stop()` ends every process it started (each runs in its own process group, since
 * `php -S` with workers leaves them running when only its parent is killed).
 *
 * `npm run wordpress` (serve.mjs) and `npm run test:wordpress` (test.mjs) both start it from here.
 */
import {spawn, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {SBIN, WORDPRESS_CORE} from '../prerequisites.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The users every site gets; each one's password is its name + '-password'. */
export const USERS = {
  admin: 'administrator',
  editor: 'editor',
  author: 'author',
  contributor: 'contributor',
  'admin-sv': 'administrator (language sv_SE)',
};

/** Written into a scratch folder this harness made, so it never empties a folder it did not make. */
const MARKER = '.support-widget-scratch';

/**
 * @typedef {object} SiteOptions
 * @property {number} port
 * @property {string} scratch The scratch folder (emptied first).
 * @property {string} [pluginSource] A folder shaped like the zip's `support-widget/`, linked in instead of the zip.
 * @property {string} [pluginZip] The plugin zip to install through Plugin_Upgrader.
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} Site
 * @property {string} url
 * @property {string} scratch
 * @property {string} wpLoad The scratch folder's wp-load.php (it loads the site's).
 * @property {string} wpEval The scratch folder's wp-eval.php: `php wp-eval.php '<code>'`.
 * @property {() => Promise<void>} stop
 */

/** The options from the environment: WP_PORT, WP_SCRATCH, WP_PLUGIN_SOURCE, WP_PLUGIN_ZIP. */
export function optionsFromEnv(env = process.env) {
  return {
    port: Number(env.WP_PORT || 8881),
    scratch: resolve(env.WP_SCRATCH || join(ROOT, '.wordpress')),
    pluginSource: env.WP_PLUGIN_SOURCE ? resolve(env.WP_PLUGIN_SOURCE) : undefined,
    pluginZip: env.WP_PLUGIN_ZIP ? resolve(env.WP_PLUGIN_ZIP) : undefined,
  };
}

/** The plugin zip `npm run release` writes: release/support-widget-wordpress-<version>.zip. */
export function releasePluginZip() {
  const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return join(ROOT, 'release', `support-widget-wordpress-${version}.zip`);
}

/**
 * The zip to install: WP_PLUGIN_ZIP as given, else the release's, built by `npm run release` when missing.
 * @param {string | undefined} given
 */
export function ensurePluginZip(given) {
  if (given) {
    if (!existsSync(given)) throw new Error(`WP_PLUGIN_ZIP: ${given} does not exist`);
    return given;
  }
  const zip = releasePluginZip();
  if (!existsSync(zip)) {
    console.log(`${zip} is missing: npm run release`);
    const release = spawnSync('npm', ['run', '--silent', 'release'], {cwd: ROOT, stdio: 'inherit'});
    if (release.status !== 0) throw new Error('npm run release failed');
    if (!existsSync(zip)) throw new Error(`npm run release did not write ${zip}`);
  }
  return zip;
}

/** Process groups started here and still running: killed outright if Node exits before stop(). */
const running = new Set();
process.on('exit', () => {
  for (const group of running) killGroup(group, 'SIGKILL');
});

/**
 * @param {number} group
 * @param {NodeJS.Signals} signal
 */
function killGroup(group, signal) {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts a program as the leader of its own process group, its output going to a log file.
 * @param {string} command
 * @param {string[]} args
 * @param {{log: string, env?: NodeJS.ProcessEnv, pidFile: string}} options
 */
function startGroup(command, args, {log, env, pidFile}) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, {detached: true, stdio: ['ignore', out, out], env: env ?? process.env});
  const exited = new Promise((done) => child.once('exit', done));
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const group = child.pid;
  running.add(group);
  writeFileSync(pidFile, `${group}\n`);
  return {
    child,
    exited,
    /** Ends the whole group: TERM, then KILL if it has not ended within 15 s. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(group, 'SIGTERM');
        const timer = setTimeout(() => killGroup(group, 'SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      // Workers of `php -S` may outlive their parent by a moment.
      killGroup(group, 'SIGKILL');
      running.delete(group);
      rmSync(pidFile, {force: true});
    },
  };
}

/**
 * Ends processes an earlier run left in this scratch folder (its pid files, and only if their
 * command line names the folder), so a crashed run does not hold the port or the database.
 * @param {string} scratch
 */
function stopLeftovers(scratch) {
  const run = join(scratch, 'run');
  if (!existsSync(run)) return;
  for (const name of readdirSync(run)) {
    const group = Number(readFileSync(join(run, name), 'utf8'));
    let command;
    try {
      command = readFileSync(`/proc/${group}/cmdline`, 'utf8');
    } catch {
      continue; // Not running.
    }
    if (group > 1 && command.includes(scratch)) {
      console.log(`Stopping process group ${group} left by an earlier run in ${scratch}`);
      killGroup(group, 'SIGKILL');
    }
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {number} port */
function portInUse(port) {
  return new Promise((done) => {
    const socket = connect({host: '127.0.0.1', port}, () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

/**
 * The last 15 lines of a log, for an error message.
 * @param {string} log
 */
const logTail = (log) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n') : '');

/**
 * Waits until `ready()` holds, failing early when the process has ended.
 * @param {string} what
 * @param {() => boolean | Promise<boolean>} ready
 * @param {{child: import('node:child_process').ChildProcess}} process
 * @param {string} log
 */
async function waitFor(what, ready, {child}, log, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await ready()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not start (log ${log}):\n${logTail(log)}`);
}

/**
 * Runs a command to the end, its output going to a log file; throws with the log's end if it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{log: string, env?: NodeJS.ProcessEnv, cwd?: string}} options
 */
async function run(command, args, {log, env, cwd}) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, {stdio: ['ignore', out, out], env: env ?? process.env, cwd});
  const code = await new Promise((done) => child.once('exit', (status, signal) => done(signal ?? status)));
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${code}); log ${log}:\n${logTail(log)}`);
  }
}

/** @param {Record<string, string | boolean>} constants */
function wpConfig(constants) {
  const lines = Object.entries(constants).map(
    ([name, value]) =>
      `define('${name}', ${typeof value === 'boolean' ? value : `'${value.replace(/[\\']/g, '\\$&')}'`});`,
  );
  return `<?php
// Written by scripts/wordpress/site.mjs for a scratch test site; Debian's own config in /etc/wordpress is not used.
${lines.join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) {
\tdefine('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Sets up a fresh site and starts it. On failure, whatever it started is stopped again.
 * @param {SiteOptions} options
 * @returns {Promise<Site>}
 */
export async function startSite({port, scratch, pluginSource, pluginZip, log = console.log}) {
  if (!existsSync(join(WORDPRESS_CORE, 'wp-load.php')))
    throw new Error(`${WORDPRESS_CORE} is missing (Debian package wordpress)`);
  if (existsSync(scratch) && readdirSync(scratch).length && !existsSync(join(scratch, MARKER))) {
    throw new Error(`${scratch} is not empty and was not made by this harness: choose another WP_SCRATCH`);
  }
  const socket = join(scratch, 'mysql.sock');
  if (Buffer.byteLength(socket) > 100)
    throw new Error(`${socket} is too long for a Unix socket: choose a shorter WP_SCRATCH`);
  stopLeftovers(scratch);
  if (await portInUse(port)) throw new Error(`127.0.0.1:${port} is in use: choose another WP_PORT`);

  const started = Date.now();
  const url = `http://127.0.0.1:${port}`;
  const site = join(scratch, 'site');
  const logs = join(scratch, 'logs');
  const tmp = join(scratch, 'tmp');
  const data = join(scratch, 'mysql');
  rmSync(scratch, {recursive: true, force: true});
  for (const folder of [site, logs, tmp, data, join(scratch, 'run')]) mkdirSync(folder, {recursive: true});
  writeFileSync(join(scratch, MARKER), 'Made by scripts/wordpress/site.mjs; emptied at every start.\n');

  /** @type {{stop: () => Promise<void>}[]} */
  const processes = [];
  const stop = async () => {
    await Promise.all(processes.splice(0).map((process) => process.stop()));
  };
  try {
    // Debian's tree links some files elsewhere (-h copies what they point to); its wp-config.php reads /etc/wordpress.
    log(`Copying ${WORDPRESS_CORE} into ${site}`);
    await run(
      'sh',
      [
        '-c',
        `tar -C ${WORDPRESS_CORE} --exclude=./wp-config.php --exclude=./.htaccess -chf - . | tar -C "${site}" -xf -`,
      ],
      {
        log: join(logs, 'copy.log'),
      },
    );
    for (const theme of ['twentytwentythree', 'twentytwentyone']) {
      if (!existsSync(join(site, 'wp-content/themes', theme, 'style.css'))) {
        throw new Error(`the theme ${theme} is missing (Debian package wordpress-theme-${theme})`);
      }
    }
    mkdirSync(join(site, 'wp-content/uploads'), {recursive: true});

    const root = process.getuid?.() === 0 ? ['--user=root'] : [];
    log('Starting MariaDB');
    await run(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...root],
      {log: join(logs, 'mariadb-install.log')},
    );
    const mariadbLog = join(logs, 'mariadb.log');
    const mariadb = startGroup(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(scratch, 'run', 'mariadbd.self.pid')}`,
        `--tmpdir=${tmp}`,
        `--log-error=${mariadbLog}`,
        '--skip-networking',
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
        '--innodb-flush-log-at-trx-commit=0',
        '--key-buffer-size=1M',
        '--performance-schema=OFF',
        ...root,
      ],
      {
        log: mariadbLog,
        pidFile: join(scratch, 'run', 'mariadb.group'),
        env: {...process.env, PATH: [process.env.PATH, ...SBIN].join(':')},
      },
    );
    processes.push(mariadb);
    const createDatabase = () =>
      spawnSync(
        'mariadb',
        ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'],
        {
          stdio: 'ignore',
        },
      ).status === 0;
    await waitFor('MariaDB', createDatabase, mariadb, mariadbLog);

    writeFileSync(
      join(site, 'wp-config.php'),
      wpConfig({
        DB_NAME: 'wordpress',
        DB_USER: 'root',
        DB_PASSWORD: '',
        DB_HOST: `localhost:${socket}`,
        DB_CHARSET: 'utf8mb4',
        DB_COLLATE: '',
        ...Object.fromEntries(
          ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [
            [`${name}_KEY`, randomBytes(32).toString('hex')],
            [`${name}_SALT`, randomBytes(32).toString('hex')],
          ]),
        ),
        WP_HOME: url,
        WP_SITEURL: url,
        // Nothing waits on the network, which is not there: updates, plugin directory, oEmbed.
        WP_HTTP_BLOCK_EXTERNAL: true,
        AUTOMATIC_UPDATER_DISABLED: true,
        WP_AUTO_UPDATE_CORE: false,
        DISABLE_WP_CRON: true,
        WP_DEBUG: true,
        WP_DEBUG_DISPLAY: false,
        WP_DEBUG_LOG: join(logs, 'debug.log'),
        WP_ENVIRONMENT_TYPE: 'local',
        FS_METHOD: 'direct',
        WP_TEMP_DIR: `${tmp}/`,
      }),
    );
    // Outside the web root: a wp-load.php for PHP run from the command line (PHPUnit, wp-eval.php), and the router.
    writeFileSync(join(scratch, 'wp-load.php'), `<?php\nrequire_once __DIR__ . '/site/wp-load.php';\n`);
    for (const file of ['wp-eval.php', 'install.php', 'router.php'])
      copyFileSync(join(HERE, file), join(scratch, file));

    log('Installing WordPress');
    const phpTemp = ['-d', `sys_temp_dir=${tmp}`, '-d', `upload_tmp_dir=${tmp}`, '-d', 'memory_limit=512M'];
    await run('php', [...phpTemp, join(scratch, 'install.php')], {
      log: join(logs, 'install.log'),
      cwd: scratch,
      env: {
        ...process.env,
        WP_PLUGIN_SOURCE: pluginSource ?? '',
        WP_PLUGIN_ZIP: pluginSource ? '' : (pluginZip ?? ''),
      },
    });

    // How the plugin came in, for tests that take it out and put it back (wordpress-tests/site.ts).
    writeFileSync(join(scratch, 'plugin.json'), JSON.stringify({source: pluginSource ?? null, zip: pluginZip ?? null}));

    const serverLog = join(logs, 'php-server.log');
    const server = startGroup('php', [...phpTemp, '-S', `127.0.0.1:${port}`, '-t', site, join(scratch, 'router.php')], {
      log: serverLog,
      pidFile: join(scratch, 'run', 'php.group'),
      // The block editor asks for many things at once.
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
    });
    processes.push(server);
    const answers = async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).status === 200;
      } catch {
        return false;
      }
    };
    await waitFor('php -S', answers, server, serverLog);
    log(`WordPress is ready at ${url} (${Math.round((Date.now() - started) / 100) / 10} s)`);
    return {url, scratch, wpLoad: join(scratch, 'wp-load.php'), wpEval: join(scratch, 'wp-eval.php'), stop};
  } catch (error) {
    await stop();
    throw error;
  }
}
