import MagicString from 'magic-string';
import {parseAst, type Plugin} from 'vite';

/**
 * Minifies the CSS inside Lit's css`` templates: the build's minifier leaves template text alone,
 * and the elements' comments and indentation would otherwise ship in every page's script.
 * Only what cannot change the meaning goes: comments, runs of white space, the space around
 * braces, semicolons, commas and child combinators, and the space after a declaration's colon.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;][\w-]+):\s/g, '$1:')
    .replace(/;}/g, '}')
    .trim();
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every css`` template in a module's syntax tree. */
function* cssTemplates(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* cssTemplates(child);
    return;
  }
  const n = node as Node;
  const tag = n.tag as Node | undefined;
  if (n.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag.name === 'css') yield n;
  for (const key in n) if (key !== 'type') yield* cssTemplates(n[key]);
}

export function minifyLitCss(): Plugin {
  return {
    name: 'support-widget-minify-lit-css',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const output = new MagicString(code);
      for (const template of cssTemplates(parseAst(code, {lang: 'ts'}))) {
        // A template with ${} parts is left as it is: trimming could join a value to the part.
        const [quasi, ...more] = (template.quasi as {quasis: Node[]}).quasis;
        if (quasi && more.length === 0) output.overwrite(quasi.start, quasi.end, minifyCss(code.slice(quasi.start, quasi.end)));
      }
      return {code: output.toString(), map: output.generateMap({hires: true})};
    },
  };
}
