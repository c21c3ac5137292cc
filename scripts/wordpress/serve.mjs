#!/usr/bin/env node
/**
 * `npm run wordpress`: a fresh scratch WordPress with the plugin, running until Ctrl-C.
 *
 *   WP_PORT=8881 WP_SCRATCH=<folder, default .wordpress/> npm run wordpress
 *   WP_PLUGIN_SOURCE=<folder shaped like the zip's support-widget/>   link it instead of installing the zip
 *   WP_PLUGIN_ZIP=<zip>                                               install this zip (default: the release's, built if missing)
 *
 * Run PHP in the site with `php <scratch>/wp-eval.php '<code>'`.
 */
import {WORDPRESS_TOOLS, ensure} from '../prerequisites.mjs';
import {USERS, ensurePluginZip, optionsFromEnv, startSite} from './site.mjs';

if (!ensure(WORDPRESS_TOOLS)) process.exit(1);
const options = optionsFromEnv();
/** @type {import('./site.mjs').Site | undefined} */
let site;
let stopping = false;
const stopAndExit = async (/** @type {number} */ code) => {
  if (stopping) return;
  stopping = true;
  await site?.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stopAndExit(130));
process.on('SIGTERM', () => void stopAndExit(143));

try {
  const pluginZip = options.pluginSource ? undefined : ensurePluginZip(options.pluginZip);
  site = await startSite({...options, pluginZip});
  console.log(`
  ${site.url}/            the site        ${site.url}/wp-admin/   its admin screens
  Users (password = name + '-password'): ${Object.entries(USERS)
    .map(([name, role]) => `${name} (${role})`)
    .join(', ')}
  Plugin: ${options.pluginSource ? `${options.pluginSource} (linked)` : pluginZip}
  PHP in the site: php ${site.wpEval} '<code>'     Logs: ${site.scratch}/logs/
  Ctrl-C stops it.`);
} catch (error) {
  console.error(`npm run wordpress: ${error instanceof Error ? error.message : String(error)}`);
  await stopAndExit(1);
}
