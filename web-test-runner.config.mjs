import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './scripts/chromium.mjs';

export default {
  files: ['src/**/*.browser.test.ts'],
  // Lit's production build, as in dist/: no dev-mode banner in the test output.
  // The test runner's own @web/test-runner-commands (sendKeys), which npm does not hoist.
  nodeResolve: {exportConditions: ['production'], modulePaths: ['node_modules/@web/test-runner/node_modules']},
  plugins: [
    // esbuild must read useDefineForClassFields: false, or class fields would hide Lit's accessors.
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.browser-tests.json', import.meta.url))}),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_ARGS]},
    }),
  ],
  // Generous: a busy machine compiles a lazily loaded file on first use, and axe takes its time.
  testFramework: {config: {timeout: 20_000}},
  testsFinishTimeout: 60_000,
};
