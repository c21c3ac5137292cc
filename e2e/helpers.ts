/**
 * The end-to-end helpers: the BUILT script (run `npm run build` first; an older build than src/
 * fails the file) served from 127.0.0.1 with response headers under the test's control, in
 * Debian's Chromium driven by playwright-core.
 *
 * Each test file gets one server and one browser (`useBrowserAndServer`). Every page opened with
 * `openPage` records what a site owner would want to know about: page errors, console errors and
 * warnings, requests, dialogs, CSP and Trusted Types violations, and the Trusted Types policies the
 * page created. After each test its pages are closed, and a page error or violation that the test
 * did not announce (`expectErrors`, `expectViolations`) fails the test even if it forgot to look.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, expect} from 'vitest';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';
import {serve, type Server} from '../scripts/serve.mjs';
import {assertFreshBuild} from '../test/fresh-build.js';

/** The project folder, served as the site root: `/dist/…`, `/demo/…`, `/e2e/pages/…`. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const WIDGETS = 'support-info-panel, support-helpline-card, support-action-plan, support-quick-exit';

/** A widget element as page code sees it: `rendered` is true once it shows its own content in its language. */
export type WidgetElement = HTMLElement & {rendered?: boolean};

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The Content-Security-Policy a fixture page gets, chosen by its query string, so one fixture
 * serves under several policies: `?csp`, `?tt` (CSP + Trusted Types), or `?policy=<name>` below.
 */
