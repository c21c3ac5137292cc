import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {routeDocumentCalls} from './lit-prototype.js';

const litHtml = readFileSync(new URL('../node_modules/lit-html/lit-html.js', import.meta.url), 'utf8');

describe('routeDocumentCalls', () => {
  it('routes every call the installed Lit makes on the document through the prototype', () => {
    const routed = routeDocumentCalls(litHtml, 'lit-html/lit-html.js');
    for (const method of ['createComment', 'createElement', 'createTextNode', 'createTreeWalker', 'importNode'])
      expect(routed).toContain(`Document.prototype.${method}.call(`);
    // What stays of the document's name is the value itself, passed on, never a member read from it.
    expect(routed).not.toMatch(/(?<![\w$.])document\.\w/);
  });

  it('routes a call on the document written out', () => {
    expect(routeDocumentCalls('const o=document.createElement("style")', '@lit/reactive-element/css-tag.js')).toBe(
      'const o=Document.prototype.createElement.call(document,"style")',
    );
  });

  it('fails when Lit calls a method the table does not list, or no longer calls one it lists', () => {
    expect(() => routeDocumentCalls('l=document,l.adoptNode(x)', 'lit-element/lit-element.js')).toThrow(
      'lit-element/lit-element.js calls adoptNode on the document, not nothing',
    );
    expect(() => routeDocumentCalls('const o=1', '@lit/reactive-element/css-tag.js')).toThrow(
      '@lit/reactive-element/css-tag.js calls nothing on the document, not createElement',
    );
  });

  it('fails when Lit reads a property of the document, which the build cannot route', () => {
    expect(() => routeDocumentCalls('l=document,x=l.body', 'lit-html/static.js')).toThrow(
      'lit-html/static.js reads "l.body" of the document',
    );
  });
});
