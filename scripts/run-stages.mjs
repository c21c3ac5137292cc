#!/usr/bin/env node
/**
 * `npm test`: builds, then runs each check as its own npm script, one after another. A stage
 * that fails does not stop the others, so one red run shows every problem; the exit code is
 * non-zero if any stage failed. The last line reads "N passed, N failed" (CI parses it).
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {ensure} from './prerequisites.mjs';

// Chromium runs the browser and end-to-end tests; pdftotext reads the printed PDFs back.
if (!ensure(['chromium', 'pdftotext'])) process.exit(1);

const {scripts} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// `lint` runs once the project has one.
const stages = ['build', 'lint', 'typecheck', 'test:unit', 'test:browser', 'test:e2e'].filter(
  (name) => name in scripts,
);

const results = stages.map((stage) => {
  const start = Date.now();
  const ok = spawnSync('npm', ['run', '--silent', stage], {stdio: 'inherit'}).status === 0;
  return {stage, ok, seconds: Math.round((Date.now() - start) / 1000)};
});

const failed = results.filter((r) => !r.ok).length;
console.log('');
for (const {stage, ok, seconds} of results) console.log(`${ok ? 'passed' : 'FAILED'}  ${stage} (${seconds} s)`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
