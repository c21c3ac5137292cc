import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {expect, it} from 'vitest';
import {sriHash} from '../release.mjs';
import {assemblePlugin} from './assemble-plugin.mjs';
import {readMo} from './mo-file.mjs';

/** A project with a plugin and a build, as small as can be. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'plugin-'));
  const files: Record<string, string> = {
    'wordpress/support-widget.php': '<?php // Plugin Name: support-widget',
    'wordpress/includes/assets.php': '<?php',
    'wordpress/uninstall.php': '<?php',
    'wordpress/readme.txt': '=== support-widget ===',
    'wordpress/languages/support-widget-sv_SE.po':
      'msgid ""\nmsgstr ""\n\nmsgid "Support resources"\nmsgstr "Stödresurser"\n',
    'wordpress/tests/KsesTest.php': '<?php',
    'wordpress/phpunit.xml.dist': '<phpunit/>',
    'dist/support-widget.all.js': 'console.log("all")',
    'dist/wordpress/blocks.js': 'console.log("blocks")',
    'dist/wordpress/settings.js': 'console.log("settings")',
    'dist/allowlist.json': '{}',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

it('assembles the plugin as its zip holds it: no tests, the assets, their integrity and the compiled catalogue', () => {
  const root = project();
  const out = join(root, 'out/support-widget');
  expect(assemblePlugin(out, {root})).toEqual([
    'assets/allowlist.json',
    'assets/blocks.js',
    'assets/integrity.json',
    'assets/settings.js',
    'assets/support-widget.all.js',
    'includes/assets.php',
    'languages/support-widget-sv_SE.mo',
    'languages/support-widget-sv_SE.po',
    'readme.txt',
    'support-widget.php',
    'uninstall.php',
  ]);
  expect(JSON.parse(readFileSync(join(out, 'assets/integrity.json'), 'utf8'))).toEqual({
    'support-widget.all.js': sriHash(Buffer.from('console.log("all")')),
  });
  expect(readMo(readFileSync(join(out, 'languages/support-widget-sv_SE.mo'))).get('Support resources')).toEqual([
    'Stödresurser',
  ]);
});

it('stops with what is missing rather than writing a plugin without its scripts', () => {
  const root = project();
  rmSync(join(root, 'dist/wordpress/blocks.js'));
  expect(() => assemblePlugin(join(root, 'out'), {root})).toThrow(/dist\/wordpress\/blocks\.js is missing/);
});
