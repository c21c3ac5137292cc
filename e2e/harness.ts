/**
 * The end-to-end harness: the built script served from 127.0.0.1 with headers under the test's
 * control, in Debian's Chromium driven by playwright-core.
 */
import {createRequire} from 'node:module';
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {serve, type Server} from '../scripts/serve.mjs';

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

/** Trusted Types with no policy allowed: proves the browser really enforces them. */
export const NO_TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types 'none'";

/** Response headers by query: `?csp` the strict policy, `?tt` with Trusted Types, `?tt-none` with none allowed. */
function headersFor(url: URL): Record<string, string> {
  if (!url.pathname.endsWith('.html')) return {};
  const {searchParams: query} = url;
  const policy = query.has('csp') ? CSP : query.has('tt') ? `${CSP}; ${TRUSTED_TYPES}` : query.has('tt-none') ? `${CSP}; ${NO_TRUSTED_TYPES}` : '';
  return policy ? {'content-security-policy': policy} : {};
}

export async function startServer(): Promise<Server> {
  return serve({headers: headersFor});
}

export async function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** One server and one browser for a test file, started before its tests and closed after. */
export function useBrowserAndServer(): {browser: Browser; server: Server} {
  const env = {} as {browser: Browser; server: Server};
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(), startBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** What a page did that a site owner would want to know about. */
export interface PageRecord {
  page: Page;
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
  requests: string[];
  dialogs: string[];
  /** CSP and Trusted Types violations seen by the page. */
  violations: () => Promise<string[]>;
}

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<PageRecord> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const record: PageRecord = {
    page, errors: [], consoleErrors: [], warnings: [], requests: [], dialogs: [],
    violations: () => page.evaluate(() => (window as unknown as {violations?: string[]}).violations ?? []),
  };
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as {violations: string[]}).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    // The browser's own favicon request is not the page's nor the widget's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return record;
}

/** Resolves when every widget element on the page has rendered its content. */
export async function widgetsRendered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('support-info-panel, support-helpline-card, support-action-plan')].every(
      (element) => element.shadowRoot?.querySelector('.root') || element.shadowRoot?.querySelector('slot'),
    ),
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('support-info-panel, support-helpline-card, support-action-plan')].every(
      (element) => element.shadowRoot?.querySelector('.root'),
    ),
  );
}

export const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe (WCAG 2.0–2.2 A and AA rules) on the page, shadow roots included. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({path: axeSource});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