export const POLICIES: Record<string, string> = {
  csp: CSP,
  tt: `${CSP}; ${TRUSTED_TYPES}`,
  // Trusted Types that allow no policy, or only another one: Lit cannot create its policy.
  'tt-none': `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
  'tt-other': `${CSP}; require-trusted-types-for 'script'; trusted-types other-policy`,
  // The README's policy plus 'allow-duplicates', for pages that use Lit themselves.
  'tt-duplicates': `${CSP}; ${TRUSTED_TYPES} 'allow-duplicates'`,
  // Google's "strict CSP": nonces and 'strict-dynamic' instead of host lists.
  nonce:
    "default-src 'none'; script-src 'nonce-e2e-nonce-value' 'strict-dynamic'; style-src 'self'; base-uri 'none'; object-src 'none'",
  'nonce-tt': `default-src 'none'; script-src 'nonce-e2e-nonce-value' 'strict-dynamic'; style-src 'self'; base-uri 'none'; ${TRUSTED_TYPES}`,
};

function headersFor(url: URL): Record<string, string> {
  if (!url.pathname.endsWith('.html') && !url.pathname.endsWith('/')) return {};
  const name = url.searchParams.get('policy') ?? ['tt', 'csp'].find((key) => url.searchParams.has(key));
  const policy = name ? POLICIES[name] : undefined;
  return policy ? {'content-security-policy': policy} : {};
}

export async function startServer(
  options: {root?: string; headers?: (url: URL) => Record<string, string>} = {},
): Promise<Server> {
  return serve({root: options.root ?? ROOT, headers: options.headers ?? headersFor});
}

export async function startBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
}

// ---------------------------------------------------------------------------------------------
// Counts: what the suite tried and saw, printed once per file with the running total of the run.

export interface Counts {
  pages: number;
  /** Generated inputs (attribute sets, attribute values) applied to real elements. */
  inputs: number;
  requests: number;
  /** CSP and Trusted Types violations that no test expected (each one also fails its test). */
  violations: number;
  /** Violations provoked on purpose by control tests (proof the browser enforces the policy). */
  controlViolations: number;
}

export const counts: Counts = {pages: 0, inputs: 0, requests: 0, violations: 0, controlViolations: 0};

const COUNTS_FILE = `${ROOT}test-results/e2e-counts.json`;

/** Adds this file's counts to the run's (one Vitest run = one parent process) and prints both. */
function reportCounts(file: string): void {
  const run = String(process.ppid);
  let all: {run: string; files: Record<string, Counts>} = {run, files: {}};
  try {
    const saved = JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as typeof all;
    if (saved.run === run) all = saved;
  } catch {
    // first file of the run
  }
  all.files[file] = {...counts};
  mkdirSync(`${ROOT}test-results`, {recursive: true});
  writeFileSync(COUNTS_FILE, JSON.stringify(all, null, 2));
  const total = Object.values(all.files).reduce<Counts>(
    (sum, c) => ({
      pages: sum.pages + c.pages,
      inputs: sum.inputs + c.inputs,
      requests: sum.requests + c.requests,
      violations: sum.violations + c.violations,
      controlViolations: sum.controlViolations + c.controlViolations,
    }),
    {pages: 0, inputs: 0, requests: 0, violations: 0, controlViolations: 0},
  );
  const line = (c: Counts) =>
    `${c.pages} pages, ${c.inputs} generated inputs, ${c.requests} requests, ${c.violations} unexpected violations (${c.controlViolations} provoked by control tests)`;
  console.info(
    `[e2e] ${file}: ${line(counts)}\n[e2e] run so far (${Object.keys(all.files).length} files): ${line(total)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Pages

/** What a page did that a site owner would want to know about. */
export interface PageRecord {
  page: Page;
  context: BrowserContext;
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
  requests: string[];
  dialogs: string[];
  /** CSP and Trusted Types violations, as "directive blocked-uri sample". */
  violations: string[];
  /** Names passed to trustedTypes.createPolicy, allowed or not. */
  policies: () => Promise<string[]>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** The test provokes page errors on purpose and checks them itself. */
  expectErrors?: boolean;
  /** The test provokes violations on purpose (a control test) and checks them itself. */
  expectViolations?: boolean;
  /** Do not navigate: the test routes or navigates itself. */
  noGoto?: boolean;
}

interface Opened {
  record: PageRecord;
  options: OpenOptions;
}

const opened: Opened[] = [];

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<PageRecord> {
  const {expectErrors, expectViolations, noGoto, ...contextOptions} = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const record: PageRecord = {
    page,
    context,
    errors: [],
    consoleErrors: [],
    warnings: [],
    requests: [],
    dialogs: [],
    violations: [],
    policies: () => page.evaluate(() => (window as unknown as {e2ePolicies?: string[]}).e2ePolicies ?? []),
  };
  opened.push({record, options: {expectErrors, expectViolations}});
  counts.pages++;
  await context.exposeBinding('e2eViolation', (_source, text: string) => {
    record.violations.push(text);
    if (expectViolations) counts.controlViolations++;
    else counts.violations++;
  });
  await context.addInitScript(() => {
    const w = window as unknown as {e2eViolation?: (text: string) => void; e2ePolicies: string[]};
    document.addEventListener('securitypolicyviolation', (e) =>
      w.e2eViolation?.(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()),
    );
    // Which Trusted Types policies the page tries to create, whether the CSP allows them or not.
    w.e2ePolicies = [];
    const factory = (window as unknown as {trustedTypes?: {createPolicy: (name: string, rules: unknown) => unknown}})
      .trustedTypes;
    if (factory) {
      const create = factory.createPolicy.bind(factory);
      factory.createPolicy = (name, rules) => {
        w.e2ePolicies.push(name);
        return create(name, rules);
      };
    }
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    // The browser's own favicon request is neither the page's nor the widget's doing.
    if (message.type() === 'error' && !/\/favicon\.ico$/.test(message.location().url))
      record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('request', (request) => {
    if (/\/favicon\.ico$/.test(request.url())) return;
    record.requests.push(request.url());
    counts.requests++;
  });
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (!noGoto) await page.goto(url);
  return record;
}

let generated = 0;
const written: string[] = [];

/**
 * Writes `html` as a page under test-results/e2e-pages/ and opens it from the test server: a
 * real page from 127.0.0.1, parsed by the real parser, for pages a test builds on the fly.
 * `query` picks the page's CSP as for the fixture pages (`csp`, `tt`, `policy=nonce`, ...).
 */
export async function openHtml(
  browser: Browser,
  server: Server,
  html: string,
  options: OpenOptions & {query?: string} = {},
): Promise<PageRecord> {
  const {query, ...rest} = options;
  return openPage(browser, `${server.url}${writePage(html)}${query ? `?${query}` : ''}`, rest);
}

/** Writes a generated page and returns its path on the test server. */
export function writePage(html: string): string {
  const name = `page-${process.pid}-${++generated}.html`;
  mkdirSync(`${ROOT}test-results/e2e-pages`, {recursive: true});
  writeFileSync(`${ROOT}test-results/e2e-pages/${name}`, html);
  written.push(`${ROOT}test-results/e2e-pages/${name}`);
  return `/test-results/e2e-pages/${name}`;
}

/** Resolves when every widget element on the page has rendered its content in its language. */
export async function widgetsRendered(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll<WidgetElement>(selector)].every((element) => element.rendered),
    WIDGETS,
    {timeout},
  );
}

/** What an element shows of its own once it has rendered: the language and direction it is marked with, its text. */
export interface RenderedContent {
  lang: string | null;
  dir: string | null;
  textContent: string;
  innerText: string;
}

/**
 * Waits until the element `selector` finds has rendered (its `rendered` is true), and tells what
 * it shows of its own: the element in its shadow root that carries its language.
 */
export async function renderedContent(page: Page, selector: string): Promise<RenderedContent> {
  const content = await page.waitForFunction((selector) => {
    const element = document.querySelector<WidgetElement>(selector);
    const root = element?.rendered && element.shadowRoot!.querySelector<HTMLElement>('[lang]')!;
    return (
      root && {
        lang: root.getAttribute('lang'),
        dir: root.getAttribute('dir'),
        textContent: root.textContent ?? '',
        innerText: root.innerText,
      }
    );
  }, selector);
  return (await content.jsonValue()) as RenderedContent;
}

/**
 * One server and one browser for a test file (pass `import.meta.url`); its pages close after each
 * test. `afterBrowser` runs after the browser has closed (servers close only when no browser
 * holds a connection open).
 */
export function useBrowserAndServer(testFile: string): {
  browser: Browser;
  server: Server;
  afterBrowser: (cleanup: () => unknown) => void;
} {
  const cleanups: (() => unknown)[] = [];
  const env = {afterBrowser: (cleanup: () => unknown) => void cleanups.push(cleanup)} as {
    browser: Browser;
    server: Server;
    afterBrowser: (cleanup: () => unknown) => void;
  };
  const file = basename(fileURLToPath(testFile));
  beforeAll(async () => {
    assertFreshBuild();
    [env.server, env.browser] = await Promise.all([startServer(), startBrowser()]);
  });
  afterEach(async () => {
    const done = opened.splice(0);
    await Promise.all(done.map(({record}) => record.context.close().catch(() => {})));
    const unexpected = done.flatMap(({record, options}) => [
      ...(options.expectErrors ? [] : record.errors.map((e) => `page error: ${e}`)),
      ...(options.expectViolations ? [] : record.violations.map((v) => `violation: ${v}`)),
      ...record.dialogs.map((d) => `dialog: ${d}`),
    ]);
    expect(unexpected, 'page errors, violations or dialogs no test expected').toEqual([]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    for (const cleanup of cleanups) await cleanup();
    for (const page of written.splice(0)) rmSync(page, {force: true});
    reportCounts(file);
  });
  return env;
}

// ---------------------------------------------------------------------------------------------
// Inside the page

export const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe (WCAG 2.0–2.2 A and AA rules and best practices) on the page, shadow roots included.
 * Pass the test server to load axe from it as a file, for a page whose CSP refuses inline scripts.
 */
export async function axeViolations(page: Page, server?: Server): Promise<string[]> {
  await page.addScriptTag(server ? {url: `${server.url}/${relative(ROOT, axeSource)}`} : {path: axeSource});
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {run: (c: unknown, o: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>};
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

export interface AXNode {
  role: string;
  name: string;
  level?: number;
}

/** Chromium's own accessibility tree (what a screen reader is given), flattened in tree order. */
export async function accessibilityTree(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const out: AXNode[] = [];
  const visit = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    if (!node.ignored) {
      const level = node.properties?.find((p) => p.name === 'level')?.value.value as number | undefined;
      out.push({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        ...(level === undefined ? {} : {level}),
      });
    }
    for (const child of node.childIds ?? []) visit(child);
  };
  const roots = nodes.filter((node) => !node.parentId);
  for (const root of roots) visit(root.nodeId);
  return out;
}

/** Text as a screen reader gets it: bidi isolates, word joiners and no-break spaces made plain. */
export function plain(text: string): string {
  return text
    .replace(/[\u2060\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
