import {fileURLToPath} from 'node:url';
import MagicString from 'magic-string';
import {parseAst, Visitor, type Plugin} from 'vite';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Minifies the CSS inside Lit's css`` templates: the build's minifier leaves template text alone,
 * and the elements' comments and indentation would otherwise ship in every page's script.
 * Only what cannot change the meaning goes: comments, runs of white space, the space around
 * braces, semicolons, commas and child combinators, the space after a declaration's or a media
 * feature's colon, and the zero before a decimal point (`0.5rem` is `.5rem`).
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;(][\w-]+):\s/g, '$1:')
    .replace(/([^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Folds the line breaks and indentation inside Lit's html`` templates into one space: HTML shows
 * a run of white space as one space (no template here uses `<pre>` or `white-space: pre`).
 */
export function collapseHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * What the build takes out of the widget's own modules, on their parsed code rather than by
 * patterns over the text:
 * - translator notes (`msg(..., {desc: '...'})`): they belong in the XLIFF files and the runtime
 *   never reads them, so every `msg()` options argument whose only key is `desc` goes;
 * - the comments and white space in css`` templates (minifyCss), and the line breaks and
 *   indentation in html`` templates (collapseHtml).
 */
export function sourceEdits(): Plugin {
  return {
    name: 'support-widget-source-edits',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(SRC) || !/msg\(|css`|html`/.test(code)) return undefined;
      const edited = new MagicString(code);
      new Visitor({
        CallExpression({callee, arguments: [text, options]}) {
          if (callee.type !== 'Identifier' || callee.name !== 'msg' || !text || options?.type !== 'ObjectExpression')
            return;
          const [only, ...more] = options.properties;
          const key = only?.type === 'Property' && !only.computed ? only.key : undefined;
          const isDesc =
            key?.type === 'Identifier' ? key.name === 'desc' : key?.type === 'Literal' && key.value === 'desc';
          // From the end of the text to the end of the notes: `, {desc: '...'}` goes, nothing else.
          if (isDesc && more.length === 0) edited.remove(text.end, options.end);
        },
        TaggedTemplateExpression({tag, quasi}) {
          // A part's span includes its delimiters (`, ${ and }): its text is `value.raw` after the first.
          const edit = ({start, value}: (typeof quasi.quasis)[number], change: (text: string) => string) => {
            const text = code.slice(start + 1, start + 1 + value.raw.length);
            if (text && change(text) !== text) edited.overwrite(start + 1, start + 1 + text.length, change(text));
          };
          if (tag.type !== 'Identifier') return;
          if (tag.name === 'html') for (const part of quasi.quasis) edit(part, collapseHtml);
          // A css`` template with ${} parts is left as it is: trimming could join a value to the part.
          if (tag.name === 'css' && quasi.quasis.length === 1) edit(quasi.quasis[0]!, minifyCss);
        },
      }).visit(parseAst(code, {lang: 'ts'}));
      return edited.hasChanged() ? {code: edited.toString(), map: edited.generateMap({hires: true})} : undefined;
    },
  };
}
