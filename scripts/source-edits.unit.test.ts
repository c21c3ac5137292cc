import {describe, expect, it} from 'vitest';
import {collapseHtml, minifyCss} from './source-edits.js';

describe('minifyCss', () => {
  it.each([
    ['\n  :host {\n    display: block;\n  }\n', ':host{display:block}'],
    ['/* why */ a { color: red; }', 'a{color:red}'],
    ['.text > :last-child { margin-bottom: 0; }', '.text>:last-child{margin-bottom:0}'],
    ['a { color: var(--x, #fff); }', 'a{color:var(--x,#fff)}'],
    ['p { margin: 0 0 0.75em; line-height: 10.5px; }', 'p{margin:0 0 .75em;line-height:10.5px}'],
    ['@media (forced-colors: active) { a { color: LinkText; } }', '@media (forced-colors:active){a{color:LinkText}}'],
    // The meaning of these spaces must survive: descendant combinators, values, and the colon of a pseudo-class.
    ['.card .action:hover > span { border: 1px solid red; }', '.card .action:hover>span{border:1px solid red}'],
    ['.a :first-child { margin: 0 0 1em; }', '.a :first-child{margin:0 0 1em}'],
    [':host(:not(:last-child)) { margin-block-end: 1rem; }', ':host(:not(:last-child)){margin-block-end:1rem}'],
  ])('%j', (css, minified) => {
    expect(minifyCss(css)).toBe(minified);
  });
});

describe('collapseHtml', () => {
  it.each([
    ['<div class="card">\n        <p>', '<div class="card"> <p>'],
    ['\n      rel=', ' rel='],
    // Spaces within a line are text: they stay as they are.
    ['<p>Call  now</p>', '<p>Call  now</p>'],
    ['<span>a</span> <span>b</span>', '<span>a</span> <span>b</span>'],
  ])('%j becomes %j', (text, collapsed) => {
    expect(collapseHtml(text)).toBe(collapsed);
  });
});
