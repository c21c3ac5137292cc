/** Schemes a link may use. Everything else (javascript:, data:, vbscript:, file:, ...) is refused. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * A relative URL resolves against the page, an absolute one ignores it. The page may be http or
 * https, so a link must be good against both: "https:" alone is a link to the page itself on an
 * https page and no link at all on an http one.
 */
const PAGE_BASES = ['https://page.invalid/', 'http://page.invalid/'];

export type UrlVerdict = {ok: true; url: string} | {ok: false; reason: 'scheme' | 'malformed' | 'host'};

/**
 * A web address typed without `https://` (`www.raddabarnen.se/oroschatten`): the browser would
 * read it as a path on the editor's own site, a link to a page that does not exist. It starts with
 * `www.`, or its first part (up to `/`, `?` or `#`) ends in a common top-level domain; a file name
 * such as `handlingsplan.pdf` does not.
 */
const HOST_WITHOUT_SCHEME = /^(www\.|[^/?#]*\.(se|nu|com|org|net|eu|info|fi|no|dk|de|uk|io|gov|edu|biz)([/?#]|$))/i;

/**
 * Checks a URL with the same WHATWG parser the browser uses for `href`, so tricks the parser
 * forgives (tabs or newlines inside `javascript:`, leading control characters, mixed case)
 * are judged exactly as the browser would follow them.
 */
export function checkUrl(value: string): UrlVerdict {
  const url = value.trim();
  let protocols: string[];
  try {
    protocols = PAGE_BASES.map((base) => new URL(url, base).protocol);
  } catch {
    return {ok: false, reason: 'malformed'};
  }
  if (!protocols.every((protocol) => ALLOWED_PROTOCOLS.has(protocol))) return {ok: false, reason: 'scheme'};
  return HOST_WITHOUT_SCHEME.test(url) ? {ok: false, reason: 'host'} : {ok: true, url};
}

/** The file name extension of a URL's path, without query or fragment ("PDF"), if it looks like one. */
export function fileTypeFromUrl(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1];
  return extension?.toUpperCase();
}

/**
 * The address of the file running now, from a stack trace: its first `http(s)` address followed
 * by a line and a column (V8's `at f (…/x.js:1:2)`, Firefox's `f@…/x.js:1:2`). Any address a
 * script can have: `@` and `%40` (`…/support-widget@0.1.0/…`), a port, a query, no extension.
 */
export function runningFile(stack: string): string | undefined {
  return /(https?:\/\/[^\s()]+?)(?::\d+){2}(?!\d)/.exec(stack)?.[1];
}
