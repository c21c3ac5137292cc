import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';

test('npm test stops at once with one line naming what to install when Chromium and pdftotext are out of reach', () => {
  // A PATH with node alone on it, and a CHROME_PATH that points nowhere (which also rules out installing).
  const bin = mkdtempSync(join(tmpdir(), 'prerequisites-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  try {
    const run = spawnSync(join(bin, 'node'), ['scripts/run-stages.mjs'], {
      encoding: 'utf8',
      env: {PATH: bin, CHROME_PATH: '/nowhere/chromium', HOME: process.env.HOME},
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'The tests need chromium and poppler-utils: install with `sudo apt-get install -y chromium poppler-utils` ' +
        '(or set CHROME_PATH to a Chrome or Chromium: /nowhere/chromium is not one).',
    ]);
  } finally {
    rmSync(bin, {recursive: true, force: true});
  }
});

test('the WordPress stage names every Debian package it misses, once, in one line', () => {
  // PHP and PHPUnit are looked for on the PATH; without PHP, its mysqli and DOM modules are missing too.
  const bin = mkdtempSync(join(tmpdir(), 'prerequisites-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  try {
    const run = spawnSync(
      join(bin, 'node'),
      ['scripts/prerequisites.mjs', 'php', 'php-mysql', 'php-xml', 'phpunit', 'php'],
      {
        encoding: 'utf8',
        env: {PATH: bin, HOME: process.env.HOME},
        timeout: 20_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'The tests need php-cli, php-mysql, php-xml and phpunit: install with `sudo apt-get install -y php-cli php-mysql php-xml phpunit`.',
    ]);
  } finally {
    rmSync(bin, {recursive: true, force: true});
  }
});
