/**
 * The part of @web/test-runner-commands the browser tests use. The package is the test runner's
 * own copy, which npm does not hoist (web-test-runner.config.mjs finds it); its own types bring
 * Node's, which the browser tests must not see.
 */
declare module '@web/test-runner-commands' {
  export function sendKeys(payload: {press: string} | {down: string} | {up: string} | {type: string}): Promise<void>;
}
