/**
 * Code pasted back into the configurator is read as the elements read it: a checkbox is ticked
 * exactly when the element on the page would show what the attribute turns on.
 */
import {expect, fixture} from '@open-wc/testing';
import '../index.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../../test/browser.js';
import type {ElementSpec} from './model.js';
import {readSnippet} from './snippet.js';

const CARD: ElementSpec = {
  tag: 'support-helpline-card',
  attributes: [
    {name: 'name', field: 'name', type: 'string | undefined', description: ''},
    {name: 'anonymous', field: 'anonymous', type: 'boolean', default: 'false', description: ''},
  ],
};

describe('pasted code, a boolean attribute', () => {
  for (const [written, ticked] of [
    ['anonymous', true],
    ['anonymous=""', true],
    ['anonymous="true"', true],
    ['anonymous="Anonymous"', true],
    ['anonymous="false"', false],
    ['anonymous=" No "', false],
    ['anonymous="maybe"', false],
    ['anonymous="ja"', false],
  ] as const) {
    it(`${written} is ${ticked ? 'ticked' : 'unticked'}, as the card shows it`, async () => {
      const code = `<support-helpline-card name="Linjen" phone="020-100 200" ${written}></support-helpline-card>`;
      const values = readSnippet(new DOMParser().parseFromString(code, 'text/html'), [CARD]).elements.get(CARD.tag);
      expect(values?.anonymous).to.equal(ticked);

      const warnings = captureWarnings();
      try {
        const wrapper = await fixture(`<div lang="en">${code}</div>`);
        const card = wrapper.firstElementChild!;
        await renderedIn(card, 'en');
        expect(visibleText(shadow(card)).includes('Anonymous'), 'the card shows it is anonymous').to.equal(ticked);
      } finally {
        warnings.restore();
      }
    });
  }
});
