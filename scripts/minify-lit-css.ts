import MagicString from 'magic-string';
import {parseAst, Visitor, type Plugin} from 'vite';

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

export function minifyLitCss(): Plugin {
  return {
    name: 'support-widget-minify-lit-css',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return undefined;
      const edited = new MagicString(code);
      new Visitor({
        TaggedTemplateExpression({tag, quasi}) {
          if (tag.type !== 'Identifier' || tag.name !== 'css') return;
          // A template with ${} parts is left as it is: trimming could join a value to the part.
          const [text, ...more] = quasi.quasis;
          if (text && more.length === 0)
            edited.overwrite(text.start, text.end, minifyCss(code.slice(text.start, text.end)));
        },
      }).visit(parseAst(code, {lang: 'ts'}));
      return edited.hasChanged() ? {code: edited.toString(), map: edited.generateMap({hires: true})} : undefined;
    },
  };
}
