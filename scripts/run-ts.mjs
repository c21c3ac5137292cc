#!/usr/bin/env node
/**
 * Runs one of the project's TypeScript scripts (`node scripts/run-ts.mjs scripts/build.ts`)
 * through Vite's module runner, the way Vitest runs the tests: Node 20 cannot run TypeScript
 * itself. The script's exit code is Node's: an error it throws fails the run.
 */
import {resolve} from 'node:path';
import {runnerImport} from 'vite';

const [script] = process.argv.slice(2);
if (!script) throw new Error('Usage: node scripts/run-ts.mjs <script.ts>');
await runnerImport(resolve(script), {configFile: false, logLevel: 'warn'});
