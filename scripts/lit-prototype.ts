/**
 * Page markup can stand in for any member of `document`: `<img name="createTreeWalker">` makes
 * `document.createTreeWalker` that image, and Lit, which calls it when it starts, would throw.
 * The embed scripts hold Lit, so the build routes each of Lit's calls on `document` through
 * `Document.prototype` (`Document.prototype.createComment.call(document, "")`), which no markup
 * reaches. It knows which calls each of Lit's modules makes, and fails the build when a Lit
 * update adds, moves or renames one: then this table needs a look.
 */
import type {Plugin} from 'vite';

/** Lit's modules, by their path under node_modules/, and the methods each calls on `document`. */
export const LIT_DOCUMENT_CALLS: Record<string, string[]> = {
  'lit-html/lit-html.js': ['createComment', 'createElement', 'createTextNode', 'createTreeWalker', 'importNode'],
  '@lit/reactive-element/css-tag.js': ['createElement'],
};

/** Lit's packages: any other of their modules may not touch `document` at all. */
const LIT = /\/node_modules\/((?:lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/.*)$/;

const escape = (name: string) => name.replace(/\$/g, '\\$');

/**
 * `code` of Lit's module `file` (its path under node_modules/) with each call on `document`
 * through the prototype. Lit's minified modules name the document once (`l=document`) and call
 * its methods on that name, or on `(options?.creationScope??l)` for `importNode` (the widget never
 * sets a creation scope, so that is the document). Throws when the calls are not the ones the
 * table lists, or when anything else of the document is read.
 */
export function routeDocumentCalls(code: string, file: string): string {
  const expected = LIT_DOCUMENT_CALLS[file] ?? [];
  const names = ['document', ...[...code.matchAll(/(?<![\w$.])([\w$]+)=document(?![\w$.])/g)].map((m) => m[1]!)];
  const found: string[] = [];
  let routed = code;
  for (const name of names) {
    const target = `(?:\\([^()]*\\?\\?${escape(name)}\\)|(?<![\\w$.])${escape(name)})`;
    routed = routed.replace(new RegExp(`${target}\\.([\\w$]+)\\(`, 'g'), (call: string, method: string) => {
      found.push(method);
      const on = call.slice(0, call.length - method.length - 2).replace(/^\((.*)\)$/, '$1');
      return `Document.prototype.${method}.call(${on},`;
    });
    const left = new RegExp(`(?<![\\w$.])${escape(name)}\\.[\\w$]+`).exec(routed);
    if (left)
      throw new Error(
        `${file} reads "${left[0]}" of the document, which the build cannot route: see scripts/lit-prototype.ts.`,
      );
  }
  if (found.sort().join() !== [...expected].sort().join())
    throw new Error(
      `${file} calls ${found.join(', ') || 'nothing'} on the document, not ${expected.join(', ') || 'nothing'}: see LIT_DOCUMENT_CALLS in scripts/lit-prototype.ts.`,
    );
  return routed;
}

/** The build's plugin: routes Lit's calls, and fails if a module of the table was not in the build. */
export function litThroughPrototype(): Plugin {
  const seen = new Set<string>();
  return {
    name: 'lit-through-prototype',
    transform(code, id) {
      const file = LIT.exec(id.split('?')[0]!)?.[1];
      if (!file) return undefined;
      seen.add(file);
      return {code: routeDocumentCalls(code, file), map: null};
    },
    buildEnd(error) {
      const missing = Object.keys(LIT_DOCUMENT_CALLS).filter((file) => !seen.has(file));
      if (!error && missing.length)
        throw new Error(
          `Lit's ${missing.join(', ')} is no longer in the build: see LIT_DOCUMENT_CALLS in scripts/lit-prototype.ts.`,
        );
    },
  };
}
