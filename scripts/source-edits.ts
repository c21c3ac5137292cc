import {fileURLToPath} from 'node:url';
import MagicString from 'magic-string';
import {parseAst, Visitor, type Plugin} from 'vite';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** lit-localize's catalogues, one module a language. */
const LOCALE_MODULE = /\/src\/generated\/locales\/[\w-]+\.ts$/;

/** lit-localize's function that gives each text its id, as msg() looks the text up at run time. */
const ID_GENERATION = '/node_modules/@lit/localize/internal/id-generation.js';
/** How many characters of lit-localize's id (`s` and 16 hex digits) the embed scripts keep. */
const ID_LENGTH = 5;

/**
 * The id a text has in the embed scripts: the first 4 of the 16 hex digits of lit-localize's own
 * id (`s14db09395fd05086` is `s14db`). Random hex hardly compresses: the full ids in the Swedish
 * catalogue were about 460 bytes of the gzipped script. Still a hash of the text, so the script,
 * `locales/*.js` and the features' files agree without a shared list. The build fails if two texts
 * ever share one (sourceEdits); then keep a digit more.
 */
export function shortId(id: string): string {
  return id.slice(0, ID_LENGTH);
}

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

/** lit-localize's id of a text: `s` or `h` (an html`` text) and 16 hex digits. */
const MSG_ID = /^[sh][0-9a-f]{16}$/;

/** lit-localize's id-generation module, its generateMsgId giving the short id (shortId). */
function shortGeneratedIds(code: string): string {
  const full = code.replace('export function generateMsgId(', 'function fullMsgId(');
  if (full === code) throw new Error(`${ID_GENERATION} has no generateMsgId(): see shortGeneratedIds.`);
  return `${full}\nexport function generateMsgId(strings, isHtmlTagged) {\n  return fullMsgId(strings, isHtmlTagged).slice(0, ${ID_LENGTH});\n}\n`;
}

/**
 * Folds the line breaks and indentation inside Lit's html`` templates into one space: HTML shows
 * a run of white space as one space (no template here uses `<pre>` or `white-space: pre`).
 */
export function collapseHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * What the build changes in the widget's own modules, on their parsed code rather than by
 * patterns over the text:
 * - translator notes (`msg(..., {desc: '...'})`): they belong in the XLIFF files and the runtime
 *   never reads them, so every `msg()` options argument whose only key is `desc` goes;
 * - with `shortIds` (the embed scripts, whose lit-localize is inside them): each text's id, in the
 *   catalogues (src/generated/locales/) and as lit-localize's msg() computes it, is its shortId;
 * - the comments and white space in css`` templates (minifyCss), and the line breaks and
 *   indentation in html`` templates (collapseHtml).
 */
export function sourceEdits({shortIds}: {shortIds: boolean}): Plugin {
  /** Each short id given so far, and the full id it stands for. */
  const ids = new Map<string, string>();
  const short = (id: string) => {
    const brief = shortId(id);
    const other = ids.get(brief) ?? id;
    if (other !== id) throw new Error(`The texts ${id} and ${other} would share the id ${brief}: see shortId.`);
    ids.set(brief, id);
    return brief;
  };
  return {
    name: 'support-widget-source-edits',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (shortIds && id.endsWith(ID_GENERATION)) return shortGeneratedIds(code);
      const catalogue = shortIds && LOCALE_MODULE.test(id);
      if (!id.startsWith(SRC) || (!catalogue && !/msg\(|css`|html`/.test(code))) return undefined;
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
        Property({key}) {
          if (catalogue && key.type === 'Literal' && typeof key.value === 'string' && MSG_ID.test(key.value))
            edited.overwrite(key.start, key.end, `'${short(key.value)}'`);
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
