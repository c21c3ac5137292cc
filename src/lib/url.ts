/** Schemes a link may use. Everything else (javascript:, data:, vbscript:, file:, ...) is refused. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Any http(s) base works: a relative URL resolves to it, an absolute one ignores it. */
const PROBE_BASE = 'https://relative.invalid/';

export type UrlVerdict = {ok: true; url: string} | {ok: false; reason: 'scheme' | 'malformed'};

/**
 * Checks a URL with the same WHATWG parser the browser uses for `href`, so tricks the parser
 * forgives (tabs or newlines inside `javascript:`, leading control characters, mixed case)
 * are judged exactly as the browser would follow them.
 */
export function checkUrl(value: string): UrlVerdict {
  const url = value.trim();
  let protocol: string;
  try {
    protocol = new URL(url, PROBE_BASE).protocol;
  } catch {
    return {ok: false, reason: 'malformed'};
  }
  return ALLOWED_PROTOCOLS.has(protocol) ? {ok: true, url} : {ok: false, reason: 'scheme'};
}

/** The file name extension of a URL's path, without query or fragment ("PDF"), if it looks like one. */
export function fileTypeFromUrl(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1];
  return extension?.toUpperCase();
}
